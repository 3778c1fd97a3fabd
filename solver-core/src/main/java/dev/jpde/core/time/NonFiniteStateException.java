package dev.jpde.core.time;

/** The solution stopped being finite (NaN or infinity): a blow-up or an unstable step size. */
public final class NonFiniteStateException extends ArithmeticException {
    private static final long serialVersionUID = 1L;
    private final double time;
    private final long step;

    public NonFiniteStateException(double time, long step) {
        super(String.format("non-finite value (NaN or Inf) in the solution at t = %.6g, step %d", time, step));
        this.time = time;
        this.step = step;
    }

    public double time() {
        return time;
    }

    public long step() {
        return step;
    }
}
