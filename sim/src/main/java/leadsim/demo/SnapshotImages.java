package leadsim.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import leadsim.demo.draw.OrgLayout;
import leadsim.demo.draw.OverlayPortrayal;
import leadsim.demo.draw.RunPortrayals;
import leadsim.demo.draw.RunTitle;
import leadsim.demo.feed.ChartFeed;
import leadsim.demo.feed.ChartKey;
import leadsim.demo.feed.DemoChart;
import leadsim.demo.feed.DemoCharts;
import org.knowm.xchart.BitmapEncoder;
import sim.portrayal.DrawInfo2D;

/**
 * Pictures of a run for slides, drawn without any window, at slide sizes: the organisation with
 * its title and caption (1280 px wide), each chart (1280 x 720), the display with its charts as
 * the window shows them (1920 x 1080), and when comparing both schools side by side with their
 * charts under them (1920 x 1080), every chart's y axis shared by the two runs and one key under
 * each row of charts, as the windows have. Only the charts of mechanisms that are on are drawn.
 */
public final class SnapshotImages {
    static final int SLIDE_WIDTH = 1920;
    static final int SLIDE_HEIGHT = 1080;
    static final int CHART_WIDTH = 1280;
    static final int CHART_HEIGHT = 720;
    /** Type as a 1080-line screen gets it ({@link WindowPlan}): caption 30 px, chart ticks 21 px. */
    private static final float CAPTION_TYPE = SLIDE_HEIGHT / 36f;
    private static final float CHART_TYPE = SLIDE_HEIGHT / 52f;
    private static final Color INK = new Color(0x263238);
    private static final Color MUTED = new Color(0x546E7A);

    private SnapshotImages() {}

