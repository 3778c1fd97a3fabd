package dev.jpde.operators;

import java.util.Map;

/**
 * The FNO evaluated module by module through the {@link Layer} implementations of
 * {@link Fno1d#layers()} (each checked against PyTorch and finite differences on its own): the
 * reference the fused passes of {@link Fno1dReplica} are compared with. Gradients are added into
 * the parameters' {@link Parameter#grad()}.
 */
final class LayerwiseFno {

    private LayerwiseFno() {
    }

    /** Forward pass; returns the activations {v_0 .. v_{L-1}, z_0 .. z_{L-1}, hidden, hiddenActivated}. */
    static double[][] forward(Fno1d fno, double[] a, double[] out, int batch, int points) {
        Fno1d.Config c = fno.config();
        Map<String, Layer> m = fno.layers();
        int layers = c.layers();
        int trunk = batch * points * c.width();
        int head = batch * points * c.projectionWidth();
        double[][] acts = new double[2 * layers + 2][];
        double[] v = new double[trunk];
        m.get("fc0").forward(a, v, batch, points);
        Gelu gelu = new Gelu(c.width());
        for (int l = 0; l < layers; l++) {
            acts[l] = v;
            double[] z = new double[trunk];
            double[] w = new double[trunk];
            m.get("conv" + l).forward(v, z, batch, points);
            m.get("w" + l).forward(v, w, batch, points);
            for (int k = 0; k < trunk; k++) {
                z[k] += w[k];
            }
            acts[layers + l] = z;
            if (l < layers - 1) {
                v = new double[trunk];
                gelu.forward(z, v, batch, points);
            }
        }
        double[] h = new double[head];
        double[] ha = new double[head];
        m.get("fc1").forward(acts[2 * layers - 1], h, batch, points);
        new Gelu(c.projectionWidth()).forward(h, ha, batch, points);
        m.get("fc2").forward(ha, out, batch, points);
        acts[2 * layers] = h;
        acts[2 * layers + 1] = ha;
        return acts;
    }

    /** Backward pass of {@link #forward}'s activations; returns dL/da. */
    static double[] backward(Fno1d fno, double[] a, double[][] acts, double[] gradOut, int batch, int points) {
        Fno1d.Config c = fno.config();
        Map<String, Layer> m = fno.layers();
        int layers = c.layers();
        int trunk = batch * points * c.width();
        int head = batch * points * c.projectionWidth();
        double[] gh = new double[head];
        m.get("fc2").backward(acts[2 * layers + 1], gradOut, gh, batch, points);
        new Gelu(c.projectionWidth()).backward(acts[2 * layers], gh, gh, batch, points);
        double[] g = new double[trunk];
        m.get("fc1").backward(acts[2 * layers - 1], gh, g, batch, points);
        Gelu gelu = new Gelu(c.width());
        for (int l = layers - 1; l >= 0; l--) {
            if (l < layers - 1) {
                gelu.backward(acts[layers + l], g, g, batch, points);
            }
            double[] next = new double[trunk];
            double[] tmp = new double[trunk];
            m.get("conv" + l).backward(acts[l], g, next, batch, points);
            m.get("w" + l).backward(acts[l], g, tmp, batch, points);
            for (int k = 0; k < trunk; k++) {
                next[k] += tmp[k];
            }
            g = next;
        }
        double[] gradA = new double[batch * points];
        m.get("fc0").backward(a, g, gradA, batch, points);
        return gradA;
    }
}
