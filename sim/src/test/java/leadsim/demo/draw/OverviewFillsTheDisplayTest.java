package leadsim.demo.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import leadsim.demo.DemoRun;
import leadsim.demo.DisplayArea;
import leadsim.demo.DemoSetup;
import leadsim.demo.DistrictFocus;
import leadsim.demo.LockstepClock;
import leadsim.demo.colour.ColourChoice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sim.portrayal.DrawInfo2D;

/**
 * A district's overview fills the room a Console window gives its display: the picture across
 * the whole width, or, when the room is too short for the office and readable tiles, down the
 * whole height; and the tiles as large as fit in what the office leaves under it (no grid of
 * larger tiles of the same shape would fit). For a district of small schools (a school's
 * display is wider and shorter than the overview) and a large one (twelve full schools, taller),
 * in the room a run window leaves on a 1280x720 and a 1920x1080 screen, alone or compared. The
 * display was sized for one school: the overview spanned 76 to
 * 80% of it, and less of the room. (An opened school keeps its shape: DistrictDisplayTest.)
 */
class OverviewFillsTheDisplayTest {
    /** The scenario of the district: Long Beach, shrunk to small schools or copied to twelve schools. */
    static Path district(String kind) throws Exception {
        String scenario = Files.readString(Path.of("..", "scenarios", "districts", "long-beach-hierarchical.yaml"));
        String text = switch (kind) {
            case "small" -> scenario.replace("count: 60 ", "count: 12 ").replace("students: 1200 ", "students: 240 ");
            case "large" -> scenario.replace("copies: 1}", "copies: 3}");
            default -> throw new IllegalArgumentException(kind);
        };
        assertTrue(!text.equals(scenario), "the scenario was changed");
        Path file = Files.createTempDirectory(kind + "-district").resolve(kind + "-district.yaml");
        Files.writeString(file, text);
        return file;
    }

    /**
     * @param freeWidth  the width a run window leaves its display, in pixels
     * @param freeHeight the height it leaves it (under the title band and toolbars, over the caption and charts)
     */
    @ParameterizedTest(name = "{0} district, {1} x {2} free")
    @CsvSource({
        "small, 842, 532, one run on 1280x720",
        "small, 620, 322, two compared on 1280x720",
        "small, 992, 852, one run on 1920x1080",
        "large, 842, 532, one run on 1280x720",
        "large, 620, 322, two compared on 1280x720",
        "large, 992, 852, one run on 1920x1080"})
    void theOverviewFillsTheDisplayWithTilesAsLargeAsFit(String kind, int freeWidth, int freeHeight, String where) throws Exception {
        LockstepClock clock = DemoSetup.of(district(kind), null, null).clock();
        clock.start();
        clock.runUntil(2);
        DemoRun run = clock.runs().get(0);
        RunPortrayals view = new RunPortrayals(run, new ColourChoice(), new DistrictFocus());
        view.setup();
        // the display as RunWindow sizes it, its caption band below the fold
        OrgLayout school = OrgLayout.ofSchool(run.sim().organisation(), 0);
        DisplayArea display = DisplayArea.of(freeWidth, freeHeight, school, true);
        view.fillDisplay(display.fieldWidth(), display.fieldHeight());
        view.setup();
        Rectangle2D.Double area = new Rectangle2D.Double(0, 0, display.width(), display.height());
        double visible = display.height() - (OrgLayout.CAPTION_BAND - 1) * display.scale();
        assertEquals(freeWidth, display.width(), 1e-9, "the display is as wide as the room");
        assertEquals(freeHeight, visible, 1e-9, "and as tall");
        // the whole display, the band below the fold included: nothing may be drawn there
        BufferedImage image = new BufferedImage((int) area.width, (int) Math.ceil(area.height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        view.overview().draw(null, g, new DrawInfo2D(null, null, area, area));
        g.dispose();
        Path keep = Path.of("target", "demo-snapshots", "overview-fit");
        Files.createDirectories(keep);
        ImageIO.write(image, "png", keep.resolve(kind + "-" + freeWidth + "x" + freeHeight + ".png").toFile());
        String said = kind + " district, " + where + ", display " + image.getWidth() + "x" + image.getHeight();

        List<Rectangle2D> tiles = view.overview().drawnTiles();
        assertEquals(run.schoolNames().size(), tiles.size());
        Rectangle2D shown = new Rectangle2D.Double(0, 0, area.width, visible);
        for (int i = 0; i < tiles.size(); i++) {
            Rectangle2D tile = tiles.get(i);
            assertTrue(shown.contains(tile), said + ": tile " + i + " " + tile + " inside the display");
            assertEquals(run.schoolNames().get(i), view.overview().schoolAt(new Point2D.Double(tile.getCenterX(), tile.getCenterY())),
                    said + ": a click on the tile opens its school");
        }
        // the picture fills the display: its whole width, or its whole height when too short for that
        int[] across = inkSpan(image, true);
        int[] down = inkSpan(image, false);
        assertTrue(down[1] <= visible, said + ": drawn down to pixel " + down[1] + ", below the fold at " + Math.round(visible));
        assertTrue(across[1] - across[0] >= 0.95 * image.getWidth() || down[1] >= 0.95 * visible,
                said + ": the overview spans pixels " + across[0] + " to " + across[1] + " across and down to " + down[1]);
        // the tiles are as large as fit under the office: no arrangement of larger tiles of the same
        // shape fits across the picture, between the tiles' top and the display's foot (less a
        // line for the hint under them)
        Rectangle2D first = tiles.get(0);
        double top = tiles.stream().mapToDouble(Rectangle2D::getMinY).min().orElseThrow();
        double picture = across[1] - across[0];
        double best = largestTileHeight(tiles.size(), 0.98 * picture, visible - top - 0.035 * picture,
                first.getWidth() / first.getHeight(), 0.02 * picture);
        assertTrue(first.getHeight() >= 0.92 * best, said + ": tiles " + Math.round(first.getWidth()) + "x"
                + Math.round(first.getHeight()) + " px where tiles " + Math.round(best) + " px tall would fit");
    }

    /** The tallest tiles of this shape (width / height) that fit n in a w x h region, in some grid. */
    static double largestTileHeight(int n, double w, double h, double shape, double gap) {
        double best = 0;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double byWidth = (w - (cols - 1) * gap) / cols / shape;
            double byHeight = (h - (rows - 1) * gap) / rows;
            best = Math.max(best, Math.min(byWidth, byHeight));
        }
        return best;
    }

    /** The first and last columns (or rows) of the image with anything but white in them. */
    static int[] inkSpan(BufferedImage image, boolean across) {
        int n = across ? image.getWidth() : image.getHeight();
        int m = across ? image.getHeight() : image.getWidth();
        int first = n;
        int last = -1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int rgb = across ? image.getRGB(i, j) : image.getRGB(j, i);
                if ((rgb & 0xFFFFFF) != 0xFFFFFF) {
                    first = Math.min(first, i);
                    last = Math.max(last, i);
                    break;
                }
            }
        }
        return new int[] {first, last};
    }
}
