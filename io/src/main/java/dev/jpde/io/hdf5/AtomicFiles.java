package dev.jpde.io.hdf5;

import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Publishes a file under its final name only once it is complete: the content goes to a hidden
 * temporary file {@code .<name>.tmp-<random>} in the same directory, is forced to disk, and is
 * renamed over the target with one atomic {@code rename(2)}. A process killed at any point leaves
 * either the old target or the new one, never a partial file under the final name; at worst a
 * temporary file remains, recognisable by {@link #isTemporary}. This also sidesteps jhdf's
 * habit of not truncating an existing file.
 */
final class AtomicFiles {

    /** Writes the complete content of a file to the given (fresh, non-existent) path. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    private static final String TMP_MARK = ".tmp-";

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to a temporary file next to {@code target} and atomically moves it
     * into place, replacing any existing file. On any failure the temporary file is deleted and
     * the exception is rethrown (jhdf's runtime exceptions as {@link IOException}).
     */
    static void replace(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temporary = dir.resolve(temporaryName(target.getFileName().toString()));
        boolean moved = false;
        try {
            content.writeTo(temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } catch (HdfException | UncheckedIOException e) {
            throw new IOException("could not write " + target + ": " + e.getMessage(), e);
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    /** The temporary name used for {@code finalName}: {@code .<finalName>.tmp-<random>}. */
    static String temporaryName(String finalName) {
        return "." + finalName + TMP_MARK
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    /** True for names produced by {@link #temporaryName}. */
    static boolean isTemporary(String fileName) {
        return fileName.startsWith(".") && fileName.contains(TMP_MARK);
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The primary failure is more useful to the caller; a stray temp file is harmless.
        }
    }
}
