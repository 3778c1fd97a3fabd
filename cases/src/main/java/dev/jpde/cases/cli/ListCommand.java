package dev.jpde.cases.cli;

import dev.jpde.cases.NamedCases;
import dev.jpde.core.spi.Component;
import dev.jpde.core.spi.ComponentRegistry;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jpde list}: the named cases, and with {@code --components} the registered components. */
@Command(name = "list", description = "List the named cases (and, with --components, the registered components).")
final class ListCommand implements Callable<Integer> {
    @Option(names = "--components", description = "Also list equations, initial conditions, integrators and filters.")
    boolean components;

    @Override
    public Integer call() {
        System.out.println("Named cases (jpde describe NAME prints one):");
        for (String name : NamedCases.names()) {
            System.out.printf("  %-20s %s%n", name, NamedCases.description(name));
        }
        if (components) {
            section("Equations", ComponentRegistry.equations().all());
            section("Initial conditions", ComponentRegistry.initialConditions().all());
            section("Integrators", ComponentRegistry.integrators().all());
            section("Filters", ComponentRegistry.filters().all());
            section("FFT backends", ComponentRegistry.ffts().all());
            System.out.println();
            System.out.println("Solvers (case files with 'solver: NAME'; the default is the time stepper):");
            for (var solver : ComponentRegistry.solvers().all()) {
                System.out.printf("  %-22s %s%n", solver.name(), solver.description());
                for (var section : solver.sections()) {
                    System.out.printf("    %s: %s%s%n", section.name(), section.description(),
                            section.optional() ? " (optional: absent = off)" : "");
                    section.parameters().forEach(p -> System.out.printf("      %-16s %-12s %s%s%n", p.name(),
                            p.type().name().toLowerCase(), p.description(), p.required() ? " (required)" : ""));
                }
            }
        }
        return 0;
    }

    private static void section(String title, List<? extends Component> all) {
        System.out.println();
        System.out.println(title + ":");
        for (Component c : all) {
            System.out.printf("  %-22s %s%n", c.name(), c.description());
            c.parameters().forEach(p -> System.out.printf("      %-14s %-8s %s%s%n", p.name(), p.type().name().toLowerCase(),
                    p.description(), p.required() ? " (required)" : " (default " + p.defaultValue() + ")"));
        }
    }
}
