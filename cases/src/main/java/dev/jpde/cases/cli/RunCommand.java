package dev.jpde.cases.cli;

import dev.jpde.cases.CaseResolver;
import dev.jpde.cases.CaseRunner;
import dev.jpde.cases.Progress;
import dev.jpde.core.run.RunSummary;
import dev.jpde.core.run.SimulationObserver;
import dev.jpde.cases.SolverCaseRunner;
import dev.jpde.io.casefile.CaseSpec;
import dev.jpde.io.casefile.RunSpec;
import dev.jpde.io.casefile.SolverCaseSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jpde run CASE|FILE}: validates, runs with progress, writes HDF5 file sets, prints a summary. */
@Command(name = "run", description = "Run a named case or a case file and write HDF5 file sets.")
final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE|FILE", completionCandidates = CaseNames.class,
            description = "A named case (see 'jpde list') or a YAML case file.")
    String target;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a case value, e.g. --set time.rtol=1e-8 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: runs/<case>).")
    Path out;

    @Option(names = "--state", paramLabel = "FILE.h5", description = "Keep the run's state in FILE (saved at every "
            + "checkpoint) and continue from it if it exists: an interrupted long run resumes where it stopped. "
            + "Solvers that support it: gp-hm.")
    Path state;

    @Option(names = "--extend", description = "With --state: continue a saved run under this run's step budget "
            + "(train.steps, train.checkpoints), e.g. a finished 1e5-step run to 3e5 steps; all other settings must "
            + "match the saved run's. An extra-GP run extends only from its first stage (the change point moves with the "
            + "budget).")
    boolean extend;

    @Option(names = "--quiet", description = "No progress line and no summary.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        RunSpec any = CaseResolver.loadAny(target, overrides);
        Path dir = out != null ? out : Path.of("runs", any.name());
        if (any instanceof SolverCaseSpec solverCase) {
            if (extend && state == null) {
                throw new IllegalArgumentException("--extend continues the run saved in --state FILE; give --state");
            }
            SolverCaseRunner.Result r = SolverCaseRunner.run(solverCase, dir, quiet ? line -> { } : System.err::println,
                    state, extend);
            if (!quiet) {
                System.out.println(r.spec().name() + ": " + r.summary());
                System.out.println("  wrote " + r.file());
            }
            return 0;
        }
        if (state != null) {
            throw new IllegalArgumentException(any.name() + ": --state saves and resumes solver runs (gp-hm) only, "
                    + "not time-stepping cases");
        }
        CaseSpec spec = (CaseSpec) any;
        Progress progress = new Progress(System.err, System.console() != null, spec.time().start(), spec.time().end());
        SimulationObserver observer = quiet ? new SimulationObserver() { } : progress;
        CaseRunner.Result result;
        try {
            result = CaseRunner.run(spec, dir, observer);
        } finally {
            progress.finish();
        }
        if (!quiet) {
            printSummary(result);
        }
        return 0;
    }

    private static void printSummary(CaseRunner.Result r) {
        RunSummary s = r.summary();
        System.out.printf("%s: t = %s .. %s with %s%n", r.spec().name(), r.spec().time().start(), r.spec().time().end(),
                r.spec().time().integrator().provider().name());
        System.out.printf("  solve %.3f s, %d steps (%d rejected), %d RHS evaluations%n", s.solveSeconds(),
                s.stats().acceptedSteps(), s.stats().rejectedSteps(), s.stats().rhsEvaluations());
        for (int i = 0; i < s.diagnosticNames().size(); i++) {
            String name = s.diagnosticNames().get(i);
            if (!name.equals("error_max")) {
                System.out.printf("  %-22s %.12g -> %.12g  (max drift %.2e)%n", name, s.first()[i], s.last()[i], s.maxDrift()[i]);
            }
        }
        if (!Double.isNaN(s.maxError())) {
            System.out.printf("  max error vs exact     %.3e%n", s.maxError());
        }
        r.files().forEach(f -> System.out.println("  wrote " + f));
    }
}
