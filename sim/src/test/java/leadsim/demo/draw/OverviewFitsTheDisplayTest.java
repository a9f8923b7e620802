package leadsim.demo.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import leadsim.demo.DemoRun;
import leadsim.demo.DemoSetup;
import leadsim.demo.DistrictFocus;
import leadsim.demo.LockstepClock;
import leadsim.demo.colour.ColourChoice;
import org.junit.jupiter.api.Test;
import sim.portrayal.DrawInfo2D;

/**
 * Whatever display the overview is drawn in, it fits: here one sized for a school of the district
 * (as the Console's display was before it took its window's room, and as a display may be when
 * the room is small), shorter than the overview (small schools under a tall office): every tile
 * inside the display, none cut off at its foot, a click on each opening its school.
 */
class OverviewFitsTheDisplayTest {

    @Test
    void everyTileIsInsideADisplaySizedForASmallSchool() throws Exception {
        String scenario = Files.readString(Path.of("..", "scenarios", "districts", "long-beach-hierarchical.yaml"));
        String small = scenario.replace("count: 60 ", "count: 12 ").replace("students: 1200 ", "students: 240 ");
        assertTrue(small.contains("count: 12 ") && small.contains("students: 240 "), "both numbers replaced");
        Path file = Files.createTempDirectory("small-district").resolve("small-district.yaml");
        Files.writeString(file, small);
        LockstepClock clock = DemoSetup.of(file, null, null).clock();
        clock.start();
        clock.runUntil(5);
        DemoRun run = clock.runs().get(0);
        RunPortrayals view = new RunPortrayals(run, new ColourChoice(), new DistrictFocus());
        view.setup();
        OrgLayout school = OrgLayout.ofSchool(run.sim().organisation(), 0);
        assertTrue(school.height < view.district().layout().height() + OrgLayout.CAPTION_BAND,
                "the case in point: a school view shorter than the overview");
        double scale = 1.5;
        Rectangle2D.Double area = new Rectangle2D.Double(0, 0, school.width * scale, school.height * scale);
        BufferedImage image = new BufferedImage((int) area.width, (int) area.height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        view.overview().draw(null, g, new DrawInfo2D(null, null, area, area));
        g.dispose();
        var tiles = view.overview().drawnTiles();
        assertEquals(4, tiles.size());
        for (int i = 0; i < tiles.size(); i++) {
            Rectangle2D tile = tiles.get(i);
            assertTrue(area.contains(tile), "tile " + i + " " + tile + " inside the display " + area);
            assertEquals(view.district().layout().tiles().get(i).school(),
                    view.overview().schoolAt(new Point2D.Double(tile.getCenterX(), tile.getCenterY())),
                    "a click on the tile opens its school");
        }
    }
}
