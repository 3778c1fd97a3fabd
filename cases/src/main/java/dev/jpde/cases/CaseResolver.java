package dev.jpde.cases;

import dev.jpde.core.equation.SemilinearPde;
import dev.jpde.core.fft.Fft;
import dev.jpde.core.grid.PeriodicGrid1D;
import dev.jpde.core.initial.InitialCondition;
import dev.jpde.core.run.Simulation;
import dev.jpde.core.spectral.SpectralFilter;
import dev.jpde.core.time.TimeIntegrator;
import dev.jpde.io.casefile.CaseFileException;
import dev.jpde.io.casefile.CaseFiles;
import dev.jpde.io.casefile.CaseSpec;
import dev.jpde.io.casefile.RunSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Turns a case name or file into a validated {@link CaseSpec}, and a spec into a ready {@link Simulation}. */
public final class CaseResolver {
    private CaseResolver() {
    }

    /**
     * Loads a named case, or a case file when {@code nameOrFile} names an existing file.
     *
     * @throws CaseFileException for a bad case (positioned message)
     * @throws IllegalArgumentException for an unknown case name
     */
    public static CaseSpec load(String nameOrFile, List<String> overrides) {
        Path path = Path.of(nameOrFile);
        if (Files.isRegularFile(path)) {
            return CaseFiles.load(path, overrides);
        }
        return CaseFiles.parse(namedText(nameOrFile), nameOrFile + ".yaml", overrides);
    }

    /**
     * Loads a named case or case file of any solver: a {@link CaseSpec} for the time stepper, a
     * {@link dev.jpde.io.casefile.SolverCaseSpec} for a pluggable solver ({@code solver: NAME}).
     */
    public static RunSpec loadAny(String nameOrFile, List<String> overrides) {
        Path path = Path.of(nameOrFile);
        if (Files.isRegularFile(path)) {
            return CaseFiles.loadAny(path, overrides);
        }
        return CaseFiles.parseAny(namedText(nameOrFile), nameOrFile + ".yaml", overrides);
    }

    private static String namedText(String name) {
        return NamedCases.text(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown case \"" + name + "\"" + dev.jpde.core.spi.Suggestions.closest(name, NamedCases.names())
                        .map(s -> " (did you mean \"" + s + "\"?)").orElse("")
                        + "; run 'jpde list' for the named cases, or give a path to a case file"));
    }

    /** The simulation a case describes: grid, filter, equation, initial data, integrator and output times. */
    public static Simulation simulation(CaseSpec spec) {
        PeriodicGrid1D grid = spec.grid().toGrid();
        SpectralFilter filter = spec.filter().provider().create(spec.filter().parameters(), grid);
        Fft fft = spec.fft().provider().create(spec.fft().parameters());
        SemilinearPde pde = spec.equation().provider().create(spec.equation().parameters(), grid, filter, fft);
        InitialCondition initial = spec.initial().provider().create(spec.initial().parameters(),
                spec.equation().parameters(), spec.seed());
        TimeIntegrator integrator = spec.time().integrator().provider().create(spec.time().integrator().parameters());
        return new Simulation(pde, initial, integrator, spec.time().start(), spec.time().outputTimes(spec.output().count()));
    }
}
