package dev.jpde.cases.cli;

import dev.jpde.core.time.NonFiniteStateException;
import dev.jpde.io.casefile.CaseFileException;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code jpde} command. */
@Command(name = "jpde", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "jpde 0.1.0",
        description = "Spectral PDE solvers: run named cases or case files, write HDF5, inspect and plot results.",
        subcommands = {ListCommand.class, DescribeCommand.class, RunCommand.class, ValidateCommand.class,
            InfoCommand.class, PlotCommand.class, PredictCommand.class, FnoCommand.class,
            CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public final class Jpde implements Runnable {
    /** A run that started but failed (blow-up, I/O error). */
    public static final int RUN_FAILED = 1;
    /** Bad usage or a bad case file. */
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (no System.exit). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Jpde());
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("jpde: " + message(ex));
            return exitCode(ex);
        });
        return cl.execute(args);
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof CaseFileException || ex instanceof IllegalArgumentException
                || ex instanceof java.nio.file.NoSuchFileException) {
            return BAD_INPUT;
        }
        return RUN_FAILED;
    }

    static String message(Throwable ex) {
        if (ex instanceof CaseFileException) {
            return ex.getMessage();
        }
        if (ex instanceof NonFiniteStateException) {
            return "run failed: " + ex.getMessage();
        }
        if (ex instanceof java.nio.file.NoSuchFileException) {
            return "no such file: " + ex.getMessage();
        }
        String m = ex.getMessage();
        return (ex instanceof IllegalArgumentException ? "" : ex.getClass().getSimpleName() + ": ") + (m == null ? "" : m);
    }
}
