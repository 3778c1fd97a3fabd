package dev.jpde.io.hdf5;

import dev.jpde.core.spi.RunSnapshot;
import dev.jpde.core.spi.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A {@link StateStore} in one HDF5 file, tied to one case: every {@link #save} rewrites the file atomically
 * (temporary file, then rename), so an interruption leaves the previous state whole. Layout: root attributes
 * {@code format}, {@code case_name}, {@code case_yaml} (the resolved case, which a state must match to be loaded),
 * {@code saved}; the snapshot's arrays as 1-D float64 datasets in {@code /state} and its scalars as attributes of
 * {@code /state} (names of empty arrays in the attribute {@code empty_arrays}). Readable with h5py like any other jpde
 * file.
 */
public final class StateFile implements StateStore {
    static final String FORMAT = "jpde run state";
    private final Path file;
    private final String caseName;
    private final String caseYaml;
    private final Predicate<String> acceptsOther;

    /**
     * @param file     the state file (need not exist yet)
     * @param caseName the case's name, for messages
     * @param caseYaml the resolved case text: a state saved under another text is refused
     */
    public StateFile(Path file, String caseName, String caseYaml) {
        this(file, caseName, caseYaml, saved -> false);
    }

    /**
     * As {@link #StateFile(Path, String, String)}, also loading a state saved under another case text when
     * {@code acceptsOther} accepts that text (for example the same case with a longer step budget). Saves always
     * record {@code caseYaml}.
     */
    public StateFile(Path file, String caseName, String caseYaml, Predicate<String> acceptsOther) {
        this.file = file;
        this.caseName = caseName;
        this.caseYaml = caseYaml;
        this.acceptsOther = acceptsOther;
    }

    @Override
    public RunSnapshot load() {
        if (!Files.exists(file)) {
            return null;
        }
        try (H5File h5 = H5File.open(file)) {
            Map<String, Object> root = h5.attributes("/");
            if (!FORMAT.equals(root.get("format")) || !h5.exists("/state")) {
                throw new IllegalArgumentException(file + ": not a jpde run-state file");
            }
            Object saved = root.get("case_yaml");
            if (!caseYaml.equals(saved) && !(saved instanceof String text && acceptsOther.test(text))) {
                throw new IllegalArgumentException(file + ": state saved by a run of " + (root.get("case_name") == null
                        ? "another case" : "case '" + root.get("case_name") + "'") + " with other settings than "
                        + "this run of '" + caseName + "'; delete the file or name another one");
            }
            Map<String, double[]> arrays = new LinkedHashMap<>();
            for (String name : h5.children("/state")) {
                arrays.put(name, h5.readDoubles("/state/" + name).data());
            }
            Map<String, Object> scalars = new LinkedHashMap<>();
            h5.attributes("/state").forEach((k, v) -> {
                if (k.equals("empty_arrays")) {
                    for (String name : (String[]) v) {
                        arrays.put(name, new double[0]);
                    }
                } else {
                    scalars.put(k, v instanceof Integer i ? Long.valueOf(i) : v);
                }
            });
            return new RunSnapshot(arrays, scalars);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the saved state: " + e.getMessage(), e);
        }
    }

    @Override
    public void save(RunSnapshot snapshot) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            H5Writer.writeAtomically(file, root -> {
                root.attribute("format", FORMAT);
                root.attribute("case_name", caseName);
                root.attribute("case_yaml", caseYaml);
                root.attribute("saved", Instant.now().toString());
                GroupWriter state = root.group("state");
                List<String> empty = new ArrayList<>();
                snapshot.arrays().forEach((name, v) -> {
                    if (v.length == 0) {
                        empty.add(name);
                    } else {
                        state.dataset(name, v);
                    }
                });
                if (!empty.isEmpty()) {
                    state.attribute("empty_arrays", empty.toArray(String[]::new));
                }
                snapshot.scalars().forEach(state::attribute);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot save the run state: " + e.getMessage(), e);
        }
    }

    /** The file this store uses. */
    public Path file() {
        return file;
    }

    @Override
    public String toString() {
        return "StateFile[" + file + ", case " + caseName + "]";
    }
}
