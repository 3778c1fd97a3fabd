package dev.jpde.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jpde.io.xdmf.XdmfTimeSeries;
import dev.jpde.io.xdmf.XdmfWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The XDMF sidecars are well-formed, describe one uniform grid per write at the right time, and
 * every HDF5 reference they contain names an existing dataset of the declared shape; following
 * each attribute's selection into the file yields exactly the field of that write.
 */
class XdmfSidecarTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}-D, {1}")
    @CsvSource({"1, XDMF3", "2, XDMF3", "1, XDMF2", "2, XDMF2"})
    void sidecarsReferenceExistingDatasetsAndSelectTheRightWrite(int dims, XdmfWriter.Dialect dialect)
            throws Exception {
        FileSetSpec spec = dims == 1 ? Fixtures.spec1d(dir, "side", 3) : Fixtures.spec2d(dir, "side", 3);
        Fixtures.Counters counters = new Fixtures.Counters();
        try (FileSetWriter writer = new FileSetWriter(spec, counters)) {
            Fixtures.write(writer, spec, counters, 0, 5);
        }
        for (int set = 1; set <= 2; set++) {
            String h5 = FileSets.setFileName("side", set);
            Path xmf = dir.resolve(FileSets.sidecarFileName("side", set));
            if (dialect == XdmfWriter.Dialect.XDMF2) {
                try (FileSetReader reader = FileSetReader.open(dir.resolve(h5))) {
                    XdmfWriter.write(xmf, new XdmfTimeSeries("side", h5, reader.t(),
                            new XdmfTimeSeries.Axis("/scales/x", spec.nx()),
                            dims == 2 ? new XdmfTimeSeries.Axis("/scales/y", spec.ny()) : null,
                            List.of(new XdmfTimeSeries.Variable("u", "/tasks/u", false),
                                    new XdmfTimeSeries.Variable("psi", "/tasks/psi", true))), dialect);
                }
            }
            checkSidecar(xmf, spec, dialect, set == 1 ? 0 : 3, set == 1 ? 3 : 2);
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> FileSets.isTemporary(p.getFileName().toString())));
        }
    }

    private void checkSidecar(Path xmf, FileSetSpec spec, XdmfWriter.Dialect dialect, int firstWrite,
                              int writes) throws Exception {
        Document doc = parse(xmf);
        Element root = doc.getDocumentElement();
        assertEquals("Xdmf", root.getTagName());
        assertEquals(dialect == XdmfWriter.Dialect.XDMF3 ? "3.0" : "2.0", root.getAttribute("Version"));
        Element collection = (Element) root.getElementsByTagName("Grid").item(0);
        assertEquals("Temporal", collection.getAttribute("CollectionType"));
        List<Element> grids = children(collection, "Grid");
        assertEquals(writes, grids.size());
        String meshDims = spec.spatialDimensions() == 1 ? "1 " + spec.nx() : spec.nx() + " " + spec.ny();
        try (H5File h5 = H5File.open(xmf.resolveSibling(xmf.getFileName().toString().replace(".xmf", ".h5")))) {
            for (int k = 0; k < writes; k++) {
                Element grid = grids.get(k);
                double t = Fixtures.time(firstWrite + k);
                assertEquals(t, Double.parseDouble(child(grid, "Time").getAttribute("Value")));
                assertEquals(meshDims, child(grid, "Topology").getAttribute("Dimensions"));
                for (Element item : children(child(grid, "Geometry"), "DataItem")) {
                    if (item.getAttribute("Format").equals("HDF")) {
                        checkReference(h5, item, null);
                    }
                }
                List<String> names = new ArrayList<>();
                for (Element attribute : children(grid, "Attribute")) {
                    String name = attribute.getAttribute("Name");
                    names.add(name);
                    double[] shown = values(h5, child(attribute, "DataItem"), meshDims);
                    double[] psi = Fixtures.complex(spec, t);
                    double[] expected = switch (name) {
                        case "u" -> Fixtures.real(spec, t);
                        case "psi_re" -> every(psi, 0);
                        case "psi_im" -> every(psi, 1);
                        default -> magnitude(psi);
                    };
                    assertArrayEquals(expected, shown, 1e-15, name + " at write " + k);
                }
                assertEquals(dialect == XdmfWriter.Dialect.XDMF3 ? List.of("u", "psi_re", "psi_im")
                        : List.of("u", "psi_re", "psi_im", "psi_abs"), names);
            }
        }
    }

    /** The values an XDMF reader would load for one attribute DataItem. */
    private static double[] values(H5File h5, Element item, String meshDims) {
        assertEquals(meshDims, item.getAttribute("Dimensions"));
        if ("Function".equals(item.getAttribute("ItemType"))) {
            assertEquals("sqrt($0*$0+$1*$1)", item.getAttribute("Function"));
            List<Element> args = children(item, "DataItem");
            double[] re = values(h5, args.get(0), meshDims);
            double[] im = values(h5, args.get(1), meshDims);
            double[] out = new double[re.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.sqrt(re[i] * re[i] + im[i] * im[i]);
            }
            return out;
        }
        if ("HyperSlab".equals(item.getAttribute("ItemType"))) {
            List<Element> parts = children(item, "DataItem");
            int[] description = ints(parts.get(0).getTextContent());
            int rank = description.length / 3;
            int[] full = checkReference(h5, parts.get(1), null);
            return select(h5.readDoubles(path(parts.get(1).getTextContent())), full,
                    Arrays.copyOfRange(description, 0, rank),
                    Arrays.copyOfRange(description, rank, 2 * rank),
                    Arrays.copyOfRange(description, 2 * rank, 3 * rank));
        }
        String[] selection = item.getTextContent().split("\\|");
        assertEquals(2, selection.length, "XDMF 3 attribute selects one write: " + item.getTextContent());
        String[] parts = selection[1].split(":");
        int[] full = checkReference(h5, item, ints(parts[3]));
        return select(h5.readDoubles(path(selection[0])), full, ints(parts[0]), ints(parts[1]),
                ints(parts[2]));
    }

    /** Checks that a heavy-data reference names this file and an existing dataset of that shape. */
    private static int[] checkReference(H5File h5, Element item, int[] declared) {
        String content = item.getTextContent().split("\\|")[0];
        assertEquals(h5.path().getFileName().toString(), content.substring(0, content.indexOf(':')));
        String path = path(content);
        assertTrue(h5.isDataset(path), path + " exists");
        int[] shape = h5.shape(path);
        assertArrayEquals(declared != null ? declared : ints(item.getAttribute("Dimensions")), shape, path);
        assertEquals("Float", item.getAttribute("NumberType"));
        assertEquals("8", item.getAttribute("Precision"));
        assertEquals("float64", h5.dtype(path));
        return shape;
    }

    /** Row-major hyperslab of {@code data}, checked to lie inside the dataset. */
    private static double[] select(ShapedArray data, int[] full, int[] start, int[] stride, int[] count) {
        int rank = full.length;
        assertEquals(rank, start.length);
        int size = 1;
        for (int a = 0; a < rank; a++) {
            assertEquals(1, stride[a]);
            assertTrue(start[a] >= 0 && start[a] + count[a] <= full[a], "selection inside dataset");
            size *= count[a];
        }
        double[] out = new double[size];
        int[] index = new int[rank];
        for (int n = 0; n < size; n++) {
            int rest = n;
            for (int a = rank - 1; a >= 0; a--) {
                index[a] = start[a] + rest % count[a];
                rest /= count[a];
            }
            out[n] = data.get(index);
        }
        return out;
    }

    private static double[] every(double[] interleaved, int component) {
        double[] out = new double[interleaved.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = interleaved[2 * i + component];
        }
        return out;
    }

    private static double[] magnitude(double[] interleaved) {
        double[] out = new double[interleaved.length / 2];
        for (int i = 0; i < out.length; i++) {
            double re = interleaved[2 * i];
            double im = interleaved[2 * i + 1];
            out[i] = Math.sqrt(re * re + im * im);
        }
        return out;
    }

    private static String path(String content) {
        return content.substring(content.indexOf(':') + 1).split("\\|")[0];
    }

    private static int[] ints(String text) {
        return Arrays.stream(text.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
    }

    private static Document parse(Path xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(xml.toFile());
    }

    private static Element child(Element parent, String tag) {
        List<Element> found = children(parent, tag);
        assertEquals(1, found.size(), "one <" + tag + "> in <" + parent.getTagName() + ">");
        return found.get(0);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }
}
