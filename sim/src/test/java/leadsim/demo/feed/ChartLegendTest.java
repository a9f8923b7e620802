package leadsim.demo.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import leadsim.demo.DemoRun;
import leadsim.demo.DemoSetup;
import leadsim.demo.LockstepClock;
import leadsim.demo.Scenarios;
import leadsim.demo.draw.OrgLayout;
import org.junit.jupiter.api.Test;

/**
 * A chart's legend never covers its plot and is never set in type a room cannot read: every
 * chart that draws a legend of its own (the slides' pictures, and any narrow chart), a single
 * school's, a district's overview and each of its schools, drawn as the live panel draws them. A
 * school of Long Beach has eight roles and bodies in its queue chart, the most any shipped
 * scenario shows. (The run windows' charts share one key under them: ComparedLegendsTest.)
 */
class ChartLegendTest {
    /**
     * Chart sizes and type: a slide's chart column ({@code SnapshotImages.window}: 640 wide, three or
     * four charts to 1080 lines, type 0.85 of 1080 / 52), narrow charts as a window's column
     * could give them (380 to 620 wide, type = screen height / 52, at least 13), and a slide's
     * chart (wide: XChart's own legend beside the plot).
     */
    private record Size(String name, int width, int height, float base) {}

    private static final List<Size> CONSOLE = List.of(
            new Size("slide-column-3", 640, 360, 1080 / 52f * 0.85f),
            new Size("slide-column-4", 640, 270, 1080 / 52f * 0.85f),
            new Size("narrow-1280x1024", 410, 330, 1024 / 52f),
            new Size("narrow-1920x1080", 614, 480, 1080 / 52f),
            new Size("narrow-1280x720", 410, 280, 13.8f),
            // a slide's chart (--snapshot): wide, XChart's own legend beside the plot
            new Size("slide-1280x720", 1280, 720, 1080 / 52f));

    private static List<DemoRun> runs(String scenario, int days) throws Exception {
        LockstepClock clock = DemoSetup.of(Scenarios.file(scenario), null, null).clock();
        clock.start();
        clock.runUntil(days);
        return clock.runs();
    }

    @Test
    void noLegendCoversItsPlotOrShrinksBelowLegibleType() throws Exception {
        DemoRun district = runs("districts/long-beach-hierarchical.yaml", 15).get(0);
        DemoRun school = runs("hierarchical.yaml", 15).get(0);
        List<ChartFeed> feeds = new ArrayList<>(ChartFeeds.shown(district, OrgLayout.WHOLE));
        feeds.addAll(ChartFeeds.shown(district, 0));
        List<DemoRun> feedRuns = new ArrayList<>();
        feeds.forEach(f -> feedRuns.add(district));
        for (ChartFeed f : ChartFeeds.shown(school, OrgLayout.WHOLE)) {
            feeds.add(f);
            feedRuns.add(school);
        }
        int legends = 0;
        for (Size size : CONSOLE) {
            for (int i = 0; i < feeds.size(); i++) {
                ChartFeed feed = feeds.get(i);
                DemoRun run = feedRuns.get(i);
                if (feed.unavailable(run) != null) {
                    continue;
                }
                Map<String, double[]> series = feed.series(run);
                DemoChart chart = DemoCharts.create(feed, size.width(), size.height(), size.base());
                DemoCharts.update(chart, series, null);
                paint(chart, size);
                String where = feed.id() + " (" + series.size() + " series) at " + size;
                Rectangle2D legend = chart.legendBounds();
                if (series.size() < 2) {
                    assertNull(legend, where + ": one line needs no legend");
                    continue;
                }
                legends++;
                assertNotNull(legend, where);
                assertTrue(chart.legendType() >= ChartKey.LEGIBLE, where + ": legend in " + chart.legendType() + " px type");
                Rectangle2D plot = chart.plotBounds();
                assertFalse(legend.intersects(plot), where + ": legend " + legend + " over the plot " + plot);
                assertTrue(legend.getMinX() >= 0 && legend.getMaxX() <= size.width() && legend.getMinY() >= 0
                        && legend.getMaxY() <= size.height(), where + ": legend " + legend + " cut off");
                assertTrue(plot.getHeight() >= size.height() * 0.25, where + ": the plot kept only " + plot);
                assertEquals(size.width() < 1000, chart.legendInRows(), where + ": rows under the plot in a narrow chart");
            }
        }
        assertTrue(legends >= 18, "charts with a legend were checked: " + legends);
    }

    @Test
    void theEightRolesOfASchoolOfLongBeachLeaveEveryLineInSight() throws Exception {
        DemoRun district = runs("districts/long-beach-hierarchical.yaml", 15).get(0);
        ChartFeed queues = new SchoolFeed(new QueueFeed(), 0);
        Map<String, double[]> series = queues.series(district);
        assertEquals(8, series.size(), series.keySet().toString());
        Path keep = Path.of("target", "demo-snapshots");
        Files.createDirectories(keep);
        for (Size size : CONSOLE) {
            DemoChart chart = DemoCharts.create(queues, size.width(), size.height(), size.base());
            DemoCharts.update(chart, series, null);
            BufferedImage image = paint(chart, size);
            // kept for a person to look at after the build
            ImageIO.write(image, "png", keep.resolve("queue-legend-" + size.name() + ".png").toFile());
            assertFalse(chart.legendBounds().intersects(chart.plotBounds()), size + ": " + chart.legendBounds());
        }
    }

    private static BufferedImage paint(DemoChart chart, Size size) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            chart.paint(g, size.width(), size.height());
        } finally {
            g.dispose();
        }
        return image;
    }
}
