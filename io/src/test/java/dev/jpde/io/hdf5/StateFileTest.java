package dev.jpde.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.core.spi.RunSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run state survives the HDF5 round trip exactly, and only a run of the same case may load it. */
class StateFileTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsArraysAndScalarsExactly() {
        Map<String, double[]> arrays = new LinkedHashMap<>();
        arrays.put("params", new double[] {1.0 / 3, -2e-300, Double.NaN, Double.POSITIVE_INFINITY, Math.PI});
        arrays.put("empty", new double[0]);
        arrays.put("one", new double[] {7});
        Map<String, Object> scalars = new LinkedHashMap<>();
        scalars.put("step", 123_456_789_012L);
        scalars.put("loss", -1.0e-17);
        scalars.put("nan", Double.NaN);
        scalars.put("format", "some solver state");
        StateFile store = new StateFile(dir.resolve("sub/state.h5"), "case-a", "name: case-a\nx: 1\n");
        assertNull(store.load(), "no file yet: nothing to resume");
        store.save(new RunSnapshot(arrays, scalars));
        RunSnapshot back = new StateFile(dir.resolve("sub/state.h5"), "case-a", "name: case-a\nx: 1\n").load();
        assertEquals(arrays.keySet(), back.arrays().keySet());
        arrays.forEach((k, v) -> assertArrayEquals(v, back.array(k), 0.0, k));
        assertEquals(123_456_789_012L, back.integer("step"));
        assertEquals(-1.0e-17, back.real("loss"), 0.0);
        assertTrue(Double.isNaN(back.real("nan")));
        assertEquals("some solver state", back.text("format"));
        store.save(new RunSnapshot(Map.of("params", new double[] {2}), Map.of("step", 5L)));
        assertEquals(5L, store.load().integer("step"), "a save replaces the previous state");
        assertEquals(List.of("state.h5"), List.of(dir.resolve("sub").toFile().list()), "no temporary file left");
    }

    @Test
    void refusesAStateOfAnotherCaseOrAForeignFile() throws Exception {
        Path f = dir.resolve("state.h5");
        new StateFile(f, "case-a", "name: case-a\nsteps: 10\n").save(new RunSnapshot(Map.of(), Map.of("step", 1L)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StateFile(f, "case-a", "name: case-a\nsteps: 20\n").load());
        assertTrue(e.getMessage().contains("state.h5") && e.getMessage().contains("case 'case-a' with other settings"),
                e.getMessage());
        Path other = dir.resolve("other.h5");
        H5Writer.writeAtomically(other, root -> root.dataset("u", new double[] {1, 2}));
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                () -> new StateFile(other, "case-a", "x").load());
        assertTrue(foreign.getMessage().contains("not a jpde run-state file"), foreign.getMessage());
        assertTrue(Files.exists(other), "a refused file is left alone");
    }
}
