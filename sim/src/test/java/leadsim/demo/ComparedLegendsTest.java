package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import leadsim.demo.draw.OrgLayout;
import leadsim.demo.feed.ChartFeed;
import leadsim.demo.feed.ChartFeeds;
import leadsim.demo.feed.ChartSlot;
import leadsim.demo.feed.DemoCharts;
import leadsim.demo.feed.WindowCharts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A room reads the charts' legends from the back: on every screen the windows are planned for,
 * one run or two compared, every legend the window's charts draw is set in type of at least
 * {@link #LEGIBLE} pixels, names every line of its charts, and leaves each plot room to read.
 * The hardest case is a school of Long Beach opened in two compared windows on a 1280x720
 * projector: eight roles and bodies in a chart a third of a 640-pixel window wide.
 *
 * <p>Why 12 px: on a 720-line projector a pixel is about 1/720 of the screen's height, and a
 * room sits up to about eight screen heights away (the usual rule for the last row). Type of 12
 * px has capitals about 9 px tall (DejaVu Sans), 1/80 of the screen's height: at eight screen
 * heights that is 5.4 minutes of arc, just above the 5 minutes a normally sighted reader needs
 * for a letter. Smaller type is not legible from the back; the captions (18 px) and the chart
 * ticks (13.8 px at 720 lines) are larger still.
 */
class ComparedLegendsTest {
    static final float LEGIBLE = 12f;

    @ParameterizedTest(name = "{0}x{1}, {2} run(s)")
    @CsvSource({"1280, 720, 2", "1280, 720, 1", "1920, 1080, 2", "1920, 1080, 1", "1280, 1024, 2", "1280, 1024, 1"})
    void everyLegendOfALongBeachSchoolIsLegible(int width, int height, int runs) throws Exception {
        LockstepClock clock = DemoSetup.of(Scenarios.file("districts/long-beach-reform-hierarchical.yaml"),
                Scenarios.file("districts/long-beach-reform-distributed.yaml"), null).clock();
        clock.start();
        clock.runUntil(15);
        DemoRun run = clock.runs().get(0);
        WindowPlan plan = new WindowPlan(new Rectangle(0, 0, width, height), runs);
        Rectangle bounds = plan.window(0);
        int north = 110; // the title band and the toolbars, as a 1280x720 window has them
        for (int school : new int[] {0, OrgLayout.WHOLE}) {
            List<ChartFeed> feeds = ChartFeeds.shown(run, school).stream().filter(f -> f.unavailable(run) == null).toList();
            WindowCharts charts = new WindowCharts(run, bounds, plan.chartsBelow(), plan.chartType, north);
            charts.show(feeds);
            Map<String, Double> tops = new HashMap<>();
            feeds.forEach(f -> tops.put(f.id(), DemoCharts.sharedTop(f, clock.runs())));
            charts.refresh(tops);
            Component panel = charts.component();
            Dimension preferred = panel.getPreferredSize();
            // as the window places it: a row across the window under the display, or a column beside it
            panel.setSize(plan.chartsBelow() ? new Dimension(bounds.width, preferred.height)
                    : new Dimension(preferred.width, bounds.height - north));
            BufferedImage image = paint(panel);
            String where = width + "x" + height + ", " + runs + " run(s), " + (school == OrgLayout.WHOLE ? "overview" : "school 0");
            Path keep = Path.of("target", "demo-snapshots", "legends");
            Files.createDirectories(keep);
            ImageIO.write(image, "png", keep.resolve(width + "x" + height + "-" + runs + "-" + (school < 0 ? "overview" : "school")
                    + ".png").toFile());

            Set<String> named = new TreeSet<>();
            for (WindowCharts.DrawnLegend legend : charts.legends()) {
                assertTrue(legend.type() >= LEGIBLE, where + ": a legend in " + legend.type() + " px type: " + legend.labels());
                named.addAll(legend.labels());
            }
            for (ChartSlot slot : charts.slots()) {
                var lines = slot.chart().getSeriesMap().values();
                if (lines.size() > 1) {
                    for (var line : lines) {
                        assertTrue(named.contains(line.getLabel()), where + ": `" + line.getLabel() + "` of " + slot.feed().id()
                                + " is in no legend: " + named);
                    }
                }
                double plot = slot.chart().plotBounds().getHeight();
                double chart = slot.component().getHeight();
                assertTrue(plot >= 0.35 * chart, where + ": " + slot.feed().id() + "'s plot keeps " + plot + " of " + chart + " px");
            }
            assertEquals(feeds.size(), charts.slots().size());
        }
    }

    /** Lays the panel out as a window would (no window needed) and paints it. */
    static BufferedImage paint(Component panel) {
        layOut(panel);
        BufferedImage image = new BufferedImage(panel.getWidth(), panel.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            panel.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void layOut(Component c) {
        c.doLayout();
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }
}
