package dev.jpde.gp.kernel;

/**
 * The four per-dimension kernels of GP-HM and its baselines: an {@link Envelope} and whether each component carries
 * the cosine {@code cos(2 pi mu_q r)}. Every family has the same parameter layout (see {@link MixtureKernel1d}); the
 * unmodulated baselines ignore the frequency, so their gradient with respect to it is exactly zero.
 */
public enum KernelFamily {
    /** GP-HM-GM, {@code k(r) = sum_q w_q exp(-a_q r^2) cos(2 pi mu_q r)} (Gaussian-mixture spectrum; code SE_Cos_1d). */
    GM(Envelope.GAUSSIAN, true, "SE_Cos_1d", "gm"),
    /**
     * GP-HM-StM, {@code k(r) = sum_q w_q gamma_q(r) cos(2 pi mu_q r)} with the Matérn-5/2 envelope gamma
     * (Student-t-mixture spectrum, nu = 5/2; code Matern52_Cos_1d).
     */
    STM(Envelope.MATERN52, true, "Matern52_Cos_1d", "stm"),
    /** Baseline GP-SE, {@code k(r) = sum_q w_q exp(-a_q r^2)} (code SE_1d). */
    SE(Envelope.GAUSSIAN, false, "SE_1d", "se"),
    /** Baseline GP-Matérn, {@code k(r) = sum_q w_q gamma_q(r)} (code Matern52_1d). */
    MATERN52(Envelope.MATERN52, false, "Matern52_1d", "matern");

    private final Envelope envelope;
    private final boolean modulated;
    private final String referenceName;
    private final String key;

    KernelFamily(Envelope envelope, boolean modulated, String referenceName, String key) {
        this.envelope = envelope;
        this.modulated = modulated;
        this.referenceName = referenceName;
        this.key = key;
    }

    /** The name a case file uses ({@code kernel.type}) and an output records: gm, stm, se or matern. */
    public String key() {
        return key;
    }

    /** The family a case file or an output names by {@link #key()}. */
    public static KernelFamily ofKey(String key) {
        for (KernelFamily f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown kernel family '" + key + "' (gm, stm, se or matern)");
    }

    /** The envelope g of every component. */
    public Envelope envelope() {
        return envelope;
    }

    /** Whether components carry {@code cos(2 pi mu r)}; if not, the frequency parameters are unused. */
    public boolean modulated() {
        return modulated;
    }

    /** The class name of this kernel in the authors' reference code ({@code code/kernel_matrix.py}). */
    public String referenceName() {
        return referenceName;
    }
}
