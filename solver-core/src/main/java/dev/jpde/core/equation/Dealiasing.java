package dev.jpde.core.equation;

/** How a quadratic nonlinearity removes aliasing. */
public enum Dealiasing {
    /** No dealiasing: the plain pseudo-spectral product. */
    NONE,
    /** Orszag's 2/3 rule: coefficients with {@code |k| >= (2/3) k_Nyquist} are zeroed before and after the product. */
    TWO_THIRDS,
    /** 3/2 zero padding: the product is formed on a 3n/2-point grid and truncated (exact for quadratic terms). */
    PADDING
}
