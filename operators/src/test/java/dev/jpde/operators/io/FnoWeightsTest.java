package dev.jpde.operators.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.io.hdf5.H5File;
import dev.jpde.io.hdf5.H5Writer;
import dev.jpde.operators.Fno1d;
import dev.jpde.operators.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FnoWeightsTest {

    private static final Fno1d.Config SMALL = new Fno1d.Config(3, 4, 2, 8);

    @TempDir
    Path dir;

    private static Fno1d initialised(Fno1d.Config c, long seed) {
        Fno1d fno = new Fno1d(c);
        fno.initialise(seed);
        return fno;
    }

    @Test
    void saveThenReadRestoresArchitectureAndBitExactValues() throws Exception {
        Fno1d fno = initialised(SMALL, 1);
        Path file = dir.resolve("fno.h5");
        FnoWeights.save(fno, file);
        assertEquals(SMALL, FnoWeights.config(file));
        Fno1d back = FnoWeights.read(file);
        assertEquals(SMALL, back.config());
        fno.parameters().forEach((k, p) -> assertArrayEquals(p.value(), back.parameters().get(k).value(), 0.0, k));
        Fno1d other = initialised(SMALL, 2);
        FnoWeights.load(file, other);
        fno.parameters().forEach((k, p) -> assertArrayEquals(p.value(), other.parameters().get(k).value(), 0.0, k));
    }

    @Test
    void layoutIsTheStateDictWithPyTorchShapes() throws Exception {
        Fno1d fno = initialised(SMALL, 3);
        double[] a = new double[16];
        double[] y = new double[16];
        for (int j = 0; j < 16; j++) {
            a[j] = Math.sin(j);
            y[j] = Math.cos(j);
        }
        fno.lossAndGradient(a, y, new double[16], 1, 16);
        Path file = dir.resolve("with-grads.h5");
        FnoWeights.save(fno, file, true);
        try (H5File h5 = H5File.open(file)) {
            assertEquals(new ArrayList<>(new TreeSet<>(fno.parameters().keySet())), h5.children("/params"));
            assertEquals(h5.children("/params"), h5.children("/grads"));
            assertArrayEquals(new int[] {4, 2}, h5.shape("/params/fc0.weight"));
            assertArrayEquals(new int[] {4, 4, 3, 2}, h5.shape("/params/conv1.weights1"));
            assertArrayEquals(new int[] {4, 4, 1}, h5.shape("/params/w0.weight"));
            assertArrayEquals(new int[] {1, 8}, h5.shape("/params/fc2.weight"));
            assertEquals("in out k c", h5.stringAttribute("/params/conv0.weights1", "dims"));
            assertEquals("out in kernel", h5.stringAttribute("/params/w0.weight", "dims"));
            assertEquals(3L, h5.longAttribute("/", "modes"));
            assertEquals(8L, h5.longAttribute("/", "projection_width"));
            for (Map.Entry<String, Parameter> e : fno.parameters().entrySet()) {
                assertArrayEquals(e.getValue().grad(), h5.readDoubles("/grads/" + e.getKey()).data(), 0.0);
                assertArrayEquals(e.getValue().value(), h5.readDoubles("/params/" + e.getKey()).data(), 0.0);
            }
        }
        FnoWeights.save(fno, dir.resolve("plain.h5"));
        try (H5File h5 = H5File.open(dir.resolve("plain.h5"))) {
            assertFalse(h5.exists("/grads"));
        }
    }

    @Test
    void loadingIsStrict() throws Exception {
        Path torch = TorchParityTest.fixture();
        Fno1d wrongWidth = new Fno1d(new Fno1d.Config(4, 6, 4, 128));
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> FnoWeights.load(torch, wrongWidth));
        assertTrue(shape.getMessage().contains("shape"), shape.getMessage());
        Fno1d fewerLayers = new Fno1d(new Fno1d.Config(4, 8, 3, 128));
        IllegalArgumentException keys = assertThrows(IllegalArgumentException.class,
                () -> FnoWeights.load(torch, fewerLayers));
        assertTrue(keys.getMessage().contains("unexpected keys [conv3.weights1, w3.bias, w3.weight]"), keys.getMessage());

        Fno1d fno = initialised(SMALL, 5);
        Map<String, Parameter> partial = new LinkedHashMap<>(fno.parameters());
        partial.remove("fc1.bias");
        Path file = dir.resolve("partial.h5");
        H5Writer.writeAtomically(file, root -> FnoWeights.write(root.group("params"), partial, Parameter::value));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> FnoWeights.load(file, fno));
        assertTrue(missing.getMessage().contains("missing keys [fc1.bias]"), missing.getMessage());
    }
}
