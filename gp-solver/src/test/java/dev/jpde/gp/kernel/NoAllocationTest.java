package dev.jpde.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Filling and lag reduction allocate nothing once the caller's matrices have their size. */
class NoAllocationTest {
    @Test
    void hotPathsDoNotAllocate() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        MixtureKernel1d k = MixtureKernel1d.initialised(KernelFamily.STM, 30, 20);
        int n = 64;
        UniformGridKernelMatrices grid = new UniformGridKernelMatrices(k, n, 2 * Math.PI / (n - 1));
        DMatrixRMaj kk = new DMatrixRMaj(n, n);
        DMatrixRMaj d1 = new DMatrixRMaj(n, n);
        DMatrixRMaj d2 = new DMatrixRMaj(n, n);
        DMatrixRMaj g = new DMatrixRMaj(n, n);
        Random rnd = new Random(1);
        for (int i = 0; i < g.data.length; i++) {
            g.data[i] = rnd.nextGaussian();
        }
        double[] grad = new double[90];
        long best = Long.MAX_VALUE;
        for (int trial = 0; trial < 5; trial++) {
            long before = bean.getThreadAllocatedBytes(tid);
            grid.fill(kk, d1, d2);
            grid.contract(g, d1, g, grad);
            k.parameters()[k.frequencyIndex(3)] += 1e-3; // a parameter update between steps
            long after = bean.getThreadAllocatedBytes(tid);
            best = Math.min(best, after - before);
        }
        assertEquals(0, best, "bytes allocated by fill + contract");
    }
}
