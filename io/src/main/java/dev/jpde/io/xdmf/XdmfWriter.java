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
 * Writes XDMF sidecars that let ParaView and VisIt open jpde's HDF5 sets.
 *
 * <p>The sidecar is a temporal collection with one uniform grid per write. The grid is a
 * {@code 2DRectMesh} with {@code VXVY} geometry; the x coordinates come straight from the HDF5
 * file. A 1-D grid becomes a 2-D mesh with a single y coordinate 0 (dimensions {@code "1 nx"}),
 * which ParaView shows as a line along its X axis. XDMF orders mesh dimensions slowest first
 * and names the fastest-varying one X; jpde stores 2-D fields as {@code [t, x, y]} with y
 * fastest, so for 2-D grids ParaView's X axis carries jpde's y and its Y axis jpde's x (the
 * picture is transposed, the values are not).
 *
 * <p>Each field is a node-centred scalar holding one write of its dataset; a complex field gives
 * {@code <f>_re} and {@code <f>_im}, the two entries of the trailing axis. How the write is selected
 * depends on the {@link Dialect}, because the two XDMF readers of ParaView (checked with ParaView
 * 5.11) understand different, incompatible syntaxes; see there.
 */
public final class XdmfWriter {

    /** Which reader family the sidecar is written for. */
    public enum Dialect {
        /**
         * XDMF 3, for ParaView's "Xdmf3 Reader S/T" (the default for {@code .xmf}): each attribute
         * is an HDF DataItem with the XDMF 3 selection syntax
         * {@code file.h5:/tasks/u|start:stride:count:dims}. The Xdmf3 readers skip attributes
         * given as {@code HyperSlab} or {@code Function} items ("unrecognized array type"), so no
         * magnitude is offered; use the Calculator filter ({@code sqrt(psi_re^2+psi_im^2)}).
         */
        XDMF3,
        /**
         * XDMF 2, for ParaView's legacy "XDMF Reader" and VisIt: each attribute is a
         * {@code HyperSlab} DataItem over the whole dataset, and a complex field also gets
         * {@code <f>_abs}, a {@code Function} item {@code sqrt($0*$0+$1*$1)} of the two slices
         * (the lower-case name is what the XDMF 2 expression parser evaluates).
         */
        XDMF2
    }

    private XdmfWriter() {
    }

    /** {@link #write(Path, XdmfTimeSeries, Dialect)} for {@link Dialect#XDMF3}. */
    public static void write(Path xmfFile, XdmfTimeSeries series) throws IOException {
        write(xmfFile, series, Dialect.XDMF3);
    }

