package dev.jpde.operators.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.io.hdf5.H5File;
import dev.jpde.io.hdf5.H5Writer;
import dev.jpde.operators.Fno2d;
import dev.jpde.operators.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Fno2dWeightsTest {

    private static final Fno2d.Config SMALL = new Fno2d.Config(3, 2, 4, 2, 8, 2);

    @TempDir
    Path dir;

    private static Fno2d initialised(Fno2d.Config c, int sx, int sy, long seed) {
        Fno2d fno = new Fno2d(c, sx, sy);
        fno.initialise(seed);
        return fno;
    }

    private static double[] inputs(int n) {
        double[] a = new double[n];
        for (int j = 0; j < n; j++) {
            a[j] = Math.sin(0.7 * j) + 0.3;
        }
        return a;
    }

    /** Save, read back on the same and on another grid: same architecture, bit-exact values, same outputs. */
    @Test
    void saveThenReadRestoresArchitectureValuesAndOutputs() throws Exception {
        Fno2d fno = initialised(SMALL, 6, 5, 1);
        Path file = dir.resolve("fno2d.h5");
        Fno2dWeights.save(fno, file);
        assertEquals(SMALL, Fno2dWeights.config(file));
        Fno2d back = Fno2dWeights.read(file, 6, 5);
        assertEquals(SMALL, back.config());
        fno.parameters().forEach((k, p) -> assertArrayEquals(p.value(), back.parameters().get(k).value(), 0.0, k));
        double[] a = inputs(2 * 30);
        double[] y1 = new double[60];
        double[] y2 = new double[60];
        fno.forward(a, y1, 2);
        back.forward(a, y2, 2);
        assertArrayEquals(y1, y2, 0.0);

        Fno2d finer = Fno2dWeights.read(file, 9, 7);
        assertEquals(9, finer.sizeX());
        fno.parameters().forEach((k, p) -> assertArrayEquals(p.value(), finer.parameters().get(k).value(), 0.0, k));
        Fno2d other = initialised(SMALL, 6, 5, 2);
        Fno2dWeights.load(file, other);
        other.forward(a, y2, 2);
        assertArrayEquals(y1, y2, 0.0);
    }

    @Test
    void layoutIsTheStateDictWithPyTorchShapes() throws Exception {
        Fno2d fno = initialised(SMALL, 6, 5, 3);
        double[] a = inputs(30);
        double[] y = inputs(30);
        for (int j = 0; j < 30; j++) {
            y[j] = Math.cos(j);
        }
        fno.lossAndGradient(a, y, new double[30], 1);
        Path file = dir.resolve("with-grads.h5");
        Fno2dWeights.save(fno, file, true);
        try (H5File h5 = H5File.open(file)) {
            assertEquals(new ArrayList<>(new TreeSet<>(fno.parameters().keySet())), h5.children("/params"));
            assertEquals(h5.children("/params"), h5.children("/grads"));
            assertArrayEquals(new int[] {4, 3}, h5.shape("/params/fc0.weight"));
            assertArrayEquals(new int[] {4, 4, 3, 2, 2}, h5.shape("/params/conv1.weights2"));
            assertArrayEquals(new int[] {4, 4, 1, 1}, h5.shape("/params/w0.weight"));
            assertArrayEquals(new int[] {1, 8}, h5.shape("/params/fc2.weight"));
            assertEquals("in out kx ky c", h5.stringAttribute("/params/conv0.weights1", "dims"));
            assertEquals("out in kernel_x kernel_y", h5.stringAttribute("/params/w0.weight", "dims"));
            assertEquals("jpde FNO-2d state_dict", h5.stringAttribute("/", "format"));
            assertEquals(2L, h5.longAttribute("/", "padding"));
            assertEquals(6L, h5.longAttribute("/", "grid_x"));
            for (Map.Entry<String, Parameter> e : fno.parameters().entrySet()) {
                assertArrayEquals(e.getValue().grad(), h5.readDoubles("/grads/" + e.getKey()).data(), 0.0);
                assertArrayEquals(e.getValue().value(), h5.readDoubles("/params/" + e.getKey()).data(), 0.0);
            }
        }
        Fno2dWeights.save(fno, dir.resolve("plain.h5"));
        try (H5File h5 = H5File.open(dir.resolve("plain.h5"))) {
            assertFalse(h5.exists("/grads"));
        }
    }

    @Test
    void loadingIsStrictAndTellsOneDimensionFromTwo() throws Exception {
        Path file = dir.resolve("small.h5");
        Fno2dWeights.save(initialised(SMALL, 6, 5, 4), file);
        Fno2d wrongModes = new Fno2d(new Fno2d.Config(3, 3, 4, 2, 8, 2), 6, 5);
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> Fno2dWeights.load(file, wrongModes));
        assertTrue(shape.getMessage().contains("shape"), shape.getMessage());
        Fno2d fewerLayers = new Fno2d(new Fno2d.Config(3, 2, 4, 1, 8, 2), 6, 5);
        IllegalArgumentException keys = assertThrows(IllegalArgumentException.class,
                () -> Fno2dWeights.load(file, fewerLayers));
        assertTrue(keys.getMessage().contains("unexpected keys [conv1.weights1, conv1.weights2, w1.bias, w1.weight]"),
                keys.getMessage());

        Path oneD = TorchParityTest.fixture();
        IllegalArgumentException notTwoD = assertThrows(IllegalArgumentException.class,
                () -> Fno2dWeights.config(oneD));
        assertTrue(notTwoD.getMessage().contains("not an FNO-2d state_dict"), notTwoD.getMessage());

        Fno2d fno = initialised(SMALL, 6, 5, 5);
        Path bare = dir.resolve("bare.h5");
        H5Writer.writeAtomically(bare, root -> FnoWeights.write(root.group("params"), fno.parameters(), Parameter::value));
        IllegalArgumentException padding = assertThrows(IllegalArgumentException.class,
                () -> Fno2dWeights.config(bare));
        assertTrue(padding.getMessage().contains("padding"), padding.getMessage());
        Fno2d target = initialised(SMALL, 6, 5, 6);
        Fno2dWeights.load(bare, target);
        fno.parameters().forEach((k, p) -> assertArrayEquals(p.value(), target.parameters().get(k).value(), 0.0, k));
    }
}
