package dev.jpde.io.hdf5;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import java.lang.reflect.Array;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes a finished {@link TreeGroup} to one new file with jhdf. jhdf writes everything in
 * {@code close()}, reading the arrays it was given only then, so the tree must stay unchanged
 * until {@link #write} returns.
 *
 * <p>Layout: datasets are contiguous, except arrays whose innermost extent is at most
 * {@value #SHORT_ROW} (the {@code (re, im)} axis of complex data) and whose rank is at least 3.
 * jhdf writes a contiguous dataset with one channel write per innermost row, which for a trailing
 * axis of length 2 means one system call per complex number (measured: 3.2 s for 50x256x256x2
 * doubles). Those datasets are chunked instead, one chunk per index of the first axis (0.6 s), which
 * is also the natural read unit (one write of a time series). Chunked datasets need HDF5 1.10 or
 * newer on the reading side.
 */
final class JhdfEmitter {

    /** Innermost extents up to this size trigger the chunked layout. */
    static final int SHORT_ROW = 4;

    /** jhdf encodes a chunked dataset into one byte[]; above this size we stay contiguous. */
    private static final long MAX_CHUNKED_BYTES = Integer.MAX_VALUE - 1024L;

    private JhdfEmitter() {
    }

    /** Writes {@code root} as the root group of the new file {@code file}. */
    static void write(TreeGroup root, Path file) {
        try (WritableHdfFile out = HdfFile.write(file)) {
            emit(root, out);
        }
    }

    private static void emit(TreeGroup group, WritableGroup target) {
        group.attributes().forEach(target::putAttribute);
        for (Map.Entry<String, Object> child : group.children().entrySet()) {
            if (child.getValue() instanceof TreeGroup sub) {
                emit(sub, target.putGroup(child.getKey()));
            } else {
                TreeDataset dataset = (TreeDataset) child.getValue();
                WritableDataset written = target.putDataset(child.getKey(), dataset.data(),
                        optionsFor(dataset.data()));
                dataset.attributes().forEach(written::putAttribute);
            }
        }
    }

    /** Chooses the storage layout of one dataset; see the class comment. */
    static DatasetCreationOptions optionsFor(Object data) {
        int[] dims = dimensions(data);
        if (dims.length < 3 || dims[dims.length - 1] > SHORT_ROW || !isDoubleArray(data)) {
            return DatasetCreationOptions.DEFAULT;
        }
        long bytes = Double.BYTES;
        for (int n : dims) {
            bytes *= n;
        }
        if (bytes > MAX_CHUNKED_BYTES) {
            return DatasetCreationOptions.DEFAULT;
        }
        int[] chunk = Arrays.copyOf(dims, dims.length);
        chunk[0] = 1;
        return DatasetCreationOptions.builder().chunkDimensions(chunk).build();
    }

    /** Extents of a rectangular nested array (empty for a scalar). */
    static int[] dimensions(Object data) {
        int[] dims = new int[0];
        Object current = data;
        while (current != null && current.getClass().isArray()) {
            int n = Array.getLength(current);
            dims = Arrays.copyOf(dims, dims.length + 1);
            dims[dims.length - 1] = n;
            current = n > 0 && !current.getClass().getComponentType().isPrimitive()
                    ? Array.get(current, 0) : null;
        }
        return dims;
    }

    private static boolean isDoubleArray(Object data) {
        Class<?> type = data.getClass();
        while (type.isArray()) {
            type = type.getComponentType();
        }
        return type == double.class;
    }
}
