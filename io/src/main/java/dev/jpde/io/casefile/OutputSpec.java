package dev.jpde.io.casefile;

import java.util.List;

/**
 * What a run writes.
 *
 * @param count     number of output times, >= 1, at {@link TimeSpec#outputTimes(int)}
 * @param fields    field names to write: {@code psi} for complex-field equations, {@code u} for real ones
 * @param maxWrites upper bound on snapshots written, >= 1
 */
public record OutputSpec(int count, List<String> fields, int maxWrites) {

    public OutputSpec {
        fields = List.copyOf(fields);
    }
}
