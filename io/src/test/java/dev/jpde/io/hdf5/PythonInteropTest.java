package dev.jpde.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written here are read by the reference implementation: h5py (HDF5 1.10) must see the
 * layout, types and bit-identical values, and h5dump must list them.
 */
class PythonInteropTest {

    /** Prints, per set file, attributes, dtypes, shapes, dims labels and SHA-256 of every dataset. */
    private static final String DESCRIBE_SETS = """
            import h5py, hashlib, json, sys
            def describe(path):
                out = {"attrs": {}, "datasets": {}}
                with h5py.File(path, "r") as f:
                    for k, v in f.attrs.items():
                        out["attrs"][k] = v.decode() if isinstance(v, bytes) else v.item()
                    def visit(name, obj):
                        if isinstance(obj, h5py.Dataset):
                            a = obj[()]
                            le = a.astype(a.dtype.newbyteorder("<"))
                            out["datasets"][name] = {
                                "dtype": str(obj.dtype), "shape": list(obj.shape),
                                "dims": obj.attrs["dims"].decode(),
                                "complex": obj.attrs["complex"].decode() if "complex" in obj.attrs else None,
                                "sha256": hashlib.sha256(le.tobytes()).hexdigest()}
                    f.visititems(visit)
                    psi = f["tasks/psi"][()]
                    z = psi[..., 0] + 1j * psi[..., 1]
                    out["psi_last_im"] = repr(float(z[-1].flat[-1].imag))
                return out
            print(json.dumps([describe(p) for p in sys.argv[1:]]))
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void tools() {
        ExternalTools.requireInteropTools();
    }

    @Test
    void h5pyReadsFileSetsWithTheLayoutAndBitIdenticalValues() throws IOException {
        for (FileSetSpec spec : List.of(Fixtures.spec1d(dir, "line", 4), Fixtures.spec2d(dir, "plane", 4))) {
            Fixtures.Counters counters = new Fixtures.Counters();
            try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
                Fixtures.write(writer, spec, counters, 0, 6);
            }
            List<Path> sets = FileSets.list(dir, spec.caseName());
            assertEquals(2, sets.size());
            ExternalTools.Result result = ExternalTools.python(DESCRIBE_SETS,
                    sets.stream().map(Path::toString).toArray(String[]::new));
            assertEquals(0, result.exitCode(), result.stderr());
            JsonNode described = new ObjectMapper().readTree(result.stdout());
            for (int s = 0; s < 2; s++) {
                checkSet(spec, described.get(s), s + 1, s == 0 ? 0 : 4, s == 0 ? 4 : 2);
            }
        }
    }

    private static void checkSet(FileSetSpec spec, JsonNode set, int number, int first, int writes) {
        JsonNode attrs = set.get("attrs");
        assertEquals(spec.caseName(), attrs.get("case_name").asText());
        assertEquals(Fixtures.META.caseYaml(), attrs.get("case_yaml").asText());
        assertEquals(42L, attrs.get("seed").asLong());
        assertEquals(number, attrs.get("set_number").asInt());
        assertEquals("2026-11-26T12:00:00Z", attrs.get("created").asText());
        assertEquals("0.1.0-test", attrs.get("jpde_version").asText());
        assertEquals(0.125 * (first + writes), attrs.get("solver_wall_seconds").asDouble());
        assertEquals(4L * (first + writes), attrs.get("rhs_evaluations").asLong());

        boolean twoD = spec.spatialDimensions() == 2;
        int points = spec.nx() * spec.ny();
        double[] t = new double[writes];
        long[] iteration = new long[writes];
        double[] u = new double[writes * points];
        double[] psi = new double[2 * writes * points];
        double[] mass = new double[writes];
        for (int k = 0; k < writes; k++) {
            t[k] = Fixtures.time(first + k);
            iteration[k] = 10L * (first + k);
            System.arraycopy(Fixtures.real(spec, t[k]), 0, u, k * points, points);
            System.arraycopy(Fixtures.complex(spec, t[k]), 0, psi, 2 * k * points, 2 * points);
            mass[k] = Fixtures.diagnostics(t[k])[0];
        }
        JsonNode ds = set.get("datasets");
        String space = twoD ? " x y" : " x";
        String shape = twoD ? ", " + spec.nx() + ", " + spec.ny() : ", " + spec.nx();
        check(ds.get("tasks/psi"), "float64", "[" + writes + shape + ", 2]", "t" + space + " c", sha(psi));
        assertTrue(ds.get("tasks/psi").get("complex").asText().contains("(re, im)"));
        check(ds.get("tasks/u"), "float64", "[" + writes + shape + "]", "t" + space, sha(u));
        check(ds.get("scales/t"), "float64", "[" + writes + "]", "t", sha(t));
        check(ds.get("scales/iteration"), "int64", "[" + writes + "]", "t", sha(iteration));
        check(ds.get("scales/x"), "float64", "[" + spec.nx() + "]", "x", sha(spec.x()));
        check(ds.get("diagnostics/mass"), "float64", "[" + writes + "]", "t", sha(mass));
        assertEquals(twoD, ds.has("scales/y"));
        double lastIm = psi[psi.length - 1];
        assertEquals(lastIm, Double.parseDouble(set.get("psi_last_im").asText()),
                "z = psi[..., 0] + 1j psi[..., 1] recovers the complex field exactly");
    }

    private static void check(JsonNode dataset, String dtype, String shape, String dims, String sha) {
        assertEquals(dtype, dataset.get("dtype").asText());
        assertEquals(shape, dataset.get("shape").toString().replace(",", ", "));
        assertEquals(dims, dataset.get("dims").asText());
        assertEquals(sha, dataset.get("sha256").asText(), "bytes of the dataset as h5py reads them");
    }

    @Test
    void h5pyReadsGenericArraysAndAttributes() throws IOException {
        Path file = dir.resolve("weights.h5");
        double[] w = new double[3 * 2 * 4 * 2];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.cos(i) / 7;
        }
        H5Writer.writeAtomically(file, root -> {
            root.attribute("model", "fno1d").attribute("modes", 4).attribute("seed", 9L)
                    .attribute("losses", new double[] {0.5, 0.125});
            root.group("layer0").dataset("weights", w, 3, 2, 4, 2).attribute("dims", "in out k c");
            root.dataset("counts", new int[] {1, 2, 3});
            root.dataset("lr", 1e-3);
            root.dataset("note", "héllo");
        });
        String script = """
                import h5py, hashlib, json, sys
                with h5py.File(sys.argv[1], "r") as f:
                    w = f["layer0/weights"]
                    print(json.dumps({
                        "weights": [str(w.dtype), list(w.shape), hashlib.sha256(w[()].astype("<f8").tobytes()).hexdigest(),
                                    w.attrs["dims"].decode()],
                        "counts": [str(f["counts"].dtype), f["counts"][()].tolist()],
                        "lr": [list(f["lr"].shape), repr(float(f["lr"][()]))],
                        "note": f["note"][()].decode("utf-8"),
                        "attrs": [f.attrs["model"].decode(), int(f.attrs["modes"]), str(f.attrs["modes"].dtype),
                                  int(f.attrs["seed"]), str(f.attrs["seed"].dtype), f.attrs["losses"].tolist()]}))
                """;
        ExternalTools.Result result = ExternalTools.python(script, file.toString());
        assertEquals(0, result.exitCode(), result.stderr());
        JsonNode json = new ObjectMapper().readTree(result.stdout());
        assertEquals("[\"float64\",[3,2,4,2],\"" + sha(w) + "\",\"in out k c\"]", json.get("weights").toString());
        assertEquals("[\"int32\",[1,2,3]]", json.get("counts").toString());
        assertEquals("[[],\"0.001\"]", json.get("lr").toString());
        assertEquals("héllo", json.get("note").asText());
        assertEquals("[\"fno1d\",4,\"int32\",9,\"int64\",[0.5,0.125]]", json.get("attrs").toString());
    }

    @Test
    void h5dumpListsTheTasks() throws IOException {
        FileSetSpec spec = Fixtures.spec1d(dir, "dump", 3);
        Fixtures.Counters counters = new Fixtures.Counters();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            Fixtures.write(writer, spec, counters, 0, 3);
        }
        ExternalTools.Result result = ExternalTools.run(List.of("h5dump", "-H",
                dir.resolve("dump_s1.h5").toString()));
        assertEquals(0, result.exitCode(), result.stderr());
        String out = result.stdout();
        assertTrue(out.matches("(?s).*GROUP \"tasks\" \\{\\s*DATASET \"psi\" \\{\\s*DATATYPE\\s+H5T_IEEE_F64LE"
                + "\\s*DATASPACE\\s+SIMPLE \\{ \\( 3, 16, 2 \\).*"), out);
        assertTrue(out.contains("DATASET \"u\""), out);
        assertTrue(out.contains("ATTRIBUTE \"case_yaml\""), out);
        ExternalTools.Result one = ExternalTools.run(List.of("h5dump", "-d", "/tasks/psi", "-H",
                dir.resolve("dump_s1.h5").toString()));
        assertEquals(0, one.exitCode(), one.stderr());
        assertTrue(one.stdout().contains("DATASET \"/tasks/psi\""), one.stdout());
    }

    private static String sha(double[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asDoubleBuffer().put(values);
        return digest(bytes.array());
    }

    private static String sha(long[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(values);
        return digest(bytes.array());
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
