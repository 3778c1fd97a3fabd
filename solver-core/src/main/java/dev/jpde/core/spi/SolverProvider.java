package dev.jpde.core.spi;

import java.util.List;
import java.util.Map;

/**
 * A solver other than the built-in time stepper, chosen by a case file's top-level {@code solver: NAME} (e.g.
 * {@code gp-hm}). It declares the sections it reads and their parameters, so case files are validated with positioned
 * errors before it runs, and it makes a {@link SolverRun} from the validated values. Registered as a ServiceLoader
 * service; the front end runs any registered solver the same way.
 */
public interface SolverProvider extends Component {
    /** The sections of a case file this solver reads, in file order. */
    List<SectionSpec> sections();

    /**
     * Checks the section values together, beyond what each parameter's own spec can (called by the case-file reader
     * after every parameter has been read, so {@code jpde validate} catches these too). The default accepts all. The
     * map holds the same entries as {@link #create}'s.
     *
     * @throws InvalidParameterException naming the offending section and key
     */
    default void check(Map<String, Parameters> sections) {
    }

    /**
     * A run from validated section values and the case's seed: one entry per required section, and one per
     * {@linkplain SectionSpec#optional optional} section that the case gives.
     */
    SolverRun create(Map<String, Parameters> sections, long seed);
}