    /**
     * Draws every visible layer as Display2D would, into an image {@code width} pixels wide;
     * the layout's empty caption band at the foot is left out (the caption is set under it).
     */
    static BufferedImage display(DemoGUI gui, RunPortrayals view, int width) {
        OrgLayout layout = view.layout();
        double scale = width / layout.width;
        int w = width;
        int full = (int) Math.ceil(layout.height * scale);
        int h = (int) Math.ceil((layout.height - OrgLayout.CAPTION_BAND + 1) * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Rectangle2D.Double area = new Rectangle2D.Double(0, 0, w, full);
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

    /** The display's height for a width, without drawing it. */
    static int displayHeight(RunPortrayals view, int width) {
        OrgLayout layout = view.layout();
        return (int) Math.ceil((layout.height - OrgLayout.CAPTION_BAND + 1) * width / layout.width);
    }

    /**
     * The display with the window's words around it: the title band above (school and day, the
     * rights and culture in force) and the caption below, in type of {@code type} pixels.
     */
    static BufferedImage framed(RunPortrayals view, BufferedImage display, float type) {
        DemoRun run = view.run();
        int w = display.getWidth();
        List<String> rights = lines(RunTitle.rights(run), font(Font.PLAIN, type * 0.72f), w - type);
        List<String> caption = run.caption().isBlank() ? List.of() : lines(run.caption(), font(Font.PLAIN, type), w - 2.2 * type);
        int titleH = titleHeight(rights.size(), type);
        int captionH = captionHeight(caption.size(), type);
        BufferedImage out = new BufferedImage(w, titleH + display.getHeight() + captionH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        smooth(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        float y = type * 0.4f;
        g.setColor(INK);
        g.setFont(font(Font.BOLD, type * 1.1f));
        y += g.getFontMetrics().getAscent();
        g.drawString(view.heading(), type * 0.5f, y);
        y += g.getFontMetrics().getDescent();
        g.setColor(MUTED);
        g.setFont(font(Font.PLAIN, type * 0.72f));
        for (String line : rights) {
            y += g.getFontMetrics().getHeight();
            g.drawString(line, type * 0.5f, y - g.getFontMetrics().getDescent());
        }
        g.drawImage(display, 0, titleH, null);
        if (!caption.isEmpty()) {
            double top = titleH + display.getHeight() + type * 0.2;
            RoundRectangle2D.Double box = new RoundRectangle2D.Double(type * 0.3, top, w - type * 0.6, captionH - type * 0.4, type, type);
            g.setColor(new Color(0xFFF8E1));
            g.fill(box);
            g.setColor(new Color(0xB0BEC5));
            g.draw(box);
            g.setColor(INK);
            g.setFont(font(Font.PLAIN, type));
            FontMetrics fm = g.getFontMetrics();
            for (int i = 0; i < caption.size(); i++) {
                g.drawString(caption.get(i), (float) (type * 0.8), (float) (top + type * 0.4 + fm.getAscent() + i * fm.getHeight()));
            }
        }
        g.dispose();
        return out;
    }

    /** The height {@link #framed} adds above and below a display of this width. */
    static int wordsHeight(DemoRun run, int width, float type) {
        int rights = lines(RunTitle.rights(run), font(Font.PLAIN, type * 0.72f), width - type).size();
        int caption = run.caption().isBlank() ? 0 : lines(run.caption(), font(Font.PLAIN, type), width - 2.2 * type).size();
        return titleHeight(rights, type) + captionHeight(caption, type);
    }

    private static int titleHeight(int rightsLines, float type) {
        return (int) Math.ceil(type * 0.4 + lineHeight(font(Font.BOLD, type * 1.1f)) + rightsLines * lineHeight(font(Font.PLAIN, type * 0.72f))
                + type * 0.4);
    }

    private static int captionHeight(int lines, float type) {
        return lines == 0 ? 0 : (int) Math.ceil(lines * lineHeight(font(Font.PLAIN, type)) + type * 1.2);
    }

    /** The chart of a feed as an image; {@code top} is the y axis's shared top (or null). */
    static BufferedImage chart(ChartFeed feed, DemoRun run, int width, int height, float type, Double top) {
        return BitmapEncoder.getBufferedImage(chart(feed, run, width, height, type, top, false));
    }

    /** The chart of a feed; {@code keyed}: a key beside it names its lines, so it draws no legend. */
    private static DemoChart chart(ChartFeed feed, DemoRun run, int width, int height, float type, Double top, boolean keyed) {
        DemoChart chart = DemoCharts.create(feed, width, height, type);
        chart.legendInKey(keyed);
        DemoCharts.update(chart, feed.series(run), top);
        return chart;
    }

    /**
     * The height of the key under a run's charts in a row {@code width} wide: the charts' width
     * sets their labels (short names in a narrow chart), which the key lists.
     */
    private static int keyHeight(List<ChartFeed> feeds, DemoRun run, List<DemoRun> runs, int width, int height, float type) {
        if (feeds.isEmpty()) {
            return 0;
        }
        int w = width / feeds.size();
        List<DemoChart> charts = feeds.stream().map(f -> chart(f, run, w, height, type, DemoCharts.sharedTop(f, runs), true)).toList();
        return ChartKey.of(feeds.stream().map(ChartFeed::shortTitle).toList(), charts, type).height(width - 16);
    }

    /**
     * A run's charts in a row {@code width} wide and {@code height} tall at (x, y), as a compared
     * window shows them: one key under the row names every line ({@link ChartKey}), the charts
     * take the height the key leaves ({@code keyHeight}: the tallest key of the runs compared, so
     * their charts are as tall).
     */
    private static void chartRow(Graphics2D g, List<ChartFeed> feeds, DemoRun run, List<DemoRun> runs, int x, int y, int width,
            int height, float type, int keyHeight) {
        if (feeds.isEmpty()) {
            return;
        }
        int w = width / feeds.size();
        List<String> titles = feeds.stream().map(ChartFeed::shortTitle).toList();
        List<DemoChart> charts = feeds.stream().map(f -> chart(f, run, w, height - keyHeight, type, DemoCharts.sharedTop(f, runs), true))
                .toList();
        for (int k = 0; k < charts.size(); k++) {
            g.drawImage(BitmapEncoder.getBufferedImage(charts.get(k)), x + k * w, y, null);
        }
        ChartKey.of(titles, charts, type).paint(g, x + 8, y + height - keyHeight, width - 16);
    }

    /** Writes the pictures of every run at the clock's current day; returns the files written. */
    static List<Path> write(DemoGUI gui, Path dir, String suffix) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        List<DemoRun> runs = gui.clock().runs();
        for (RunPortrayals view : gui.views()) {
            DemoRun run = view.run();
            String stem = slug(run.label());
            written.add(save(framed(view, display(gui, view, CHART_WIDTH), CAPTION_TYPE * 0.8f),
                    dir.resolve(stem + "-display-" + suffix + ".png")));
            for (ChartFeed feed : view.feeds()) {
                written.add(save(chart(feed, run, CHART_WIDTH, CHART_HEIGHT, CHART_TYPE, DemoCharts.sharedTop(feed, runs)),
                        dir.resolve(stem + "-" + feed.id() + "-" + suffix + ".png")));
            }
            written.add(save(window(gui, view), dir.resolve(stem + "-" + suffix + ".png")));
        }
        if (gui.views().size() > 1) {
            written.add(save(compare(gui), dir.resolve("compare-" + suffix + ".png")));
        }
        return written;
    }

    /** One run as its window shows it, on a 1920 x 1080 slide: the framed display left, the charts stacked right. */
    static BufferedImage window(DemoGUI gui, RunPortrayals view) {
        DemoRun run = view.run();
        List<ChartFeed> feeds = view.feeds();
        int chartsWidth = feeds.isEmpty() ? 0 : 640;
        int left = SLIDE_WIDTH - chartsWidth;
        int width = fitWidth(view, run, left, SLIDE_HEIGHT, CAPTION_TYPE);
        BufferedImage framed = framed(view, display(gui, view, width), CAPTION_TYPE);
        BufferedImage out = slide();
        Graphics2D g = out.createGraphics();
        g.drawImage(framed, (left - framed.getWidth()) / 2, 0, null);
        for (int k = 0; k < feeds.size(); k++) {
            int h = SLIDE_HEIGHT / feeds.size();
            g.drawImage(chart(feeds.get(k), run, chartsWidth, h, CHART_TYPE * 0.85f, DemoCharts.sharedTop(feeds.get(k), gui.clock().runs())),
                    left, k * h, null);
        }
        g.setColor(new Color(0xCFD8DC));
        g.fillRect(left - 1, 0, 2, SLIDE_HEIGHT);
        g.dispose();
        return out;
    }

    /**
     * A comparison as its windows show it, on a 1920 x 1080 slide: each school framed, with its
     * charts in a row under it; every chart's y axis is shared by the two schools.
     */
    static BufferedImage compare(DemoGUI gui) {
        List<RunPortrayals> views = gui.views();
        List<DemoRun> runs = gui.clock().runs();
        int n = views.size();
        int gap = 16;
        int half = (SLIDE_WIDTH - (n - 1) * gap) / n;
        int chartsHeight = 330;
        BufferedImage out = slide();
        Graphics2D g = out.createGraphics();
        // the districts' overviews side by side at one scale (the smaller that fits): placed first
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = fitWidth(views.get(i), views.get(i).run(), half, SLIDE_HEIGHT - chartsHeight, CAPTION_TYPE * 0.8f);
            views.get(i).overviewScale().place(views.get(i), widths[i], displayHeight(views.get(i), widths[i]));
        }
        int keyHeight = 0;
        for (RunPortrayals view : views) {
            keyHeight = Math.max(keyHeight, keyHeight(view.feeds(), view.run(), runs, half, chartsHeight, CHART_TYPE * 0.8f));
        }
        for (int i = 0; i < n; i++) {
            RunPortrayals view = views.get(i);
            DemoRun run = view.run();
            int x = i * (half + gap);
            BufferedImage framed = framed(view, display(gui, view, widths[i]), CAPTION_TYPE * 0.8f);
            g.drawImage(framed, x + (half - framed.getWidth()) / 2, 0, null);
            chartRow(g, view.feeds(), run, runs, x, SLIDE_HEIGHT - chartsHeight, half, chartsHeight, CHART_TYPE * 0.8f, keyHeight);
            if (i > 0) {
                g.setColor(new Color(0xCFD8DC));
                g.fillRect(x - gap / 2 - 1, 0, 2, SLIDE_HEIGHT);
            }
        }
        g.dispose();
        views.forEach(v -> v.overviewScale().clear()); // a picture of one district alone is at its own scale
        return out;
    }

    /** The widest display (at most {@code width}) whose framed picture fits in {@code height}. */
    private static int fitWidth(RunPortrayals view, DemoRun run, int width, int height, float type) {
        int w = width;
        while (w > 200 && displayHeight(view, w) + wordsHeight(run, w, type) > height) {
            w -= 10;
        }
        return w;
    }

    private static BufferedImage slide() {
        BufferedImage out = new BufferedImage(SLIDE_WIDTH, SLIDE_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SLIDE_WIDTH, SLIDE_HEIGHT);
        g.dispose();
        return out;
    }

    private static Font font(int style, float size) {
        return new Font(Font.SANS_SERIF, style, Math.round(size));
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        smooth(g);
        FontMetrics fm = g.getFontMetrics(font);
        g.dispose();
        return fm;
    }

    private static int lineHeight(Font font) {
        return metrics(font).getHeight();
    }

    private static List<String> lines(String text, Font font, double width) {
        return OverlayPortrayal.wrap(text, metrics(font), width);
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    static Path save(BufferedImage image, Path file) throws IOException {
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static String slug(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
