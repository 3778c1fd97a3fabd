package dev.jpde.cases;

import dev.jpde.core.spi.SolverRun;
import dev.jpde.io.casefile.CaseFiles;
import dev.jpde.io.casefile.SolverCaseSpec;
import dev.jpde.io.hdf5.FileSets;
import dev.jpde.io.hdf5.ResultFile;
import dev.jpde.io.hdf5.StateFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a case of a pluggable solver ({@code solver: NAME}, e.g. GP-HM): makes the solver's run from the validated
 * sections, lets it record its results, and writes them as {@code <case>_s1.h5} with the same root attributes as the
 * time-stepping sets ({@code jpde_version}, {@code case_name}, {@code case_yaml}, {@code seed}, {@code created},
 * {@code set_number}, {@code solver_wall_seconds}). Earlier sets of the case in the directory are removed first; a
 * failed run writes nothing.
 */
public final class SolverCaseRunner {
    private SolverCaseRunner() {
    }

    /** What a solver run produced. */
    public record Result(SolverCaseSpec spec, String summary, Path file, double seconds) {
    }

    public static Result run(SolverCaseSpec spec, Path outDir, Consumer<String> progress) throws IOException {
        return run(spec, outDir, progress, null);
    }

    /**
     * As {@link #run(SolverCaseSpec, Path, Consumer)}, keeping the run's restart state in {@code stateFile} (saved at
     * the solver's checkpoints) and, if that file holds the state of an interrupted run of the same case (same
     * resolved YAML), continuing from it. The state file stays after the run; rerunning with it only rewrites the
     * results.
     *
     * @param stateFile the state file, or null for none
     * @throws IllegalArgumentException if the solver cannot resume, or the file holds another case's state
     */
    public static Result run(SolverCaseSpec spec, Path outDir, Consumer<String> progress, Path stateFile)
            throws IOException {
        return run(spec, outDir, progress, stateFile, false);
    }

    /**
     * As {@link #run(SolverCaseSpec, Path, Consumer, Path)}; with {@code extend}, the state file may also hold the
     * state of a run of the same case with another step budget ({@code train.steps}, {@code train.checkpoints}; all
     * other settings equal), which this run continues under its own budget. The combined run is the run of the new
     * budget, bit for bit, when the checkpoint spacing is the same and the state lies before any change of learning
     * rate the new schedule makes. An extra-GP state extends only from its first stage: the change point is a
     * fraction of the budget, and a second-stage state whose first stage ended elsewhere is refused.
     */
    public static Result run(SolverCaseSpec spec, Path outDir, Consumer<String> progress, Path stateFile,
            boolean extend) throws IOException {
        SolverRun run = spec.solver().create(spec.sections(), spec.seed());
        if (stateFile != null && !run.resumable()) {
            throw new IllegalArgumentException(spec.name() + ": solver '" + spec.solver().name()
                    + "' cannot save and resume its state (--state)");
        }
        ResultFile results = new ResultFile();
        long t0 = System.nanoTime();
        String summary = stateFile == null ? run.run(results, progress)
                : run.run(results, progress, new StateFile(stateFile, spec.name(), spec.resolvedYaml(),
                        saved -> extend && sameButBudget(saved, spec)));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        Map<String, Object> attrs = new LinkedHashMap<>();
        attrs.put("jpde_version", CaseRunner.VERSION);
        attrs.put("case_name", spec.name());
        attrs.put("case_yaml", spec.resolvedYaml());
        attrs.put("seed", spec.seed());
        attrs.put("created", Instant.now().toString());
        attrs.put("set_number", 1);
        attrs.put("solver_wall_seconds", seconds);
        results.rootAttributes(attrs);
        Files.createDirectories(outDir);
        FileSets.delete(outDir, spec.name());
        Path file = outDir.resolve(FileSets.setFileName(spec.name(), 1));
        results.write(file);
        return new Result(spec, summary, file, seconds);
    }

    /** Whether the case text {@code saved} is {@code spec} up to {@code train.steps} and {@code train.checkpoints}. */
    static boolean sameButBudget(String saved, SolverCaseSpec spec) {
        List<String> budget = List.of("train.steps=1", "train.checkpoints=1");
        try {
            return CaseFiles.parseAny(saved, "saved state", budget).resolvedYaml()
                    .equals(CaseFiles.parseAny(spec.resolvedYaml(), spec.name(), budget).resolvedYaml());
        } catch (RuntimeException notTheSameKindOfCase) {
            return false;
        }
    }
}
