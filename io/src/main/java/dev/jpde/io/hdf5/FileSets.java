package dev.jpde.io.hdf5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Names of the files of one output file set: {@code <case>_s<k>.h5} with the XDMF sidecar
 * {@code <case>_s<k>.xmf}, {@code k = 1, 2, ...} in order of time.
 */
public final class FileSets {

    private FileSets() {
    }

    /** {@code <caseName>_s<set>.h5}. */
    public static String setFileName(String caseName, int set) {
        return caseName + "_s" + set + ".h5";
    }

    /** {@code <caseName>_s<set>.xmf}, the ParaView sidecar of a set. */
    public static String sidecarFileName(String caseName, int set) {
        return caseName + "_s" + set + ".xmf";
    }

    /** The set number {@code k} if {@code fileName} is {@code <caseName>_s<k>.h5}. */
    public static OptionalInt setNumber(String fileName, String caseName) {
        Matcher m = setPattern(caseName, "h5").matcher(fileName);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /**
     * The completed sets of {@code caseName} in {@code directory}, ordered by set number;
     * empty if the directory does not exist. Temporary files are never listed.
     */
    public static List<Path> list(Path directory, String caseName) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> sets = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(p -> setNumber(p.getFileName().toString(), caseName).isPresent())
                    .forEach(sets::add);
        }
        sets.sort(Comparator.comparingInt(
                p -> setNumber(p.getFileName().toString(), caseName).getAsInt()));
        return sets;
    }

    /**
     * Deletes the sets of {@code caseName} in {@code directory}, their sidecars and any temporary
     * files a killed writer left behind. Other files are left alone.
     */
    public static void delete(Path directory, String caseName) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Pattern h5 = setPattern(caseName, "h5");
        Pattern xmf = setPattern(caseName, "xmf");
        Pattern tmp = Pattern.compile("\\." + Pattern.quote(caseName)
                + "_s[0-9]+\\.(h5|xmf)\\.tmp-.*");
        List<Path> doomed = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(p -> {
                String name = p.getFileName().toString();
                return h5.matcher(name).matches() || xmf.matcher(name).matches()
                        || tmp.matcher(name).matches();
            }).forEach(doomed::add);
        }
        for (Path p : doomed) {
            Files.deleteIfExists(p);
        }
    }

    /** True for the hidden names under which files are written before being moved into place. */
    public static boolean isTemporary(String fileName) {
        return AtomicFiles.isTemporary(fileName);
    }

    private static Pattern setPattern(String caseName, String extension) {
        return Pattern.compile(Pattern.quote(caseName) + "_s([1-9][0-9]{0,8})\\." + extension);
    }
}
