package dev.jpde.linalg;

import java.lang.System.Logger.Level;

/**
 * Chooses {@link MatrixProducts#best()} once per JVM. OpenBLAS starts on <b>one thread</b> (or
 * {@code -Djpde.blas.threads=N}): its own threads spin-wait for a core, and on a shared machine a 2-D GP-HM step at
 * 400^2 measured 401 ms with two OpenBLAS threads against 58 ms with one while another job held both cores. jpde
 * parallelises at a coarser level instead (the FNO's batch shards); {@link MatrixProducts#setNativeThreads} changes
 * it for a program that owns the machine.
 */
final class Selection {
    static final MatrixProducts BEST = choose();

    private Selection() {
    }

    private static MatrixProducts choose() {
        if ("java".equalsIgnoreCase(System.getProperty("jpde.blas", ""))) {
            return EjmlProducts.INSTANCE;
        }
        try {
            OpenBlasProducts loaded = OpenBlasProducts.load();
            OpenBlasProducts.setThreads(Integer.getInteger("jpde.blas.threads", 1));
            return loaded;
        } catch (Throwable e) {
            System.getLogger("dev.jpde.linalg").log(Level.INFO,
                    "OpenBLAS not available (" + e + "); dense products use EJML");
            return EjmlProducts.INSTANCE;
        }
    }
}
