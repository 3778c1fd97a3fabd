package dev.jpde.io.hdf5;

import java.nio.file.Path;
import java.util.List;

/**
 * Child process for {@link KilledWriterTest}: writes the {@link Fixtures} series with
 * {@code nx} points forever, sleeping between writes, and prints {@code WRITE w} after every
 * write and {@code SET k} after every completed set, until it is killed.
 *
 * <p>Arguments: directory, case name, writes per set, milliseconds between writes, nx.
 */
public final class SlowSetWriterMain {

    private SlowSetWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int maxWrites = Integer.parseInt(args[2]);
        long sleep = Long.parseLong(args[3]);
        FileSetSpec spec = spec(dir, args[1], maxWrites, Integer.parseInt(args[4]));
        Fixtures.Counters counters = new Fixtures.Counters();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            int sets = 0;
            for (int w = 0; ; w++) {
                Fixtures.write(writer, spec, counters, w, w + 1);
                System.out.println("WRITE " + w);
                if (writer.completedSets().size() > sets) {
                    sets = writer.completedSets().size();
                    System.out.println("SET " + sets);
                }
                System.out.flush();
                if (sleep > 0) {
                    Thread.sleep(sleep);
                }
            }
        }
    }

    /** The series the child writes; the test rebuilds it to check the files. */
    static FileSetSpec spec(Path dir, String caseName, int maxWrites, int nx) {
        return new FileSetSpec(dir, caseName, maxWrites, Fixtures.grid(nx, 2 * Math.PI), null,
                List.of(FieldSpec.real("u"), FieldSpec.complex("psi")), List.of("mass", "energy"),
                Fixtures.META);
    }
}
