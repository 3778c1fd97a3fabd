package dev.jpde.operators;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The parameters of a network of named sub-modules, keyed as in a PyTorch {@code state_dict}:
 * {@code prefix + "." + name} (e.g. {@code "conv0.weights1"}), in the modules' registration order
 * and, within a module, in its {@link Layer#parameters()} order. The bookkeeping shared by
 * {@link Fno1d} and {@link Fno2d}.
 */
final class StateDict {

    private final Map<String, Layer> layers;
    private final Map<String, Parameter> parameters;
    private final Parameter[] array;

    /** @param named the sub-modules by prefix, in registration order (copied) */
    StateDict(Map<String, Layer> named) {
        this.layers = Collections.unmodifiableMap(new LinkedHashMap<>(named));
        Map<String, Parameter> params = new LinkedHashMap<>();
        named.forEach((prefix, layer) -> layer.parameters().forEach(p -> params.put(prefix + "." + p.name(), p)));
        this.parameters = Collections.unmodifiableMap(params);
        this.array = params.values().toArray(Parameter[]::new);
    }

    /** The sub-modules by prefix. */
    Map<String, Layer> layers() {
        return layers;
    }

    /** The parameters by key. */
    Map<String, Parameter> parameters() {
        return parameters;
    }

    /** Number of real parameters, complex ones counted twice. */
    long count() {
        long n = 0;
        for (Parameter p : array) {
            n += p.size();
        }
        return n;
    }

    /** Sets every accumulated gradient to zero. */
    void zeroGrad() {
        for (Parameter p : array) {
            p.zeroGrad();
        }
    }

    /** Draws every parameter from its layer's initial distribution, in key order, from one generator seeded with {@code seed}. */
    void initialise(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        layers.values().forEach(layer -> layer.initialise(rng));
    }
}
