package dev.jpde.io.hdf5;

import java.time.Instant;
import java.util.Objects;

/**
 * What identifies a run and is known before it starts; written as root attributes of every set.
 *
 * @param jpdeVersion the jpde version that produced the data ({@code jpde_version})
 * @param caseYaml    the fully resolved case YAML, defaults and overrides applied, so that the
 *                    file alone reproduces the run ({@code case_yaml})
 * @param seed        the seed of every random choice of the run ({@code seed}, int64)
 * @param created     when the run started ({@code created}, ISO-8601 UTC, e.g.
 *                    {@code 2026-11-26T12:37:00Z})
 */
public record RunMetadata(String jpdeVersion, String caseYaml, long seed, Instant created) {

    public RunMetadata {
        Objects.requireNonNull(jpdeVersion, "jpdeVersion");
        Objects.requireNonNull(caseYaml, "caseYaml");
        Objects.requireNonNull(created, "created");
    }
}
