package dev.jpde.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.cases.cli.Jpde;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jpde fno data|train|eval} end to end on a tiny problem (the learning itself is tested in operators). */
class FnoCommandTest {
    @TempDir
    Path tmp;

    @Test
    void dataTrainEvalRunAndWriteTheirFiles() {
        Path data = tmp.resolve("d.h5");
        Path weights = tmp.resolve("w.h5");
        Path checkpoint = tmp.resolve("c.h5");
        assertEquals(0, Jpde.run("fno", "data", "--samples", "30", "--points", "32", "--out", data.toString()));
        assertTrue(Files.isRegularFile(data));
        assertEquals(0, Jpde.run("fno", "train", data.toString(), "--train", "24", "--test", "6", "--epochs", "2",
                "--weights", weights.toString(), "--checkpoint", checkpoint.toString(), "--every", "1"));
        assertTrue(Files.isRegularFile(weights) && Files.isRegularFile(checkpoint));
        assertEquals(0, Jpde.run("fno", "train", data.toString(), "--train", "24", "--test", "6", "--epochs", "3",
                "--weights", weights.toString(), "--checkpoint", checkpoint.toString(), "--resume"));
        assertEquals(0, Jpde.run("fno", "eval", weights.toString(), data.toString(), "--test", "6", "--resolutions", "16,32"));
        assertEquals(2, Jpde.run("fno", "eval", weights.toString(), tmp.resolve("missing.h5").toString()));
    }
}
