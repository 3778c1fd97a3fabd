package dev.jpde.cases.cli;

import dev.jpde.io.hdf5.FileSetReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jpde info FILE.h5}: the attributes and datasets of an output file. */
@Command(name = "info", description = "Show what an HDF5 output file holds.")
final class InfoCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.h5")
    Path file;

    @Override
    public Integer call() throws Exception {
        try (FileSetReader reader = FileSetReader.open(file)) {
            System.out.print(reader.summary());
        }
        return 0;
    }
}
