/**
 * Dense matrix products for the GP-HM step, behind one role: {@link dev.jpde.gp.linalg.MatrixProducts}
 * ({@code C = A B}, {@code A^T B}, {@code A B^T} on row-major EJML matrices). Two implementations: OpenBLAS's
 * {@code dgemm} through the JavaCPP presets (the default where its native library loads; BSD-3) and EJML's pure-Java
 * kernels (the fallback, and the choice under {@code -Djpde.blas=java}). Both write into caller-owned outputs and
 * allocate nothing per call.
 */
package dev.jpde.gp.linalg;
