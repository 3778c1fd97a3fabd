package dev.jpde.operators.io;

import dev.jpde.core.fft.Fft;
import dev.jpde.io.hdf5.GroupWriter;
import dev.jpde.io.hdf5.H5File;
import dev.jpde.io.hdf5.H5Writer;
import dev.jpde.io.hdf5.ShapedArray;
import dev.jpde.operators.Fno1d;
import dev.jpde.operators.Parameter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Saves and loads {@link Fno1d} parameters as HDF5 under their PyTorch {@code state_dict} keys
 * (layout in the package documentation). Loading is strict, like {@code load_state_dict(strict=True)}:
 * every key of the model must be present with exactly its shape, and the file may hold no other.
 */
public final class FnoWeights {

    /** The group holding the parameter values. */
    public static final String PARAMS = "params";
    /** The group holding the accumulated gradients, if saved. */
    public static final String GRADS = "grads";

    private FnoWeights() {
    }

    /** Writes the model's parameter values (not the gradients) to {@code file}, atomically. */
    public static void save(Fno1d model, Path file) throws IOException {
        save(model, file, false);
    }

    /**
     * Writes the parameter values and, if {@code gradients}, the accumulated gradients to
     * {@code file}, atomically; the architecture goes into root attributes.
     */
    public static void save(Fno1d model, Path file, boolean gradients) throws IOException {
        Fno1d.Config c = model.config();
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("format", "jpde FNO-1d state_dict");
        attributes.put("modes", c.modes());
        attributes.put("width", c.width());
        attributes.put("layers", c.layers());
        attributes.put("projection_width", c.projectionWidth());
        save(file, attributes, model.parameters(), gradients);
    }

    /**
     * Writes {@code attributes} and the complex-layout note to the root, the parameter values to
     * {@link #PARAMS} and, if {@code gradients}, the accumulated gradients to {@link #GRADS},
     * atomically.
     */
    static void save(Path file, Map<String, Object> attributes, Map<String, Parameter> parameters,
                     boolean gradients) throws IOException {
        H5Writer.writeAtomically(file, root -> {
            attributes.forEach(root::attribute);
            root.attribute("complex_layout", "last axis = (re, im)");
            write(root.group(PARAMS), parameters, Parameter::value);
            if (gradients) {
                write(root.group(GRADS), parameters, Parameter::grad);
            }
        });
    }

    /**
     * Adds one dataset per parameter to {@code group}, named by its key and shaped as the
     * parameter, holding {@code content} (values or gradients) of each.
     */
    public static void write(GroupWriter group, Map<String, Parameter> parameters,
                             Function<Parameter, double[]> content) {
        parameters.forEach((key, p) -> group.dataset(key, content.apply(p), p.shape())
                .attribute("dims", dims(p)));
    }

    /** Reads the values of every parameter of {@code model} from {@code file} (strict). */
    public static void load(Path file, Fno1d model) throws IOException {
        try (H5File h5 = H5File.open(file)) {
            read(h5, "/" + PARAMS, model.parameters());
        }
    }

    /**
     * Copies dataset {@code group/key} into the values of each parameter; fails unless the group
     * holds exactly these keys with exactly these shapes.
     */
    public static void read(H5File file, String group, Map<String, Parameter> parameters) {
        List<String> present = file.children(group);
        List<String> unexpected = new ArrayList<>(present);
        unexpected.removeAll(parameters.keySet());
        List<String> missing = new ArrayList<>(parameters.keySet());
        missing.removeAll(present);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new IllegalArgumentException(file.path() + group + ": missing keys " + missing
                    + ", unexpected keys " + unexpected);
        }
        parameters.forEach((key, p) -> {
            ShapedArray a = file.readDoubles(group + "/" + key);
            if (!Arrays.equals(a.shape(), p.shape())) {
                throw new IllegalArgumentException(file.path() + group + "/" + key + ": shape "
                        + Arrays.toString(a.shape()) + ", model expects " + Arrays.toString(p.shape()));
            }
            System.arraycopy(a.data(), 0, p.value(), 0, p.size());
        });
    }

    /**
     * The architecture stored in {@code file}, read off the tensor shapes: width from
     * {@code fc0.weight}, modes from {@code conv0.weights1}, layers from the number of
     * {@code conv{l}.weights1}, projection width from {@code fc1.weight}.
     */
    public static Fno1d.Config config(Path file) throws IOException {
        try (H5File h5 = H5File.open(file)) {
            return config(h5);
        }
    }

    /** A new model with the architecture and parameter values of {@code file}. */
    public static Fno1d read(Path file, Fft fft) throws IOException {
        try (H5File h5 = H5File.open(file)) {
            Fno1d model = new Fno1d(config(h5), fft);
            read(h5, "/" + PARAMS, model.parameters());
            return model;
        }
    }

    /** As {@link #read(Path, Fft)} with the default FFT backend. */
    public static Fno1d read(Path file) throws IOException {
        return read(file, Fft.jtransforms());
    }

    private static Fno1d.Config config(H5File h5) {
        String g = "/" + PARAMS + "/";
        requireDatasets(h5, "FNO-1d", "fc0.weight", "conv0.weights1", "fc1.weight");
        return new Fno1d.Config(h5.shape(g + "conv0.weights1")[2], h5.shape(g + "fc0.weight")[0],
                countLayers(h5), h5.shape(g + "fc1.weight")[0]);
    }

    /** Fails unless {@link #PARAMS} holds every one of {@code keys}, naming the expected {@code kind} of file. */
    static void requireDatasets(H5File h5, String kind, String... keys) {
        String g = "/" + PARAMS + "/";
        for (String key : keys) {
            if (!h5.isDataset(g + key)) {
                throw new IllegalArgumentException(h5.path() + ": no dataset " + g + key
                        + "; not an " + kind + " state_dict");
            }
        }
    }

    /** The number of Fourier layers: consecutive {@code conv{l}.weights1} from {@code l = 0}. */
    static int countLayers(H5File h5) {
        String g = "/" + PARAMS + "/";
        int layers = 0;
        while (h5.isDataset(g + "conv" + layers + ".weights1")) {
            layers++;
        }
        return layers;
    }

    /** Axis names for the {@code dims} attribute. */
    private static String dims(Parameter p) {
        int rank = p.shape().length;
        if (p.isComplex()) {
            return rank == 5 ? "in out kx ky c" : "in out k c";
        }
        return switch (rank) {
            case 1 -> "out";
            case 2 -> "out in";
            case 3 -> "out in kernel";
            case 4 -> "out in kernel_x kernel_y";
            default -> "";
        };
    }
}
