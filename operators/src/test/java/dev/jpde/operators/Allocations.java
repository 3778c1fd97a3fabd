package dev.jpde.operators;

import java.lang.management.ManagementFactory;

/** Bytes allocated on the heap by the current thread while running an action. */
final class Allocations {

    private Allocations() {
    }

    /** Allocated bytes of {@code action}, less the (calibrated) cost of the measurement itself. */
    static long of(Runnable action) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long overhead = Long.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            long a = mx.getThreadAllocatedBytes(id);
            long b = mx.getThreadAllocatedBytes(id);
            overhead = Math.min(overhead, b - a);
        }
        long before = mx.getThreadAllocatedBytes(id);
        action.run();
        long after = mx.getThreadAllocatedBytes(id);
        return after - before - overhead;
    }
}
