package dev.jpde.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one set written by {@link FileSetWriter} (layout described there), and, through
 * {@link #readAll}, a whole directory of sets of one case joined along time.
 */
public final class FileSetReader implements AutoCloseable {

    private final H5File file;

    private FileSetReader(H5File file) {
        this.file = file;
    }

    /** Opens one set file, e.g. {@code out/kdv_s3.h5}. */
    public static FileSetReader open(Path setFile) throws IOException {
        H5File file = H5File.open(setFile);
        if (!file.exists("/scales/t") || !file.exists("/tasks")) {
            file.close();
            throw new IOException(setFile + " is not a jpde file set (no /scales/t or /tasks)");
        }
        return new FileSetReader(file);
    }

    /** The underlying generic reader. */
    public H5File file() {
        return file;
    }

    /** All root attributes ({@code case_name}, {@code seed}, {@code set_number}, ...). */
    public Map<String, Object> rootAttributes() {
        return file.attributes("/");
    }

    /** The {@code set_number} attribute: 1 for the first set. */
    public int setNumber() {
        return (int) file.longAttribute("/", "set_number");
    }

    /** Number of writes in this set. */
    public int writes() {
        return file.shape("/scales/t")[0];
    }

    /** Simulation time of each write. */
    public double[] t() {
        return file.readDoubles("/scales/t").data();
    }

    /** Solver iteration of each write. */
    public long[] iterations() {
        return file.readLongs("/scales/iteration");
    }

    /** Wall-clock seconds of each write since the run started. */
    public double[] wallTimes() {
        return file.readDoubles("/scales/wall_time").data();
    }

    /** The x coordinates. */
    public double[] x() {
        return file.readDoubles("/scales/x").data();
    }

    /** The y coordinates, empty for a 1-D run. */
    public double[] y() {
        return file.exists("/scales/y") ? file.readDoubles("/scales/y").data() : new double[0];
    }

    /** Names of the fields under {@code /tasks}, sorted. */
    public List<String> fieldNames() {
        return file.children("/tasks");
    }

    /** Whether a field has the trailing {@code (re, im)} axis (its {@code dims} end in {@code c}). */
    public boolean isComplex(String field) {
        return file.stringAttribute("/tasks/" + field, "dims").endsWith(" c");
    }

    /** The whole dataset {@code /tasks/<field>}: shape {@code [writes, nx(, ny)(, 2)]}. */
    public ShapedArray task(String field) {
        return file.readDoubles("/tasks/" + field);
    }

    /**
     * Write {@code write} of a field in the layout the writer was given: {@code nx*ny} values, or
     * {@code 2*nx*ny} interleaved {@code re, im} values for a complex field.
     */
    public double[] snapshot(String field, int write) {
        return file.readSlice("/tasks/" + field, write).data();
    }

    /** Names of the diagnostics, sorted. */
    public List<String> diagnosticNames() {
        return file.exists("/diagnostics") ? file.children("/diagnostics") : List.of();
    }

    /** One value per write of a diagnostic. */
    public double[] diagnostic(String name) {
        return file.readDoubles("/diagnostics/" + name).data();
    }

    /** The listing of {@link H5File#summary()}, for {@code jpde info}. */
    public String summary() throws IOException {
        return file.summary();
    }

    @Override
    public void close() {
        file.close();
    }

    /**
     * Reads every set of {@code caseName} in {@code directory} ({@code _s1}, {@code _s2}, ... in
     * numeric order) and joins scales, tasks and diagnostics along time.
     *
     * @throws IOException if there is no set, or the sets disagree on grid, fields or diagnostics
     */
    public static FileSetData readAll(Path directory, String caseName) throws IOException {
        List<Path> files = FileSets.list(directory, caseName);
        if (files.isEmpty()) {
            throw new IOException("no sets of case '" + caseName + "' in " + directory);
        }
        List<Map<String, Object>> attributes = new ArrayList<>();
        List<double[]> t = new ArrayList<>();
        List<double[]> wall = new ArrayList<>();
        List<long[]> iterations = new ArrayList<>();
        Map<String, List<ShapedArray>> tasks = new LinkedHashMap<>();
        Map<String, List<double[]>> diagnostics = new LinkedHashMap<>();
        double[] x = null;
        double[] y = null;
        for (Path p : files) {
            try (FileSetReader set = open(p)) {
                if (x == null) {
                    x = set.x();
                    y = set.y();
                    set.fieldNames().forEach(f -> tasks.put(f, new ArrayList<>()));
                    set.diagnosticNames().forEach(d -> diagnostics.put(d, new ArrayList<>()));
                } else if (!Arrays.equals(x, set.x()) || !Arrays.equals(y, set.y())
                        || !set.fieldNames().equals(new ArrayList<>(tasks.keySet()))
                        || !set.diagnosticNames().equals(new ArrayList<>(diagnostics.keySet()))) {
                    throw new IOException(p + " does not match the grid, fields or diagnostics of "
                            + files.get(0));
                }
                attributes.add(set.rootAttributes());
                t.add(set.t());
                wall.add(set.wallTimes());
                iterations.add(set.iterations());
                tasks.forEach((name, parts) -> parts.add(set.task(name)));
                diagnostics.forEach((name, parts) -> parts.add(set.diagnostic(name)));
            }
        }
        Map<String, ShapedArray> joinedTasks = new LinkedHashMap<>();
        tasks.forEach((name, parts) -> joinedTasks.put(name, ShapedArray.concatenate(parts)));
        Map<String, double[]> joinedDiagnostics = new LinkedHashMap<>();
        diagnostics.forEach((name, parts) -> joinedDiagnostics.put(name, join(parts)));
        return new FileSetData(files, attributes, join(t), joinLongs(iterations), join(wall), x, y,
                joinedTasks, joinedDiagnostics);
    }

    private static double[] join(List<double[]> parts) {
        double[] out = new double[parts.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static long[] joinLongs(List<long[]> parts) {
        long[] out = new long[parts.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
