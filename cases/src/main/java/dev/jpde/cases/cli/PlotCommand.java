package dev.jpde.cases.cli;

import dev.jpde.io.hdf5.FileSetData;
import dev.jpde.io.hdf5.FileSetReader;
import dev.jpde.io.plot.SpaceTimePlot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jpde plot FILE.h5|DIR}: a PNG of |field| over space and time and the diagnostic drifts. */
@Command(name = "plot", description = "Plot |field| over x and t and the diagnostic drifts of a run as a PNG.")
final class PlotCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.h5|DIR", description = "One set file, or a run directory (all sets joined).")
    Path input;

    @Option(names = "--field", description = "Field to draw (default: the first).")
    String field;

    @Option(names = "--out", paramLabel = "PNG", description = "Output PNG (default: <case>.png beside the input).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path setFile = input;
        if (Files.isDirectory(input)) {
            try (var files = Files.list(input)) {
                setFile = files.filter(p -> p.getFileName().toString().matches(".*_s\\d+\\.h5")).sorted().findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no file sets (*_sN.h5) in " + input));
            }
        } else if (!Files.isRegularFile(input)) {
            throw new IllegalArgumentException("no such file or directory: " + input);
        }
        String caseName;
        String chosen;
        try (FileSetReader r = FileSetReader.open(setFile)) {
            caseName = String.valueOf(r.rootAttributes().get("case_name"));
            chosen = field != null ? field : r.fieldNames().get(0);
        }
        FileSetData data = Files.isDirectory(input) ? FileSetReader.readAll(input, caseName)
                : FileSetReader.readAll(setFile.toAbsolutePath().getParent(), caseName);
        Path png = out != null ? out : setFile.toAbsolutePath().getParent().resolve(caseName + ".png");
        SpaceTimePlot.write(data, chosen, caseName, png);
        System.out.println("wrote " + png);
        return 0;
    }
}
