package dev.jpde.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Named arrays and attributes through {@link H5Writer}, read back with {@link H5File}. */
class H5WriterTest {

    @TempDir
    Path dir;

    @Test
    void everySupportedKindOfDatasetAndAttributeRoundTrips() throws IOException {
        Path file = dir.resolve("weights.h5");
        double[] flat4 = new double[2 * 3 * 4 * 2];
        for (int i = 0; i < flat4.length; i++) {
            flat4[i] = i * 0.5 - 3;
        }
        double[][] matrix = {{1, 2, 3}, {4, 5, 6}};
        H5Writer.writeAtomically(file, root -> {
            root.attribute("title", "fno").attribute("epochs", 12).attribute("seed", 7L)
                    .attribute("lr", 1e-3).attribute("lr_f", 0.5f)
                    .attribute("widths", new int[] {64, 64}).attribute("steps", new long[] {1, 2})
                    .attribute("losses", new double[] {0.5, 0.25})
                    .attribute("layers", new String[] {"lift", "proj"});
            GroupWriter layer = root.group("layer0");
            layer.dataset("weights", flat4, 2, 3, 4, 2).attribute("dims", "in out k c");
            layer.dataset("matrix", matrix);
            layer.dataset("cube", new double[][][] {{{1}, {2}}, {{3}, {4}}});
            layer.group("nested").dataset("bias", new double[] {0.1, -0.2});
            root.dataset("ids", new long[] {Long.MAX_VALUE, -1});
            root.dataset("counts", new int[] {3, 4, 5});
            root.dataset("pi", Math.PI);
            root.dataset("n", 5L);
            root.dataset("m", 6);
            root.dataset("note", "hello, h5");
            root.dataset("scalar_from_shape", new double[] {2.5});
        });
        matrix[0][0] = 99;
        try (H5File h5 = H5File.open(file)) {
            assertEquals("fno", h5.stringAttribute("/", "title"));
            assertEquals(12, h5.attribute("/", "epochs"));
            assertEquals(7L, h5.attribute("/", "seed"));
            assertEquals(1e-3, h5.doubleAttribute("/", "lr"));
            assertEquals(0.5, h5.attribute("/", "lr_f"));
            assertArrayEquals(new int[] {64, 64}, (int[]) h5.attribute("/", "widths"));
            assertArrayEquals(new long[] {1, 2}, (long[]) h5.attribute("/", "steps"));
            assertArrayEquals(new double[] {0.5, 0.25}, (double[]) h5.attribute("/", "losses"));
            assertArrayEquals(new String[] {"lift", "proj"}, (String[]) h5.attribute("/", "layers"));
            assertEquals(new ShapedArray(flat4, new int[] {2, 3, 4, 2}), h5.readDoubles("/layer0/weights"));
            assertEquals(flat4[((1 * 3 + 2) * 4 + 3) * 2 + 1], h5.readDoubles("/layer0/weights").get(1, 2, 3, 1));
            assertEquals("in out k c", h5.stringAttribute("/layer0/weights", "dims"));
            assertEquals(new ShapedArray(new double[] {1, 2, 3, 4, 5, 6}, new int[] {2, 3}),
                    h5.readDoubles("/layer0/matrix"), "the array was copied when it was added");
            assertEquals(new ShapedArray(new double[] {1, 2, 3, 4}, new int[] {2, 2, 1}),
                    h5.readDoubles("/layer0/cube"));
            assertArrayEquals(new double[] {0.1, -0.2}, h5.readDoubles("/layer0/nested/bias").data());
            assertArrayEquals(new long[] {Long.MAX_VALUE, -1}, h5.readLongs("/ids"));
            assertEquals("int32", h5.dtype("/counts"));
            assertArrayEquals(new long[] {3, 4, 5}, h5.readLongs("/counts"));
            assertEquals(new ShapedArray(new double[] {Math.PI}, new int[0]), h5.readDoubles("/pi"));
            assertArrayEquals(new long[] {5}, h5.readLongs("/n"));
            assertArrayEquals(new long[] {6}, h5.readLongs("/m"));
            assertEquals("hello, h5", h5.readString("/note"));
            assertArrayEquals(new int[] {1}, h5.shape("/scalar_from_shape"));
            assertEquals(List.of("counts", "ids", "layer0", "m", "n", "note", "pi", "scalar_from_shape"),
                    h5.children("/"));
            assertTrue(h5.exists("/layer0/nested/bias"));
            assertFalse(h5.exists("/layer0/missing"));
            assertEquals(new ShapedArray(new double[] {4, 5, 6}, new int[] {1, 3}),
                    h5.readSlice("/layer0/matrix", 1));
        }
    }

    @Test
    void replacingALargerFileLeavesNoStaleBytes() throws IOException {
        Path file = dir.resolve("table.h5");
        H5Writer.writeAtomically(file, root -> root.dataset("big", new double[100_000]));
        long before = Files.size(file);
        H5Writer.writeAtomically(file, root -> root.dataset("small", new double[] {1, 2}));
        assertTrue(Files.size(file) < before / 100, "old content truncated: " + Files.size(file));
        try (H5File h5 = H5File.open(file)) {
            assertEquals(List.of("small"), h5.children("/"));
        }
    }

    @Test
    void invalidContentIsRejectedAndLeavesNoFile() throws IOException {
        Path file = dir.resolve("bad.h5");
        assertThrows(IllegalArgumentException.class,
                () -> H5Writer.writeAtomically(file, root -> root.dataset("r", new double[][] {{1, 2}, {3}})));
        assertThrows(IllegalArgumentException.class,
                () -> H5Writer.writeAtomically(file, root -> root.dataset("s", new double[6], 4, 2)));
        assertThrows(IllegalArgumentException.class,
                () -> H5Writer.writeAtomically(file, root -> root.attribute("flag", true)));
        assertThrows(IllegalArgumentException.class,
                () -> H5Writer.writeAtomically(file, root -> root.group("a/b")));
        assertThrows(IllegalArgumentException.class, () -> H5Writer.writeAtomically(file, root -> {
            root.dataset("twice", 1.0);
            root.group("twice");
        }));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "neither the target nor a temporary file exists");
        }
    }

    @Test
    void aFailureWhileWritingDeletesTheTemporaryFile() throws IOException {
        Path file = dir.resolve("fails.h5");
        Files.createDirectory(file.resolveSibling("occupied"));
        Path target = dir.resolve("occupied");
        Files.writeString(target.resolve("keep"), "x");
        assertThrows(IOException.class,
                () -> H5Writer.writeAtomically(target, root -> root.dataset("a", new double[] {1})));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("occupied"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
