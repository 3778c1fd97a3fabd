package dev.jpde.io.hdf5;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the reference HDF5 tools (h5py on HDF5 1.10, h5dump) that CI installs. A missing tool is a
 * test failure, not a skip, unless {@code JPDE_SKIP_PYTHON_INTEROP=1} is set.
 */
final class ExternalTools {

    /** Output of a finished process. */
    record Result(int exitCode, String stdout, String stderr) {
    }

    private ExternalTools() {
    }

    /** Skips the calling test if interop checks are switched off, else fails if a tool is missing. */
    static void requireInteropTools() {
        Assumptions.assumeFalse("1".equals(System.getenv("JPDE_SKIP_PYTHON_INTEROP")),
                "JPDE_SKIP_PYTHON_INTEROP=1");
        String hint = " (install python3-h5py python3-numpy hdf5-tools,"
                + " or set JPDE_SKIP_PYTHON_INTEROP=1 to skip)";
        Result py = run(List.of(python(), "-c", "import h5py, numpy; print(h5py.version.hdf5_version)"));
        if (py.exitCode() != 0) {
            fail(python() + " cannot import h5py and numpy" + hint + ":\n" + py.stderr());
        }
        Result dump = run(List.of("h5dump", "--version"));
        if (dump.exitCode() != 0) {
            fail("h5dump is not usable" + hint + ":\n" + dump.stderr());
        }
    }

    /** The interpreter with the Debian h5py: {@code /usr/bin/python3} unless JPDE_PYTHON says otherwise. */
    static String python() {
        String configured = System.getenv("JPDE_PYTHON");
        return configured == null || configured.isBlank() ? "/usr/bin/python3" : configured;
    }

    /** Runs {@code python -c script args...}. */
    static Result python(String script, String... args) {
        List<String> command = new ArrayList<>(List.of(python(), "-c", script));
        command.addAll(List.of(args));
        return run(command);
    }

    /** Runs a command with a 60 s limit; a command that cannot start gives exit code -1. */
    static Result run(List<String> command) {
        Path err = null;
        try {
            err = Files.createTempFile("jpde-tool", ".err");
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("timed out: " + command);
            }
            return new Result(process.exitValue(), out, Files.readString(err));
        } catch (IOException e) {
            return new Result(-1, "", String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (err != null) {
                try {
                    Files.deleteIfExists(err);
                } catch (IOException ignored) {
                    // a stray temp file in /tmp is harmless
                }
            }
        }
    }
}
