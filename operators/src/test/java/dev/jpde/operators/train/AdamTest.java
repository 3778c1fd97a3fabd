package dev.jpde.operators.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jpde.operators.Parameter;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdamTest {

    /**
     * Three steps on a real and a complex parameter against the update written out by hand (spec
     * section 1): coupled decay, bias corrections, and for the complex entry one second moment
     * |g|^2 = gr^2 + gi^2 shared by both parts.
     */
    @Test
    void stepsFollowTheReferenceUpdate() {
        Parameter real = new Parameter("w", false, 2);
        Parameter cplx = new Parameter("r", true, 1, 2);
        real.value()[0] = 0.5;
        real.value()[1] = -1.5;
        cplx.value()[0] = 0.25;
        cplx.value()[1] = -0.75;
        Map<String, Parameter> p = new LinkedHashMap<>();
        p.put("w", real);
        p.put("r", cplx);
        double lr = 1e-2;
        double wd = 1e-1;
        Adam adam = Adam.reference(p, wd);
        assertEquals(2, adam.secondMoments().get("w").length);
        assertEquals(1, adam.secondMoments().get("r").length, "one second moment per complex entry");

        double[] theta = {0.5, -1.5, 0.25, -0.75};
        double[] m = new double[4];
        double[] v = new double[3];
        double[][] grads = {{0.3, -0.2, 1.0, 2.0}, {-0.1, 0.4, -0.5, 0.5}, {0.05, 0.0, 3.0, -1.0}};
        for (int t = 1; t <= 3; t++) {
            double[] g = grads[t - 1];
            System.arraycopy(g, 0, real.grad(), 0, 2);
            System.arraycopy(g, 2, cplx.grad(), 0, 2);
            adam.step(lr);
            double bc1 = 1 - Math.pow(0.9, t);
            double bc2 = 1 - Math.pow(0.999, t);
            double[] gd = new double[4];
            for (int k = 0; k < 4; k++) {
                gd[k] = g[k] + wd * theta[k];
                m[k] = 0.9 * m[k] + (1 - 0.9) * gd[k];
            }
            v[0] = 0.999 * v[0] + (1 - 0.999) * gd[0] * gd[0];
            v[1] = 0.999 * v[1] + (1 - 0.999) * gd[1] * gd[1];
            v[2] = 0.999 * v[2] + (1 - 0.999) * (gd[2] * gd[2] + gd[3] * gd[3]);
            int[] vi = {0, 1, 2, 2};
            for (int k = 0; k < 4; k++) {
                theta[k] -= lr / bc1 * m[k] / (Math.sqrt(v[vi[k]]) / Math.sqrt(bc2) + 1e-8);
            }
            assertEquals(theta[0], real.value()[0], 1e-15);
            assertEquals(theta[1], real.value()[1], 1e-15);
            assertEquals(theta[2], cplx.value()[0], 1e-15);
            assertEquals(theta[3], cplx.value()[1], 1e-15);
            assertEquals(t, adam.steps());
        }
        assertEquals(v[2], adam.secondMoments().get("r")[0], 1e-18);
        assertEquals(m[3], adam.firstMoments().get("r")[1], 1e-18);
    }

    /** The first step moves every entry by about lr against the sign of its (decayed) gradient. */
    @Test
    void firstStepHasTheLearningRateAsSize() {
        Parameter w = new Parameter("w", false, 3);
        w.grad()[0] = 1e-3;
        w.grad()[1] = -50.0;
        w.grad()[2] = 7.0;
        Adam adam = Adam.reference(Map.of("w", w), 0.0);
        adam.step(1e-3);
        assertEquals(-1e-3, w.value()[0], 1e-8);
        assertEquals(1e-3, w.value()[1], 1e-10);
        assertEquals(-1e-3, w.value()[2], 1e-10);
        assertThrows(IllegalArgumentException.class, () -> new Adam(Map.of("w", w), 1.0, 0.999, 1e-8, 0));
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        adam.step(1e-3);
        long before = mx.getThreadAllocatedBytes(id);
        adam.step(1e-3);
        long after = mx.getThreadAllocatedBytes(id);
        assertEquals(0, after - before, "a step allocates nothing");
    }
}
