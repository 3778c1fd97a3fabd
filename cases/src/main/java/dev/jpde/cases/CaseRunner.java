package dev.jpde.cases;

import dev.jpde.core.run.RunSummary;
import dev.jpde.core.run.Simulation;
import dev.jpde.core.run.SimulationObserver;
import dev.jpde.io.casefile.CaseSpec;
import dev.jpde.io.hdf5.FieldSpec;
import dev.jpde.io.hdf5.FileSetSpec;
import dev.jpde.io.hdf5.FileSetWriter;
import dev.jpde.io.hdf5.FileSets;
import dev.jpde.io.hdf5.RunMetadata;
import dev.jpde.io.hdf5.RunProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a case: builds its simulation, records every output into HDF5 file sets under the output directory, reports
 * progress to an optional observer, and returns the summary with the files written.
 *
 * <p>Sets of the same case already in the directory are removed first, so a directory never mixes two runs. When
 * the run fails (e.g. a blow-up) the sets completed so far stay on disk, complete; the set in progress is dropped.
 */
public final class CaseRunner {
    /** The version written into every file. */
    public static final String VERSION = "0.1.0";

    private CaseRunner() {
    }

    /** What a run produced. */
    public record Result(CaseSpec spec, RunSummary summary, List<Path> files) {
    }

    public static Result run(CaseSpec spec, Path outDir, SimulationObserver progress) throws IOException {
        Simulation simulation = CaseResolver.simulation(spec);
        List<FieldSpec> fields = new ArrayList<>();
        for (String f : spec.output().fields()) {
            fields.add(simulation.equation().basis().complexField() ? FieldSpec.complex(f) : FieldSpec.real(f));
        }
        double[] x = simulation.equation().basis().grid().points();
        FileSetSpec setSpec = new FileSetSpec(outDir, spec.name(), spec.output().maxWrites(), x, null, fields,
                simulation.diagnosticNames(), new RunMetadata(VERSION, spec.resolvedYaml(), spec.seed(), Instant.now()));
        FileSets.delete(outDir, spec.name());
        long began = System.nanoTime();
        long[] rhs = {0};
        RunProgress runProgress = RunProgress.of(() -> (System.nanoTime() - began) * 1e-9, () -> rhs[0]);
        FileSetWriter writer = new FileSetWriter(setSpec, runProgress);
        Map<String, double[]> snapshot = new LinkedHashMap<>();
        try {
            RunSummary summary = simulation.run(new SimulationObserver() {
                @Override
                public void output(int index, double t, long step, double[] values, double[] diagnostics) {
                    for (String f : spec.output().fields()) {
                        snapshot.put(f, values);
                    }
                    try {
                        writer.write(t, step, (System.nanoTime() - began) * 1e-9, snapshot, diagnostics);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress.output(index, t, step, values, diagnostics);
                }

                @Override
                public void step(long step, double t, double dt, long rhsEvaluations) {
                    rhs[0] = rhsEvaluations;
                    progress.step(step, t, dt, rhsEvaluations);
                }
            });
            rhs[0] = summary.stats().rhsEvaluations();
            writer.close();
            return new Result(spec, summary, writer.completedSets());
        } catch (RuntimeException | Error e) {
            writer.abort();
            throw e;
        }
    }
}
