package dev.jpde.core.spectral;

/** {@code sigma(k) = 1}. */
final class NoFilter implements SpectralFilter {
    static final NoFilter INSTANCE = new NoFilter();

    @Override
    public double sigma(double k) {
        return 1.0;
    }

    @Override
    public boolean isIdentity() {
        return true;
    }

    @Override
    public String toString() {
        return "none";
    }
}
