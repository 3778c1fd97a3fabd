package dev.jpde.io.plot;

import dev.jpde.io.hdf5.FileSetData;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws one field of a run as a space-time image of its modulus (x across, t upwards, a perceptual colour map) and,
 * beside it, the relative drift {@code |Q(t) - Q(0)| / |Q(0)|} of every diagnostic on a log scale ({@code error_max}
 * is drawn as it is). Written atomically as PNG.
 */
public final class SpaceTimePlot {
    private static final int IMAGE_W = 520;
    private static final int IMAGE_H = 420;
    private static final int PANEL_W = 420;
    private static final int MARGIN = 60;
    private static final Color[] PALETTE = {new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
        new Color(94, 201, 98), new Color(253, 231, 37)};
    private static final Color[] LINES = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
        new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75)};

    private SpaceTimePlot() {
    }

    /** Renders {@code field} of {@code data} (title on top) into a PNG at {@code out}. */
    public static void write(FileSetData data, String field, String title, Path out) throws IOException {
        if (!data.tasks().containsKey(field)) {
            throw new IllegalArgumentException("no field \"" + field + "\" in the run; have " + data.tasks().keySet());
        }
        int writes = data.writes();
        int nx = data.x().length;
        boolean complex = data.tasks().get(field).shape().length == 3;
        double[][] mod = new double[writes][nx];
        double max = 0;
        for (int w = 0; w < writes; w++) {
            double[] s = data.snapshot(field, w);
            for (int j = 0; j < nx; j++) {
                double v = complex ? Math.hypot(s[2 * j], s[2 * j + 1]) : Math.abs(s[j]);
                mod[w][j] = v;
                max = Math.max(max, v);
            }
        }
        BufferedImage img = new BufferedImage(IMAGE_W + PANEL_W + 3 * MARGIN, IMAGE_H + 2 * MARGIN, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        for (int py = 0; py < IMAGE_H; py++) {
            int w = Math.min(writes - 1, (int) ((IMAGE_H - 1 - py) * (double) writes / IMAGE_H));
            for (int px = 0; px < IMAGE_W; px++) {
                int j = Math.min(nx - 1, (int) (px * (double) nx / IMAGE_W));
                img.setRGB(MARGIN + px, MARGIN + py, colour(max > 0 ? mod[w][j] / max : 0).getRGB());
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawRect(MARGIN, MARGIN, IMAGE_W, IMAGE_H);
        g.drawString(title + "   |" + field + "|, max " + String.format("%.4g", max), MARGIN, MARGIN - 25);
        g.drawString(String.format("x: %.4g .. %.4g", data.x()[0], data.x()[nx - 1]), MARGIN, MARGIN + IMAGE_H + 20);
        g.drawString(String.format("t: %.4g .. %.4g (up)", data.t()[0], data.t()[writes - 1]), MARGIN, MARGIN + IMAGE_H + 38);
        drawDrifts(g, data, 2 * MARGIN + IMAGE_W, MARGIN);
        g.dispose();
        Path dir = out.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + out.getFileName(), ".tmp");
        try {
            ImageIO.write(img, "png", tmp.toFile());
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void drawDrifts(Graphics2D g, FileSetData data, int x0, int y0) {
        g.setColor(Color.BLACK);
        g.drawRect(x0, y0, PANEL_W, IMAGE_H);
        g.drawString("diagnostic drift |Q-Q0|/|Q0| (error_max as is), log10", x0, y0 - 8);
        double lo = -16;
        double hi = 0;
        double t0 = data.t()[0];
        double t1 = data.t()[data.writes() - 1];
        List<String> names = new ArrayList<>();
        List<double[]> curves = new ArrayList<>();
        for (Map.Entry<String, double[]> e : data.diagnostics().entrySet()) {
            double[] q = e.getValue();
            double[] c = new double[q.length];
            boolean error = e.getKey().equals("error_max");
            double scale = Math.abs(q[0]) > 1e-12 ? Math.abs(q[0]) : 1.0;
            for (int i = 0; i < q.length; i++) {
                double d = error ? Math.abs(q[i]) : Math.abs(q[i] - q[0]) / scale;
                c[i] = Math.log10(Math.max(d, 1e-17));
                if (Double.isFinite(c[i])) {
                    hi = Math.max(hi, Math.ceil(c[i]));
                }
            }
            names.add(e.getKey());
            curves.add(c);
        }
        for (int d = (int) lo; d <= hi; d += 2) {
            int y = y0 + IMAGE_H - (int) ((d - lo) / (hi - lo) * IMAGE_H);
            g.setColor(new Color(230, 230, 230));
            g.drawLine(x0 + 1, y, x0 + PANEL_W - 1, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString("1e" + d, x0 - 40, y + 4);
        }
        g.setStroke(new BasicStroke(1.6f));
        for (int k = 0; k < curves.size(); k++) {
            double[] c = curves.get(k);
            g.setColor(LINES[k % LINES.length]);
            for (int i = 1; i < c.length; i++) {
                int xa = x0 + (int) ((data.t()[i - 1] - t0) / Math.max(t1 - t0, 1e-300) * PANEL_W);
                int xb = x0 + (int) ((data.t()[i] - t0) / Math.max(t1 - t0, 1e-300) * PANEL_W);
                int ya = y0 + IMAGE_H - (int) ((Math.max(c[i - 1], lo) - lo) / (hi - lo) * IMAGE_H);
                int yb = y0 + IMAGE_H - (int) ((Math.max(c[i], lo) - lo) / (hi - lo) * IMAGE_H);
                g.drawLine(xa, ya, xb, yb);
            }
            g.drawString(names.get(k), x0 + 8, y0 + 18 + 16 * k);
        }
        g.setColor(Color.BLACK);
        g.drawString(String.format("t: %.4g .. %.4g", t0, t1), x0, y0 + IMAGE_H + 20);
    }

    /** The perceptual colour map (viridis anchors, linear in between) at v in [0, 1]. */
    static Color colour(double v) {
        double p = Math.max(0, Math.min(1, v)) * (PALETTE.length - 1);
        int i = Math.min(PALETTE.length - 2, (int) p);
        double f = p - i;
        Color a = PALETTE[i];
        Color b = PALETTE[i + 1];
        return new Color((int) (a.getRed() + f * (b.getRed() - a.getRed())), (int) (a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) (a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
