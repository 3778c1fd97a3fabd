package dev.jpde.io.hdf5;

import dev.jpde.io.xdmf.XdmfTimeSeries;
import dev.jpde.io.xdmf.XdmfWriter;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a time series as Dedalus-style file sets: {@code <case>_s1.h5}, {@code _s2.h5}, ...,
 * each holding at most {@code maxWrites} writes, each with an XDMF 3 sidecar {@code <case>_s<k>.xmf}
 * for ParaView's Xdmf3 readers (see {@link dev.jpde.io.xdmf.XdmfWriter}).
 *
 * <p>Layout of one set:
 * <ul>
 * <li>root attributes {@code jpde_version}, {@code case_name}, {@code case_yaml}, {@code seed}
 *     (int64), {@code created} (ISO-8601), {@code set_number} (int32), and, read from
 *     {@link RunProgress} when the set is closed, {@code solver_wall_seconds} (float64),
 *     {@code rhs_evaluations} (int64) and any extra attributes;</li>
 * <li>{@code /scales/t}, {@code /scales/wall_time} (float64) and {@code /scales/iteration}
 *     (int64), one entry per write in this set; {@code /scales/x} and, in 2-D, {@code /scales/y};</li>
 * <li>{@code /tasks/<field>}, float64 {@code [writes, nx]} or {@code [writes, nx, ny]}, with a
 *     trailing axis {@code (re, im)} of length 2 for a complex field, which also carries the
 *     attribute {@code complex};</li>
 * <li>{@code /diagnostics/<name>}, float64, one value per write.</li>
 * </ul>
 * Every dataset has a string attribute {@code dims} naming its axes ({@code "t x c"},
 * {@code "x"}, ...; {@code c} is the {@code (re, im)} axis).
 *
 * <p>jhdf cannot append, so the writes of a set are kept in buffers allocated once in the
 * constructor (a write copies into them and allocates nothing) and the set is written in one go,
 * to a temporary file that is atomically renamed, as soon as it is full. A killed process loses
 * at most the set in progress and never leaves a partial file under a final name.
 *
 * <p>Normal use: {@code write} at each output time, then {@link #close()}, which writes the last,
 * partial set. If the run fails, call {@link #abort()} instead: it drops the set in progress and
 * keeps the completed ones. Note that {@code try}-with-resources calls {@code close()} on the way
 * out of an exception too, so a caller that wants failures to discard the partial set catches the
 * exception and calls {@code abort()} inside the block. Not thread-safe.
 */
public final class FileSetWriter implements AutoCloseable {

    private enum State { OPEN, CLOSED, ABORTED, FAILED }

    private final FileSetSpec spec;
    private final RunProgress progress;
    private final double[] x;
    private final double[] y;
    private final double[] t;
    private final long[] iteration;
    private final double[] wallTime;
    private final TaskBuffer[] tasks;
    private final double[][] diagnostics;
    private final List<Path> completed = new ArrayList<>();
    private int writesInSet;
    private int setNumber = 1;
    private State state = State.OPEN;

    /**
     * Prepares a writer and allocates the buffers of one set. Nothing is written yet.
     *
     * @throws FileAlreadyExistsException if a set of this case already exists in the directory
     *         (use {@link FileSets#delete} first to overwrite an earlier run)
     */
    public FileSetWriter(FileSetSpec spec, RunProgress progress) throws IOException {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.progress = Objects.requireNonNull(progress, "progress");
        List<Path> existing = FileSets.list(spec.directory(), spec.caseName());
        if (!existing.isEmpty()) {
            throw new FileAlreadyExistsException(existing.get(0).toString(), null,
                    existing.size() + " set(s) of case '" + spec.caseName() + "' already exist");
        }
        Files.createDirectories(spec.directory());
        int max = spec.maxWrites();
        x = spec.x();
        y = spec.y();
        t = new double[max];
        iteration = new long[max];
        wallTime = new double[max];
        tasks = new TaskBuffer[spec.fields().size()];
        for (int f = 0; f < tasks.length; f++) {
            tasks[f] = new TaskBuffer(spec.fields().get(f), max, spec.nx(), spec.ny(),
                    spec.spatialDimensions() == 2);
        }
        diagnostics = new double[spec.diagnostics().size()][max];
    }

    /**
     * Records one output time. The arrays are copied; the caller may reuse them immediately.
     * When this write fills the set, the set is written to disk before the method returns.
     *
     * @param t           simulation time
     * @param iteration   solver iteration (step count)
     * @param wallTime    wall-clock seconds since the run started
     * @param fields      one array per declared field (see {@link FieldSpec} for the layout);
     *                    exactly the declared names
     * @param diagnostics one value per declared diagnostic, in declaration order
     * @throws IllegalArgumentException if a field is missing, unknown or has the wrong length; the
     *         writer is then unchanged
     * @throws IOException if writing a full set failed; the writer is then unusable
     */
    public void write(double t, long iteration, double wallTime, Map<String, double[]> fields,
                      double[] diagnostics) throws IOException {
        requireOpen();
        validate(fields, diagnostics);
        int w = writesInSet;
        this.t[w] = t;
        this.iteration[w] = iteration;
        this.wallTime[w] = wallTime;
        for (TaskBuffer task : tasks) {
            task.copyIn(w, fields.get(task.field().name()));
        }
        for (int d = 0; d < this.diagnostics.length; d++) {
            this.diagnostics[d][w] = diagnostics[d];
        }
        writesInSet++;
        if (writesInSet == spec.maxWrites()) {
            flushSet();
        }
    }

    /** Writes the last, partial set (if it holds any write) and closes the writer. Idempotent. */
    @Override
    public void close() throws IOException {
        if (state != State.OPEN) {
            return;
        }
        if (writesInSet > 0) {
            flushSet();
        }
        state = State.CLOSED;
    }

    /**
     * Drops the writes of the set in progress without writing them and closes the writer. Sets
     * already completed stay on disk, complete. Idempotent; does nothing after {@link #close()}.
     */
    public void abort() {
        if (state == State.OPEN) {
            writesInSet = 0;
            state = State.ABORTED;
        }
    }

    /** Final paths of the sets written so far, in order. */
    public List<Path> completedSets() {
        return List.copyOf(completed);
    }

    /** Writes recorded in the set in progress (not yet on disk). */
    public int pendingWrites() {
        return writesInSet;
    }

    private void validate(Map<String, double[]> fields, double[] values) {
        if (fields.size() != tasks.length) {
            throw new IllegalArgumentException("expected fields " + names() + ", got " + fields.keySet());
        }
        for (TaskBuffer task : tasks) {
            double[] data = fields.get(task.field().name());
            if (data == null) {
                throw new IllegalArgumentException("missing field '" + task.field().name()
                        + "'; expected " + names() + ", got " + fields.keySet());
            }
            if (data.length != task.valuesPerWrite()) {
                throw new IllegalArgumentException("field '" + task.field().name() + "' has "
                        + data.length + " values, expected " + task.valuesPerWrite());
            }
        }
        if (values.length != diagnostics.length) {
            throw new IllegalArgumentException("expected " + diagnostics.length
                    + " diagnostics " + spec.diagnostics() + ", got " + values.length);
        }
    }

    private void flushSet() throws IOException {
        int n = writesInSet;
        String h5Name = FileSets.setFileName(spec.caseName(), setNumber);
        Path target = spec.directory().resolve(h5Name);
        try {
            H5Writer.write(assemble(n), target);
        } catch (IOException | RuntimeException e) {
            state = State.FAILED;
            throw e;
        }
        completed.add(target);
        writesInSet = 0;
        int number = setNumber++;
        try {
            XdmfWriter.write(spec.directory().resolve(FileSets.sidecarFileName(spec.caseName(), number)),
                    sidecar(h5Name, Arrays.copyOf(t, n)));
        } catch (IOException | RuntimeException e) {
            state = State.FAILED;
            throw e;
        }
    }

    private TreeGroup assemble(int n) {
        RunMetadata meta = spec.metadata();
        TreeGroup root = new TreeGroup()
                .attribute("jpde_version", meta.jpdeVersion())
                .attribute("case_name", spec.caseName())
                .attribute("case_yaml", meta.caseYaml())
                .attribute("seed", meta.seed())
                .attribute("created", meta.created().toString())
                .attribute("set_number", setNumber)
                .attribute("solver_wall_seconds", progress.solverWallSeconds())
                .attribute("rhs_evaluations", progress.rhsEvaluations());
        progress.extraAttributes().forEach(root::attribute);
        TreeGroup scales = root.group("scales");
        scales.owned("t", Arrays.copyOf(t, n)).attribute("dims", "t");
        scales.owned("iteration", Arrays.copyOf(iteration, n)).attribute("dims", "t");
        scales.owned("wall_time", Arrays.copyOf(wallTime, n)).attribute("dims", "t");
        scales.owned("x", x).attribute("dims", "x");
        if (y.length > 0) {
            scales.owned("y", y).attribute("dims", "y");
        }
        TreeGroup taskGroup = root.group("tasks");
        for (TaskBuffer task : tasks) {
            TreeDataset d = taskGroup.owned(task.field().name(), task.firstWrites(n))
                    .attribute("dims", task.dimsLabel());
            if (task.field().complex()) {
                d.attribute("complex", "trailing axis c = (re, im)");
            }
        }
        TreeGroup diagGroup = root.group("diagnostics");
        for (int d = 0; d < diagnostics.length; d++) {
            diagGroup.owned(spec.diagnostics().get(d), Arrays.copyOf(diagnostics[d], n))
                    .attribute("dims", "t");
        }
        return root;
    }

    private XdmfTimeSeries sidecar(String h5Name, double[] times) {
        List<XdmfTimeSeries.Variable> variables = new ArrayList<>();
        for (FieldSpec f : spec.fields()) {
            variables.add(new XdmfTimeSeries.Variable(f.name(), "/tasks/" + f.name(), f.complex()));
        }
        return new XdmfTimeSeries(spec.caseName(), h5Name, times,
                new XdmfTimeSeries.Axis("/scales/x", x.length),
                y.length > 0 ? new XdmfTimeSeries.Axis("/scales/y", y.length) : null, variables);
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("writer is " + state.name().toLowerCase());
        }
    }

    private List<String> names() {
        return spec.fields().stream().map(FieldSpec::name).toList();
    }
}
