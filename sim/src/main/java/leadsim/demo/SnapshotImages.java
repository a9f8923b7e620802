package leadsim.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import sim.portrayal.DrawInfo2D;

/**
 * Pictures of a run for slides, drawn without any window: the organisation (the same layers the
 * live display draws), each chart, and the two side by side as the window shows them; when
 * comparing, also both runs side by side with their charts under them.
 */
final class SnapshotImages {
    /** Pixels per field unit: a one-school display comes out about 1000 pixels wide. */
    static final double SCALE = 10;
    private static final int CHART_WIDTH = 480;

    private SnapshotImages() {}

    /** Draws every visible layer as Display2D would, into an image. */
    static BufferedImage display(DemoGUI gui, RunPortrayals view, double scale) {
        OrgLayout layout = view.layout();
        int w = (int) Math.ceil(layout.width * scale);
        int h = (int) Math.ceil(layout.height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Rectangle2D.Double area = new Rectangle2D.Double(0, 0, w, h);
        synchronized (gui.state.schedule) {
            for (RunPortrayals.Layer layer : view.layers()) {
                if (layer.visible()) {
                    layer.portrayal().draw(layer.portrayal().getField(), g, new DrawInfo2D(gui, layer.portrayal(), area, area));
                }
            }
        }
        g.dispose();
        return image;
    }

    /** The chart of a feed as an image, or a placeholder card saying what is missing. */
    static BufferedImage chart(ChartFeed feed, DemoRun run, int width, int height) {
        String missing = feed.unavailable(run);
        if (missing == null) {
            XYChart chart = DemoCharts.create(feed, width, height);
            DemoCharts.update(chart, feed.series(run));
            return BitmapEncoder.getBufferedImage(chart);
        }
        BufferedImage card = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF5F7F9));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xB0BEC5));
        g.drawRect(4, 4, width - 9, height - 9);
        g.setColor(new Color(0x546E7A));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        centred(g, feed.title(), width, height / 2 - 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(new Color(0x78909C));
        centred(g, missing, width, height / 2 + 12);
        g.dispose();
        return card;
    }

    private static void centred(Graphics2D g, String text, int width, int y) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (width - fm.stringWidth(text)) / 2, y);
    }

    /** Display on the left, the charts stacked on the right: what the window shows. */
    static BufferedImage sideBySide(BufferedImage display, List<BufferedImage> charts) {
        int chartsHeight = charts.stream().mapToInt(BufferedImage::getHeight).sum();
        int h = Math.max(display.getHeight(), chartsHeight);
        BufferedImage out = new BufferedImage(display.getWidth() + CHART_WIDTH, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), h);
        g.drawImage(display, 0, 0, null);
        int y = 0;
        for (BufferedImage chart : charts) {
            g.drawImage(chart, display.getWidth(), y, null);
            y += chart.getHeight();
        }
        g.setColor(new Color(0xCFD8DC));
        g.drawLine(display.getWidth(), 0, display.getWidth(), h);
        g.dispose();
        return out;
    }

    /** Writes the pictures of every run at the clock's current day; returns the files written. */
    static List<Path> write(DemoGUI gui, Path dir, String suffix) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<BufferedImage> displays = new ArrayList<>();
        for (RunPortrayals view : gui.views()) {
            DemoRun run = view.run();
            String stem = slug(run.label());
            BufferedImage display = display(gui, view, SCALE);
            written.add(save(display, dir.resolve(stem + "-display-" + suffix + ".png")));
            List<BufferedImage> charts = new ArrayList<>();
            int chartHeight = Math.max(200, display.getHeight() / ChartFeeds.all().size());
            for (ChartFeed feed : ChartFeeds.all()) {
                BufferedImage chart = chart(feed, run, CHART_WIDTH, chartHeight);
                charts.add(chart);
                if (feed.unavailable(run) == null) {
                    written.add(save(chart, dir.resolve(stem + "-" + feed.id() + "-" + suffix + ".png")));
                }
            }
            written.add(save(sideBySide(display, charts), dir.resolve(stem + "-" + suffix + ".png")));
            displays.add(display);
        }
        if (gui.views().size() > 1) {
            written.add(save(compare(gui, displays), dir.resolve("compare-" + suffix + ".png")));
        }
        return written;
    }

    /**
     * A comparison as its windows show it: the displays side by side, each with its live charts
     * in a grid of two rows under it (only the charts the scenarios feed, so no empty cards).
     */
    static BufferedImage compare(DemoGUI gui, List<BufferedImage> displays) {
        List<ChartFeed> feeds = new ArrayList<>();
        for (ChartFeed feed : ChartFeeds.all()) {
            if (gui.views().stream().anyMatch(v -> feed.unavailable(v.run()) == null)) {
                feeds.add(feed);
            }
        }
        int columns = feeds.size() <= 3 ? feeds.size() : (feeds.size() + 1) / 2;
        int width = displays.stream().mapToInt(BufferedImage::getWidth).max().orElse(800);
        int displayHeight = displays.stream().mapToInt(BufferedImage::getHeight).max().orElse(600);
        int chartWidth = width / Math.max(1, columns);
        int chartHeight = 230;
        int rows = (feeds.size() + columns - 1) / Math.max(1, columns);
        int gap = 12;
        BufferedImage out = new BufferedImage(displays.size() * width + (displays.size() - 1) * gap,
                displayHeight + rows * chartHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        for (int i = 0; i < displays.size(); i++) {
            int left = i * (width + gap);
            g.drawImage(displays.get(i), left, 0, null);
            DemoRun run = gui.views().get(i).run();
            for (int k = 0; k < feeds.size(); k++) {
                g.drawImage(chart(feeds.get(k), run, chartWidth, chartHeight),
                        left + (k % columns) * chartWidth, displayHeight + (k / columns) * chartHeight, null);
            }
            if (i > 0) {
                g.setColor(new Color(0xCFD8DC));
                g.fillRect(left - gap / 2 - 1, 0, 2, out.getHeight());
            }
        }
        g.dispose();
        return out;
    }

    static Path save(BufferedImage image, Path file) throws IOException {
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
