package dev.jpde.operators.io;

import dev.jpde.core.fft.Fft;
import dev.jpde.io.hdf5.H5File;
import dev.jpde.operators.Fno2d;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Saves and loads {@link Fno2d} parameters as HDF5 under their PyTorch {@code state_dict} keys, in
 * the layout of {@link FnoWeights} (package documentation): {@code /params/conv0.weights1} of shape
 * {@code (width, width, modes1, modes2, 2)}, {@code /params/w0.weight} of shape
 * {@code (width, width, 1, 1)}, and so on. Loading is strict in the same way. The architecture is
 * read off the tensor shapes, except the padding, which no tensor shows: it is the root attribute
 * {@code padding}. The grid is not part of the file (root attributes {@code grid_x}, {@code grid_y}
 * record the one saved from, for information): the same weights evaluate on any grid.
 */
public final class Fno2dWeights {

    private Fno2dWeights() {
    }

    /** Writes the model's parameter values (not the gradients) to {@code file}, atomically. */
    public static void save(Fno2d model, Path file) throws IOException {
        save(model, file, false);
    }

    /**
     * Writes the parameter values and, if {@code gradients}, the accumulated gradients to
     * {@code file}, atomically; the architecture goes into root attributes.
     */
    public static void save(Fno2d model, Path file, boolean gradients) throws IOException {
        Fno2d.Config c = model.config();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("format", "jpde FNO-2d state_dict");
        attributes.put("modes1", c.modes1());
        attributes.put("modes2", c.modes2());
        attributes.put("width", c.width());
        attributes.put("layers", c.layers());
        attributes.put("projection_width", c.projectionWidth());
        attributes.put("padding", c.padding());
        attributes.put("grid_x", model.sizeX());
        attributes.put("grid_y", model.sizeY());
        FnoWeights.save(file, attributes, model.parameters(), gradients);
    }

    /** Reads the values of every parameter of {@code model} from {@code file} (strict). */
    public static void load(Path file, Fno2d model) throws IOException {
        try (H5File h5 = H5File.open(file)) {
            FnoWeights.read(h5, "/" + FnoWeights.PARAMS, model.parameters());
        }
    }

    /**
     * The architecture stored in {@code file}: width from {@code fc0.weight}, modes from
     * {@code conv0.weights1}, layers from the number of {@code conv{l}.weights1}, projection
     * width from {@code fc1.weight}, padding from the root attribute {@code padding}.
     */
    public static Fno2d.Config config(Path file) throws IOException {
        try (H5File h5 = H5File.open(file)) {
            return config(h5);
        }
    }

    /** A new model for an {@code sx x sy} grid with the architecture and parameter values of {@code file}. */
    public static Fno2d read(Path file, int sx, int sy, Fft fft) throws IOException {
        try (H5File h5 = H5File.open(file)) {
            Fno2d model = new Fno2d(config(h5), sx, sy, fft);
            FnoWeights.read(h5, "/" + FnoWeights.PARAMS, model.parameters());
            return model;
        }
    }

    /** As {@link #read(Path, int, int, Fft)} with the default FFT backend. */
    public static Fno2d read(Path file, int sx, int sy) throws IOException {
        return read(file, sx, sy, Fft.jtransforms());
    }

    private static Fno2d.Config config(H5File h5) {
        String g = "/" + FnoWeights.PARAMS + "/";
        FnoWeights.requireDatasets(h5, "FNO-2d", "fc0.weight", "conv0.weights1", "conv0.weights2", "fc1.weight");
        int[] spectral = h5.shape(g + "conv0.weights1");
        if (spectral.length != 5 || h5.shape(g + "fc0.weight")[1] != 3) {
            throw new IllegalArgumentException(h5.path() + ": conv0.weights1 has shape "
                    + Arrays.toString(spectral) + " and fc0.weight lifts "
                    + h5.shape(g + "fc0.weight")[1] + " inputs; not an FNO-2d state_dict");
        }
        if (!h5.attributes("/").containsKey("padding")) {
            throw new IllegalArgumentException(h5.path() + ": no root attribute 'padding'; build the "
                    + "Fno2d with its Config and use load(file, model)");
        }
        return new Fno2d.Config(spectral[2], spectral[3], h5.shape(g + "fc0.weight")[0],
                FnoWeights.countLayers(h5), h5.shape(g + "fc1.weight")[0],
                (int) h5.longAttribute("/", "padding"));
    }
}
