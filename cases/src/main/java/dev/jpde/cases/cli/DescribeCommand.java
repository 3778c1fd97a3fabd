package dev.jpde.cases.cli;

import dev.jpde.cases.NamedCases;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jpde describe CASE}: prints a named case's YAML. */
@Command(name = "describe", description = "Print a named case's YAML; save it, edit it, run it with 'jpde run FILE'.")
final class DescribeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE", completionCandidates = CaseNames.class, description = "A named case.")
    String name;

    @Override
    public Integer call() {
        System.out.print(NamedCases.text(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown case \"" + name + "\"; run 'jpde list' for the named cases")));
        return 0;
    }
}
