package dev.jpde.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analytic test series: write {@code w} happens at {@code t = 0.25 w}, iteration {@code 10 w},
 * wall time {@code 0.5 w}. The real field is {@code u = sin(x + y/2 - t) + t/10}, the complex
 * field {@code psi = (1 + t) exp(i (2x - y - t))}, and the diagnostics are {@code mass = 1 + t}
 * and {@code energy = t^2}. Expected values are recomputed with the same expressions, so every
 * comparison can be bit-exact.
 */
final class Fixtures {

    static final RunMetadata META = new RunMetadata("0.1.0-test", "case: demo\ngrid:\n  nx: 16\n",
            42L, Instant.parse("2026-11-26T12:00:00Z"));

    private Fixtures() {
    }

    static double time(int write) {
        return 0.25 * write;
    }

    static double[] grid(int n, double length) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = length * i / n;
        }
        return g;
    }

    static FileSetSpec spec1d(Path dir, String caseName, int maxWrites) {
        return new FileSetSpec(dir, caseName, maxWrites, grid(16, 2 * Math.PI), null,
                List.of(FieldSpec.real("u"), FieldSpec.complex("psi")),
                List.of("mass", "energy"), META);
    }

    static FileSetSpec spec2d(Path dir, String caseName, int maxWrites) {
        return new FileSetSpec(dir, caseName, maxWrites, grid(6, 2 * Math.PI), grid(5, Math.PI),
                List.of(FieldSpec.real("u"), FieldSpec.complex("psi")),
                List.of("mass", "energy"), META);
    }

    /** {@code u} on the grid of {@code spec} at time {@code t}, flat, index {@code i*ny + j}. */
    static double[] real(FileSetSpec spec, double t) {
        double[] x = spec.x();
        double[] y = spec.spatialDimensions() == 2 ? spec.y() : new double[] {0};
        double[] out = new double[x.length * y.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                out[i * y.length + j] = Math.sin(x[i] + 0.5 * y[j] - t) + 0.1 * t;
            }
        }
        return out;
    }

    /** {@code psi} on the grid at time {@code t}, interleaved {@code re, im}. */
    static double[] complex(FileSetSpec spec, double t) {
        double[] x = spec.x();
        double[] y = spec.spatialDimensions() == 2 ? spec.y() : new double[] {0};
        double[] out = new double[2 * x.length * y.length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                double phase = 2 * x[i] - y[j] - t;
                out[2 * (i * y.length + j)] = (1 + t) * Math.cos(phase);
                out[2 * (i * y.length + j) + 1] = (1 + t) * Math.sin(phase);
            }
        }
        return out;
    }

    static double[] diagnostics(double t) {
        return new double[] {1 + t, t * t};
    }

    /**
     * Writes writes {@code from} (inclusive) to {@code to} (exclusive), reusing one map and
     * overwriting the same arrays each time, as a solver would, and advancing {@code counters}.
     */
    static void write(FileSetWriter writer, FileSetSpec spec, Counters counters, int from, int to)
            throws IOException {
        Map<String, double[]> fields = new LinkedHashMap<>();
        double[] u = new double[spec.nx() * spec.ny()];
        double[] psi = new double[2 * u.length];
        fields.put("u", u);
        fields.put("psi", psi);
        double[] diag = new double[2];
        for (int w = from; w < to; w++) {
            double t = time(w);
            System.arraycopy(real(spec, t), 0, u, 0, u.length);
            System.arraycopy(complex(spec, t), 0, psi, 0, psi.length);
            System.arraycopy(diagnostics(t), 0, diag, 0, 2);
            counters.rhs += 4;
            counters.wall += 0.125;
            writer.write(t, 10L * w, 0.5 * w, fields, diag);
        }
    }

    /** A caller-updated progress source: 4 RHS evaluations and 0.125 s per write. */
    static final class Counters implements RunProgress {
        double wall;
        long rhs;

        @Override
        public double solverWallSeconds() {
            return wall;
        }

        @Override
        public long rhsEvaluations() {
            return rhs;
        }

        @Override
        public Map<String, ?> extraAttributes() {
            return Map.of("dt_min", 1e-3);
        }
    }
}
