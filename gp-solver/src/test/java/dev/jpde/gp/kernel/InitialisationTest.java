package dev.jpde.gp.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The GP-HM initialisation (spec section 2), the dominant-component accessor, and pitfall 3. */
class InitialisationTest {
    @Test
    void initialisationFollowsTheSpec() {
        MixtureKernel1d k = MixtureKernel1d.initialised(KernelFamily.STM, MixtureKernel1d.DEFAULT_COMPONENTS, 20);
        assertEquals(30, k.components());
        assertEquals(90, k.parameterCount());
        for (int c = 0; c < 30; c++) {
            assertEquals(Math.log(1.0 / 30), k.parameters()[k.logWeightIndex(c)], 0.0);
            assertEquals(0.0, k.parameters()[k.logLengthScaleIndex(c)], 0.0);
            assertEquals(20.0 * c / 29, k.frequency(c), 1e-14);
        }
        assertEquals(0.0, k.frequency(0), 0.0, "linspace starts at 0");
        assertEquals(20.0, k.frequency(29), 0.0, "and includes F");
        assertEquals(1.0, k.value(0), 1e-14, "weights sum to one");
        assertEquals(0.0, MixtureKernel1d.initialised(KernelFamily.GM, 1, 5).frequency(0), 0.0);
    }

    @Test
    void dominantComponentIsTheLargestWeight() {
        MixtureKernel1d k = MixtureKernel1d.initialised(KernelFamily.STM, 30, 3);
        k.parameters()[k.logWeightIndex(16)] = Math.log(0.52);
        int d = k.dominantComponent();
        assertEquals(16, d);
        assertEquals(0.52, k.weight(d), 1e-15);
        assertEquals(3.0 * 16 / 29, k.frequency(d), 1e-15);
    }

    @Test
    void identicalSeComponentsReceiveIdenticalGradients() {
        // Pitfall 3: in GP-SE all components start identical and stay identical.
        MixtureKernel1d k = MixtureKernel1d.initialised(KernelFamily.SE, 30, 20);
        UniformGridKernelMatrices grid = new UniformGridKernelMatrices(k, 25, 0.1);
        Random rnd = new Random(5);
        DMatrixRMaj gK = UniformGridKernelMatricesTest.random(rnd, 25);
        double[] grad = new double[90];
        grid.contract(gK, null, null, grad);
        for (int c = 1; c < 30; c++) {
            assertEquals(grad[0], grad[c], 0.0);
            assertEquals(grad[30], grad[30 + c], 0.0);
            assertEquals(0.0, grad[60 + c], 0.0);
        }
    }

    @Test
    void rejectsMalformedParameters() {
        assertThrows(IllegalArgumentException.class, () -> new MixtureKernel1d(KernelFamily.GM, new double[4]));
        assertThrows(IllegalArgumentException.class, () -> new MixtureKernel1d(KernelFamily.GM, 0));
        MixtureKernel1d k = new MixtureKernel1d(KernelFamily.GM, 2);
        assertThrows(IllegalArgumentException.class, () -> k.setParameters(new double[5]));
    }
}
