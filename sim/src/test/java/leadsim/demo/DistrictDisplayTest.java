package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import leadsim.demo.draw.DistrictPicture;
import leadsim.demo.draw.RunPortrayals;
import leadsim.demo.feed.ChartFeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Console's picture of a district, drawn without a window as the display draws it: the
 * overview's tiles in the colours the model gives each school, a click on a tile names that
 * school, and opening it gives the school's own picture, title and charts (and back).
 */
class DistrictDisplayTest {
    @TempDir
    Path dir;

    @Test
    void theDisplayDrawsTheOverviewAndATileClickedOpensItsSchool() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("districts/long-beach-reform-distributed.yaml"), null, null);
        setup.colour("queue");
        DemoGUI gui = new DemoGUI(setup);
        gui.start();
        gui.clock().runUntil(12);
        RunPortrayals view = gui.views().get(0);
        assertTrue(view.showsOverview());
        assertEquals("Long beach reform distributed, day 12 \u00b7 all 4 schools", view.heading());
        assertEquals(List.of("latency", "school-queues", "school-implementation"), view.feeds().stream().map(ChartFeed::id).toList());

        int width = 1280;
        BufferedImage image = SnapshotImages.display(gui, view, width);
        double u = width / view.district().layout().width();
        DistrictPicture.State state = view.district().state("queue");
        for (int s = 0; s < 4; s++) {
            DistrictPicture.Tile t = view.district().layout().tiles().get(s);
            // inside the tile, left of its centred words
            Point2D inside = new Point2D.Double((t.x() + 0.05 * t.w()) * u, (t.y() + 0.5 * t.h()) * u);
            String drawn = String.format("#%06x", image.getRGB((int) inside.getX(), (int) inside.getY()) & 0xFFFFFF);
            assertEquals(state.tiles().get(s).fill(), drawn, t.school() + "'s tile is drawn in its own colour");
            assertEquals(t.school(), view.overview().schoolAt(inside), "a click there opens " + t.school());
        }
        assertNull(view.overview().schoolAt(new Point2D.Double(2, 2)), "no school in the title band");

        gui.focus("jordan");
        assertFalse(view.showsOverview());
        assertEquals("Jordan (Long beach reform distributed), day 12", view.heading());
        assertEquals(List.of("latency", "queues", "implementation"), view.feeds().stream().map(ChartFeed::id).toList());
        assertEquals(view.run().schoolDays().queueByDay(1, view.run().sim().organisation().level("teacher"))[11],
                view.feeds().get(1).series(view.run()).get("teacher (all 60)")[11], 0, "jordan's 60 teachers, not the district's");
        List<Path> written = SnapshotImages.write(gui, dir, "day12");
        assertTrue(written.stream().anyMatch(p -> p.getFileName().toString().equals("long-beach-reform-distributed-queues-day12.png")),
                written.toString());
        assertTrue(Files.size(written.get(0)) > 10_000);

        gui.focus(null);
        assertTrue(view.showsOverview());
        assertEquals("school-queues", view.feeds().get(1).id());
    }

    /**
     * A district's window display takes the room the window has (its overview fills it), and a
     * school opened in it is drawn in a field of the display's shape, centred: MASON stretches a
     * field to its display on each axis apart, so any other shape would distort the school.
     */
    @Test
    void aSchoolOpenedInADistrictsDisplayKeepsItsShape() throws Exception {
        DemoGUI gui = new DemoGUI(DemoSetup.of(Scenarios.file("districts/long-beach-reform-distributed.yaml"), null, null));
        gui.start();
        RunPortrayals view = gui.views().get(0);
        var school = leadsim.demo.draw.OrgLayout.ofSchool(view.run().sim().organisation(), 0);
        for (double[] room : new double[][] {{842, 532}, {620, 322}, {992, 852}}) {
            DisplayArea display = DisplayArea.of(room[0], room[1], school, true);
            view.fillDisplay(display.fieldWidth(), display.fieldHeight());
            gui.focus("millikan");
            var shown = view.layout();
            assertEquals(display.width() / display.height(), shown.width / shown.height, 1e-9, "the field has the display's shape");
            assertTrue(shown.width >= school.width && shown.height >= school.height, "and holds the whole school");
            gui.focus(null);
            assertEquals(display.width() / display.height(), view.layout().width / view.layout().height, 1e-9, "so has the overview's");
        }
    }
}
