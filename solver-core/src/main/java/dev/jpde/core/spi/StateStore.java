package dev.jpde.core.spi;

/**
 * Where a long solver run keeps its restart state so that an interrupted run can continue: the solver
 * {@link #save saves} a {@link RunSnapshot} at its checkpoints and, when started, {@link #load loads} the one an
 * earlier run of the same case left. Implemented by the front end (the CLI keeps it in an HDF5 file through the io
 * module, written atomically, so an interruption during a save leaves the previous state intact); solver modules
 * never do I/O themselves.
 */
public interface StateStore {
    /** The state saved by an earlier run of this case, or null if there is none. */
    RunSnapshot load();

    /** Replaces the saved state with {@code snapshot}; failures are thrown as unchecked exceptions. */
    void save(RunSnapshot snapshot);
}
