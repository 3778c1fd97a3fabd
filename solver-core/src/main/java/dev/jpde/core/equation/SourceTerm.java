package dev.jpde.core.equation;

/** A prescribed real source {@code f(x, t)}, e.g. the forcing of a manufactured solution. */
@FunctionalInterface
public interface SourceTerm {
    double value(double x, double t);
}