    /**
     * Writes the sidecar for {@code series} to {@code xmfFile}: first to a hidden temporary file in
     * the same directory, then renamed into place atomically (replacing an older sidecar).
     */
    public static void write(Path xmfFile, XdmfTimeSeries series, Dialect dialect)
            throws IOException {
        Path dir = xmfFile.toAbsolutePath().getParent();
        Path temporary = dir.resolve("." + xmfFile.getFileName() + ".tmp-"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
        boolean moved = false;
        try {
            Files.writeString(temporary, toXml(series, dialect), StandardCharsets.UTF_8);
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

    /** The sidecar document for {@code series} in the given dialect. */
    public static String toXml(XdmfTimeSeries series, Dialect dialect) {
        Layout g = new Layout(series, dialect);
        StringBuilder xml = new StringBuilder(1024 + 2048 * g.writes);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Xdmf Version=\"").append(dialect == Dialect.XDMF3 ? "3.0" : "2.0")
                .append("\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n")
                .append(" <Domain>\n")
                .append("  <Grid Name=\"").append(escape(series.name()))
                .append("\" GridType=\"Collection\" CollectionType=\"Temporal\">\n");
        if (g.twoD) {
            xml.append("   <!-- jpde stores [t, x, y] with y fastest: ParaView's X axis shows jpde's y,"
                    + " its Y axis jpde's x. -->\n");
        }
        double[] times = series.times();
        for (int w = 0; w < g.writes; w++) {
            xml.append("   <Grid Name=\"").append(escape(series.name())).append("_w").append(w)
                    .append("\" GridType=\"Uniform\">\n")
                    .append("    <Time Value=\"").append(times[w]).append("\"/>\n")
                    .append("    <Topology TopologyType=\"2DRectMesh\" Dimensions=\"")
                    .append(g.meshDims).append("\"/>\n")
                    .append("    <Geometry GeometryType=\"VXVY\">\n");
            if (g.twoD) {
                heavy(xml, "     ", g.ny, g.file + ":" + series.y().datasetPath());
                heavy(xml, "     ", g.nx, g.file + ":" + series.x().datasetPath());
            } else {
                heavy(xml, "     ", g.nx, g.file + ":" + series.x().datasetPath());
                xml.append("     <DataItem Format=\"XML\" NumberType=\"Float\" Precision=\"8\""
                        + " Dimensions=\"1\">0</DataItem>\n");
            }
            xml.append("    </Geometry>\n");
            for (XdmfTimeSeries.Variable v : series.variables()) {
                variable(xml, g, v, w);
            }
            xml.append("   </Grid>\n");
        }
        xml.append("  </Grid>\n </Domain>\n</Xdmf>\n");
        return xml.toString();
    }

    private static void variable(StringBuilder xml, Layout g, XdmfTimeSeries.Variable v, int w) {
        if (!v.complex()) {
            attribute(xml, v.name(), g.select("     ", v, w, -1));
            return;
        }
        attribute(xml, v.name() + "_re", g.select("     ", v, w, 0));
        attribute(xml, v.name() + "_im", g.select("     ", v, w, 1));
        if (g.dialect == Dialect.XDMF2) {
            attribute(xml, v.name() + "_abs", "     <DataItem ItemType=\"Function\""
                    + " Function=\"sqrt($0*$0+$1*$1)\" NumberType=\"Float\" Precision=\"8\""
                    + " Dimensions=\"" + g.meshDims + "\">\n" + g.select("      ", v, w, 0)
                    + g.select("      ", v, w, 1) + "     </DataItem>\n");
        }
    }

    private static void attribute(StringBuilder xml, String name, String dataItem) {
        xml.append("    <Attribute Name=\"").append(escape(name))
                .append("\" AttributeType=\"Scalar\" Center=\"Node\">\n").append(dataItem)
                .append("    </Attribute>\n");
    }

    private static void heavy(StringBuilder xml, String indent, Object dims, String content) {
        xml.append(indent).append("<DataItem Format=\"HDF\" NumberType=\"Float\" Precision=\"8\""
                + " Dimensions=\"").append(dims).append("\">").append(escape(content))
                .append("</DataItem>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }

    /** Sizes of one series and how a single write of a dataset is selected. */
    private static final class Layout {
        final Dialect dialect;
        final String file;
        final boolean twoD;
        final int nx;
        final int ny;
        final int writes;
        /** Topology dimensions, slowest first: {@code "1 nx"} or {@code "nx ny"}. */
        final String meshDims;

        Layout(XdmfTimeSeries series, Dialect dialect) {
            this.dialect = dialect;
            file = series.heavyDataFile();
            twoD = series.y() != null;
            nx = series.x().size();
            ny = twoD ? series.y().size() : 1;
            writes = series.times().length;
            meshDims = twoD ? nx + " " + ny : "1 " + nx;
        }

        /**
         * A DataItem holding write {@code w} of {@code v}: start {@code (w, 0, ..[, component])},
         * unit strides, count {@code (1, nx[, ny][, 1])}; {@code component < 0} for a real field.
         */
        String select(String indent, XdmfTimeSeries.Variable v, int w, int component) {
            boolean complex = component >= 0;
            StringBuilder start = new StringBuilder().append(w).append(" 0");
            StringBuilder stride = new StringBuilder("1 1");
            StringBuilder count = new StringBuilder("1 ").append(nx);
            StringBuilder full = new StringBuilder().append(writes).append(' ').append(nx);
            if (twoD) {
                start.append(" 0");
                stride.append(" 1");
                count.append(' ').append(ny);
                full.append(' ').append(ny);
            }
            if (complex) {
                start.append(' ').append(component);
                stride.append(" 1");
                count.append(" 1");
                full.append(" 2");
            }
            String path = file + ":" + v.datasetPath();
            StringBuilder xml = new StringBuilder();
            if (dialect == Dialect.XDMF3) {
                heavy(xml, indent, meshDims,
                        path + "|" + start + ":" + stride + ":" + count + ":" + full);
            } else {
                int rank = full.toString().split(" ").length;
                xml.append(indent).append("<DataItem ItemType=\"HyperSlab\" Type=\"HyperSlab\"")
                        .append(" Dimensions=\"").append(meshDims).append("\">\n")
                        .append(indent).append(" <DataItem Format=\"XML\" NumberType=\"UInt\"")
                        .append(" Dimensions=\"3 ").append(rank).append("\">").append(start)
                        .append("  ").append(stride).append("  ").append(count).append("</DataItem>\n");
                heavy(xml, indent + " ", full, path);
                xml.append(indent).append("</DataItem>\n");
            }
            return xml.toString();
        }
    }
}
