package dev.jpde.cases;

import dev.jpde.core.run.SimulationObserver;
import java.io.PrintStream;

/**
 * A progress line on a stream (stderr) for runs longer than about a second: time, step size, steps and the
 * estimated time left. On a terminal the line is rewritten in place; otherwise plain lines, at most one a second.
 */
public final class Progress implements SimulationObserver {
    private final PrintStream out;
    private final boolean terminal;
    private final double start;
    private final double end;
    private final long began = System.nanoTime();
    private long lastPrint = System.nanoTime();
    private boolean printed;

    public Progress(PrintStream out, boolean terminal, double start, double end) {
        this.out = out;
        this.terminal = terminal;
        this.start = start;
        this.end = end;
    }

    @Override
    public void step(long step, double t, double dt, long rhsEvaluations) {
        long now = System.nanoTime();
        if (now - lastPrint < (terminal ? 200_000_000L : 1_000_000_000L) || now - began < 1_000_000_000L) {
            return;
        }
        lastPrint = now;
        double elapsed = (now - began) * 1e-9;
        double done = (t - start) / (end - start);
        double eta = done > 0 ? elapsed * (1 - done) / done : Double.NaN;
        String line = String.format("t = %.4g / %.4g (%3.0f%%)  dt = %.3g  steps = %d  rhs = %d  elapsed %.1f s  ETA %.1f s",
                t, end, 100 * done, dt, step, rhsEvaluations, elapsed, eta);
        if (terminal) {
            out.print("\r" + line + "   ");
        } else {
            out.println(line);
        }
        out.flush();
        printed = true;
    }

    /** Ends an in-place progress line. */
    public void finish() {
        if (terminal && printed) {
            out.println();
        }
    }
}
