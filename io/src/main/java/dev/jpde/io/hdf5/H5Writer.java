package dev.jpde.io.hdf5;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Writes one HDF5 file of named arrays and attributes, atomically. This is the path for
 * anything that is not a time series: FNO weights, GP posteriors, benchmark tables.
 *
 * <pre>{@code
 * H5Writer.writeAtomically(dir.resolve("fno.h5"), root -> {
 *     root.attribute("jpde_version", "0.1.0");
 *     GroupWriter layer = root.group("layer0");
 *     layer.dataset("weights", w, in, out, modes, 2).attribute("dims", "in out k c");
 *     layer.dataset("bias", b);
 * });
 * }</pre>
 *
 * <p>The file appears under {@code target} only when it is complete (see {@link AtomicFiles});
 * an existing file there is replaced. Callers never see jhdf types.
 */
public final class H5Writer {

    private H5Writer() {
    }

    /**
     * Lets {@code contents} fill the root group in memory, then writes the file. The arrays are
     * copied as they are added, so {@code contents} may reuse its buffers.
     *
     * @throws IOException if the file cannot be written; no partial file is left at {@code target}
     */
    public static void writeAtomically(Path target, Consumer<? super GroupWriter> contents)
            throws IOException {
        TreeGroup root = new TreeGroup();
        contents.accept(root);
        write(root, target);
    }

    /** Writes an already assembled tree (arrays not copied); used by {@link FileSetWriter}. */
    static void write(TreeGroup root, Path target) throws IOException {
        AtomicFiles.replace(target, temporary -> JhdfEmitter.write(root, temporary));
    }
}
