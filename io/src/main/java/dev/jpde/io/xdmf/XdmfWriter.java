package dev.jpde.io.xdmf;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes XDMF 3 sidecars that let ParaView (Xdmf3 reader) and VisIt open jpde's HDF5 sets.
 *
 * <p>The sidecar is a temporal collection with one uniform grid per write. The grid is a
 * {@code 2DRectMesh} with {@code VXVY} geometry; the x coordinates come straight from the HDF5
 * file. A 1-D grid becomes a 2-D mesh with a single y coordinate 0 (dimensions {@code "1 nx"}),
 * which ParaView shows as a line along its X axis. XDMF orders mesh dimensions slowest first
 * and names the fastest-varying one X; jpde stores 2-D fields as {@code [t, x, y]} with y
 * fastest, so for 2-D grids ParaView's X axis carries jpde's y and its Y axis jpde's x (the
 * picture is transposed, the values are not).
 *
 * <p>Each field is a node-centred scalar read through a {@code HyperSlab} of its dataset; a
 * complex field gives {@code <f>_re}, {@code <f>_im} (slices of the trailing axis) and
 * {@code <f>_abs}, a {@code Function} item {@code SQRT($0*$0+$1*$1)} of the two slices.
 */
public final class XdmfWriter {

    private XdmfWriter() {
    }

    /**
     * Writes the sidecar for {@code series} to {@code xmfFile}: first to a hidden temporary file in
     * the same directory, then renamed into place atomically (replacing an older sidecar).
     */
    public static void write(Path xmfFile, XdmfTimeSeries series) throws IOException {
        Path dir = xmfFile.toAbsolutePath().getParent();
        Path temporary = dir.resolve("." + xmfFile.getFileName() + ".tmp-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
        boolean moved = false;
        try {
            Files.writeString(temporary, toXml(series), StandardCharsets.UTF_8);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, xmfFile, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The sidecar document for {@code series}. */
    public static String toXml(XdmfTimeSeries series) {
        boolean twoD = series.y() != null;
        int nx = series.x().size();
        int ny = twoD ? series.y().size() : 1;
        double[] times = series.times();
        String file = series.heavyDataFile();
        StringBuilder xml = new StringBuilder(1024 + 2048 * times.length);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Xdmf Version=\"3.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n")
                .append(" <Domain>\n")
                .append("  <Grid Name=\"").append(escape(series.name()))
                .append("\" GridType=\"Collection\" CollectionType=\"Temporal\">\n");
        if (twoD) {
            xml.append("   <!-- jpde stores [t, x, y] with y fastest: ParaView's X axis shows jpde's y,"
                    + " its Y axis jpde's x. -->\n");
        }
        for (int w = 0; w < times.length; w++) {
            xml.append("   <Grid Name=\"").append(escape(series.name())).append("_w").append(w)
                    .append("\" GridType=\"Uniform\">\n")
                    .append("    <Time Value=\"").append(times[w]).append("\"/>\n")
                    .append("    <Topology TopologyType=\"2DRectMesh\" Dimensions=\"")
                    .append(twoD ? nx + " " + ny : "1 " + nx).append("\"/>\n")
                    .append("    <Geometry GeometryType=\"VXVY\">\n");
            if (twoD) {
                heavy(xml, "     ", file, series.y().datasetPath(), String.valueOf(ny));
                heavy(xml, "     ", file, series.x().datasetPath(), String.valueOf(nx));
            } else {
                heavy(xml, "     ", file, series.x().datasetPath(), String.valueOf(nx));
                xml.append("     <DataItem Format=\"XML\" NumberType=\"Float\" Precision=\"8\""
                        + " Dimensions=\"1\">0</DataItem>\n");
            }
            xml.append("    </Geometry>\n");
            for (XdmfTimeSeries.Variable v : series.variables()) {
                variable(xml, file, v, w, times.length, nx, twoD ? ny : 0);
            }
            xml.append("   </Grid>\n");
        }
        xml.append("  </Grid>\n </Domain>\n</Xdmf>\n");
        return xml.toString();
    }

    private static void variable(StringBuilder xml, String file, XdmfTimeSeries.Variable v, int w,
                                 int writes, int nx, int ny) {
        if (!v.complex()) {
            attributeOpen(xml, v.name());
            slab(xml, "     ", file, v, w, writes, nx, ny, -1);
            xml.append("    </Attribute>\n");
            return;
        }
        attributeOpen(xml, v.name() + "_re");
        slab(xml, "     ", file, v, w, writes, nx, ny, 0);
        xml.append("    </Attribute>\n");
        attributeOpen(xml, v.name() + "_im");
        slab(xml, "     ", file, v, w, writes, nx, ny, 1);
        xml.append("    </Attribute>\n");
        attributeOpen(xml, v.name() + "_abs");
        xml.append("     <DataItem ItemType=\"Function\" Function=\"SQRT($0*$0+$1*$1)\""
                + " NumberType=\"Float\" Precision=\"8\" Dimensions=\"")
                .append(count(nx, ny, true)).append("\">\n");
        slab(xml, "      ", file, v, w, writes, nx, ny, 0);
        slab(xml, "      ", file, v, w, writes, nx, ny, 1);
        xml.append("     </DataItem>\n    </Attribute>\n");
    }

    /**
     * One write of a dataset: start {@code (w, 0, ..[, component])}, unit strides, count
     * {@code (1, nx[, ny][, 1])}. {@code component < 0} means a real dataset.
     */
    private static void slab(StringBuilder xml, String indent, String file,
                             XdmfTimeSeries.Variable v, int w, int writes, int nx, int ny,
                             int component) {
        boolean complex = component >= 0;
        int rank = 2 + (ny > 0 ? 1 : 0) + (complex ? 1 : 0);
        StringBuilder start = new StringBuilder().append(w);
        StringBuilder stride = new StringBuilder("1");
        for (int i = 1; i < rank; i++) {
            start.append(' ').append(complex && i == rank - 1 ? component : 0);
            stride.append(" 1");
        }
        String count = count(nx, ny, complex);
        String full = writes + " " + nx + (ny > 0 ? " " + ny : "") + (complex ? " 2" : "");
        xml.append(indent).append("<DataItem ItemType=\"HyperSlab\" Type=\"HyperSlab\" Dimensions=\"")
                .append(count).append("\">\n")
                .append(indent).append(" <DataItem Format=\"XML\" NumberType=\"UInt\" Dimensions=\"3 ")
                .append(rank).append("\">").append(start).append("  ").append(stride).append("  ")
                .append(count).append("</DataItem>\n");
        heavy(xml, indent + " ", file, v.datasetPath(), full);
        xml.append(indent).append("</DataItem>\n");
    }

    private static String count(int nx, int ny, boolean complex) {
        return "1 " + nx + (ny > 0 ? " " + ny : "") + (complex ? " 1" : "");
    }

    private static void heavy(StringBuilder xml, String indent, String file, String path,
                              String dims) {
        xml.append(indent).append("<DataItem Format=\"HDF\" NumberType=\"Float\" Precision=\"8\""
                + " Dimensions=\"").append(dims).append("\">").append(escape(file)).append(':')
                .append(escape(path)).append("</DataItem>\n");
    }

    private static void attributeOpen(StringBuilder xml, String name) {
        xml.append("    <Attribute Name=\"").append(escape(name))
                .append("\" AttributeType=\"Scalar\" Center=\"Node\">\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
