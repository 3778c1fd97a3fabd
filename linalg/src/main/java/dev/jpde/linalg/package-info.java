/**
 * Dense matrix products for the hot loops of GP-HM and the FNO, behind two roles: {@link dev.jpde.linalg.Gemm}
 * (BLAS dgemm on row-major blocks of plain arrays, offsets and leading dimensions) and
 * {@link dev.jpde.linalg.MatrixProducts} ({@code C = A B}, {@code A^T B}, {@code A B^T} on row-major EJML matrices).
 * Two implementations of each: OpenBLAS's
 * {@code dgemm} through the JavaCPP presets (the default where its native library loads; BSD-3) and EJML's pure-Java
 * kernels or a plain loop nest (the fallback, and the choice under {@code -Djpde.blas=java}). Both write into caller-owned outputs and
 * allocate nothing per call.
 */
package dev.jpde.linalg;
