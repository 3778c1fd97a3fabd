package dev.jpde.linalg;

import java.lang.System.Logger.Level;

/** Chooses {@link MatrixProducts#best()} once per JVM. */
final class Selection {
    static final MatrixProducts BEST = choose();

    private Selection() {
    }

    private static MatrixProducts choose() {
        if ("java".equalsIgnoreCase(System.getProperty("jpde.blas", ""))) {
            return EjmlProducts.INSTANCE;
        }
        try {
            return OpenBlasProducts.load();
        } catch (Throwable e) {
            System.getLogger("dev.jpde.linalg").log(Level.INFO,
                    "OpenBLAS not available (" + e + "); dense products use EJML");
            return EjmlProducts.INSTANCE;
        }
    }
}
