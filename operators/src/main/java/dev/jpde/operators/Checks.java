package dev.jpde.operators;

/** Argument checks shared by the layers. */
final class Checks {

    private Checks() {
    }

    /** Batch and grid sizes are positive and {@code in} / {@code out} hold a full batch each. */
    static void sizes(Layer layer, double[] in, double[] out, int batch, int points) {
        if (batch < 1 || points < 1) {
            throw new IllegalArgumentException("batch and points must be >= 1, got " + batch + ", " + points);
        }
        long need = (long) batch * points;
        if (in.length < need * layer.inChannels()) {
            throw new IllegalArgumentException("input holds " + in.length + " values, need "
                    + need * layer.inChannels());
        }
        if (out != null && out.length < need * layer.outChannels()) {
            throw new IllegalArgumentException("output holds " + out.length + " values, need "
                    + need * layer.outChannels());
        }
    }

    /** The upstream gradient holds a full batch of outputs, the input gradient (if any) of inputs. */
    static void gradients(Layer layer, double[] in, double[] gradOut, double[] gradIn, int batch, int points) {
        sizes(layer, in, gradOut, batch, points);
        if (gradIn != null && gradIn.length < (long) batch * points * layer.inChannels()) {
            throw new IllegalArgumentException("input gradient holds " + gradIn.length + " values, need "
                    + (long) batch * points * layer.inChannels());
        }
    }

    static int positive(int n, String what) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be >= 1, got " + n);
        }
        return n;
    }
}
