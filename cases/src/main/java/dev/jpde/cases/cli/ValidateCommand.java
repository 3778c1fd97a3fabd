package dev.jpde.cases.cli;

import dev.jpde.io.casefile.CaseFileException;
import dev.jpde.io.casefile.CaseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jpde validate FILE...}: checks case files without running them. */
@Command(name = "validate", description = "Check case files; print 'file: ok' or 'file:line:col: path: message'.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "YAML case files.")
    List<Path> files;

    @Override
    public Integer call() {
        int code = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println(f + ": no such file");
                code = Jpde.BAD_INPUT;
                continue;
            }
            try {
                CaseFiles.loadAny(f, List.of());
                System.out.println(f + ": ok");
            } catch (CaseFileException e) {
                System.err.println(e.getMessage());
                code = Jpde.BAD_INPUT;
            }
        }
        return code;
    }
}
