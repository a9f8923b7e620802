package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import leadsim.demo.draw.DistrictPicture;
import leadsim.demo.draw.OrgLayout;
import leadsim.demo.draw.RunPortrayals;
import org.junit.jupiter.api.Test;
import sim.portrayal.DrawInfo2D;

/**
 * Two different districts compared side by side draw a school's tile the same size on both sides
 * (the smaller of the two tiles that fit), and say so over the tiles: Long Beach's four high
 * schools beside a district of twelve. Each overview fitted its own display alone drew Long
 * Beach's tiles larger, and a room compared sizes that meant nothing. In the Console's two
 * windows (1280x720) and on the compare slide; two variants of one district, alike, say nothing.
 */
class OneScaleForComparedDistrictsTest {
    private static Path twelveSchools() throws Exception {
        String scenario = Files.readString(Scenarios.file("districts/long-beach-hierarchical.yaml"));
        Path file = Files.createTempDirectory("twelve").resolve("twelve-schools.yaml");
        Files.writeString(file, scenario.replace("copies: 1}", "copies: 3}").replace("name: long-beach-hierarchical",
                "name: twelve-schools"));
        return file;
    }

    private static DemoGUI compared(Path a, Path b) throws Exception {
        DemoGUI gui = new DemoGUI(DemoSetup.of(a, b, null));
        gui.start();
        gui.clock().runUntil(2);
        return gui;
    }

    @Test
    void theConsolesTwoWindowsDrawASchoolTheSameSize() throws Exception {
        DemoGUI gui = compared(Scenarios.file("districts/long-beach-distributed.yaml"), twelveSchools());
        // each window's display as RunWindow sizes it in the room a 1280x720 screen leaves it
        List<RunPortrayals> views = gui.views();
        double[][] room = {{620, 322}, {620, 322}};
        DisplayArea[] areas = new DisplayArea[2];
        for (int i = 0; i < 2; i++) {
            RunPortrayals view = views.get(i);
            areas[i] = DisplayArea.of(room[i][0], room[i][1], OrgLayout.ofSchool(view.run().sim().organisation(), 0), true);
            RunWindow.placeOverview(view, areas[i]);
        }
        gui.views().forEach(RunPortrayals::setup);
        Rectangle2D[] tile = new Rectangle2D[2];
        for (int i = 0; i < 2; i++) {
            tile[i] = draw(views.get(i), areas[i], "console-" + i).get(0);
        }
        assertEquals(tile[1].getWidth(), tile[0].getWidth(), 0.5, "a tile as wide on both sides: " + tile[0] + " " + tile[1]);
        assertEquals(tile[1].getHeight(), tile[0].getHeight(), 0.5, "and as tall");
        for (RunPortrayals view : views) {
            assertTrue(said(view), view.run().label() + " says it is drawn at one scale with the district beside");
        }
    }

    @Test
    void theCompareSlideDrawsASchoolTheSameSize() throws Exception {
        DemoGUI gui = compared(Scenarios.file("districts/long-beach-distributed.yaml"), twelveSchools());
        BufferedImage slide = SnapshotImages.compare(gui);
        keep(slide, "slide");
        Rectangle2D a = gui.views().get(0).overview().drawnTiles().get(0);
        Rectangle2D b = gui.views().get(1).overview().drawnTiles().get(0);
        assertEquals(b.getWidth(), a.getWidth(), 0.5, "a tile as wide on both sides of the slide: " + a + " " + b);
        assertEquals(b.getHeight(), a.getHeight(), 0.5, "and as tall");
        assertTrue(said(gui.views().get(0)) && said(gui.views().get(1)), "both say so");
        // a picture of one district alone afterwards is at its own scale again
        BufferedImage alone = SnapshotImages.display(gui, gui.views().get(0), 1280);
        assertFalse(said(gui.views().get(0)), "alone, nothing to say");
        assertTrue(gui.views().get(0).overview().drawnTiles().get(0).getHeight() > 1.2 * a.getHeight() * 1280 / slide.getWidth(),
                "alone, Long Beach's tiles as large as its own picture allows: " + alone.getWidth());
    }

    @Test
    void twoVariantsOfOneDistrictAreAlikeAndSayNothing() throws Exception {
        DemoGUI gui = compared(Scenarios.file("districts/long-beach-hierarchical.yaml"),
                Scenarios.file("districts/long-beach-distributed.yaml"));
        SnapshotImages.compare(gui);
        for (RunPortrayals view : gui.views()) {
            assertFalse(said(view), view.run().label() + " has nothing to say");
        }
        Rectangle2D a = gui.views().get(0).overview().drawnTiles().get(0);
        Rectangle2D b = gui.views().get(1).overview().drawnTiles().get(0);
        assertEquals(b.getHeight(), a.getHeight(), 0.5);
    }

    /** Whether the overview's words over its tiles say it is drawn at one scale with the other. */
    private static boolean said(RunPortrayals view) {
        DistrictPicture.Layout drawn = view.overview().drawnLayout();
        return drawn.scaleNote() != null;
    }

    private static List<Rectangle2D> draw(RunPortrayals view, DisplayArea area, String name) throws Exception {
        Rectangle2D.Double rect = new Rectangle2D.Double(0, 0, area.width(), area.height());
        BufferedImage image = new BufferedImage((int) area.width(), (int) area.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        view.overview().draw(null, g, new DrawInfo2D(null, null, rect, rect));
        g.dispose();
        keep(image, name);
        return view.overview().drawnTiles();
    }

    private static void keep(BufferedImage image, String name) throws Exception {
        Path keep = Path.of("target", "demo-snapshots", "one-scale");
        Files.createDirectories(keep);
        ImageIO.write(image, "png", keep.resolve(name + ".png").toFile());
    }
}
