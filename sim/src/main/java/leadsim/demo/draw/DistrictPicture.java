package leadsim.demo.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.demo.DemoRun;
import leadsim.demo.colour.ColourMode;
import leadsim.demo.colour.ColourModes;
import leadsim.demo.colour.Palette;
import leadsim.demo.colour.TileMode;
import leadsim.demo.colour.TileModes;
import leadsim.model.Body;
import leadsim.model.Level;
import leadsim.model.Organisation;
import leadsim.model.Person;

/**
 * A district at a glance, as plain data for the browser page: the central office above (its
 * people as discs in rows by their place in its reporting line, coloured as the schools' people
 * are, and its district-wide bodies), and one tile per school, named as in {@code schools:},
 * coloured by the school's own value of what the colour mode shows ({@link TileMode}). A tile
 * opens that school's own picture ({@link SchoolPicture} of one school). Field units, as the
 * school's picture: 100 wide. Build one after each (re)start.
 */
public final class DistrictPicture {
    /** A school's tile: where it sits. */
    public record Tile(String school, double x, double y, double w, double h) {}

    /**
     * What stays put: the office's discs and boxes, the role names, the tiles, a line under
     * them telling how a school opens ({@code hint}, at {@code hintY}), the tiles' legend for
     * each colour mode in this run ({@link #legends()}: the queue scale follows the district),
     * and, when the picture is drawn at one scale with another district's beside it, a line
     * saying so over the tiles in place of the word "schools" ({@code scaleNote}, else null).
     */
    public record Layout(String label, double width, double height, double titleBand, double officeTop, double officeBottom,
            List<SchoolPicture.Node> office, List<SchoolPicture.Text> labels, List<Tile> tiles, String hint, double hintY,
            SchoolPicture.Look look, List<SchoolPicture.Legend> tileLegends, String scaleNote) {

        /** The same layout with another line under the tiles (a replay cannot open a school). */
        public Layout withHint(String other) {
            return new Layout(label, width, height, titleBand, officeTop, officeBottom, office, labels, tiles, other, hintY, look,
                    tileLegends, scaleNote);
        }

        /** The same layout saying, over its tiles, that it is drawn at one scale with the district beside it. */
        public Layout atOneScale() {
            return new Layout(label, width, height, titleBand, officeTop, officeBottom, office, labels, tiles, hint, hintY, look,
                    tileLegends, AT_ONE_SCALE);
        }

        /** The same office and legends over other tiles, the hint at {@code newHintY}, the picture {@code newHeight} tall. */
        Layout withTiles(List<Tile> others, double newHintY, double newHeight) {
            return new Layout(label, width, newHeight, titleBand, officeTop, officeBottom, office, labels, others, hint, newHintY, look,
                    tileLegends, scaleNote);
        }
    }

    /**
     * One tile now: its fill, the words about its value, its leaders' posts, and the value itself
     * (NaN when it has none), which the fill is derived from.
     */
    public record TileState(String school, String fill, String words, String leaders, double value) {}

    /**
     * What changes: the day, the title, the caption, the colour mode, each tile, the office's
     * fills and badges (as {@link SchoolPicture.Colours}), the mode's note on the state now, and
     * why the tiles show nothing (or null).
     */
    public record State(double day, String title, String caption, String mode, List<TileState> tiles,
            List<String> officeFills, List<String> officeBadges, String note, String unavailable) {}

    static final double WIDTH = 100;
    /** The word over the tiles. */
    static final String SCHOOLS = "schools";
    /** Over the tiles of two districts compared at one scale, in place of {@link #SCHOOLS}. */
    public static final String AT_ONE_SCALE = "Schools, at one scale with the district beside";
    /** The band above the legends where the browser's page sets the title (a window or a slide sets it above the picture). */
    static final double PAGE_TITLE = 4.5;
    private static final double TITLE_BAND = 14;     // the title, then a row of two legends
    private static final double OFFICE_ROW = 6.5;
    private static final double DISC = 1.5;
    private static final double DISC_GAP = 3.6;
    private static final double BODY_WIDTH = 24;
    private static final double BODY_HEIGHT = 2.6;
    private static final double BODY_STEP = 3.3;
    private static final double TILE_GAP = 2;
    private static final double TILE_HEIGHT = 15;
    /** Under the office: a line naming the schools, then the tiles. */
    private static final double TILES_BELOW_OFFICE = 5;
    /** Under the tiles: the hint's line (a little more room on a page or slide, where the picture ends there). */
    private static final double UNDER_TILES = 4.5;
    private static final double UNDER_FITTED_TILES = 3.2;
    /** Tiles no shorter than this in a fitted overview (their three lines stay readable): the picture grows instead. */
    private static final double SHORTEST_TILE = 9;

    private final DemoRun run;
    private final List<Object> officeNodes = new ArrayList<>();
    /** Laid out on its own, or at one scale with the districts beside it ({@link #atOneScale}). */
    private Layout layout;

    public DistrictPicture(DemoRun run) {
        this.run = run;
        this.layout = lay();
    }

    public Layout layout() {
        return layout;
    }

    private Layout lay() {
        Organisation org = run.sim().organisation();
        List<SchoolPicture.Node> office = new ArrayList<>();
        List<SchoolPicture.Text> labels = new ArrayList<>();
        double officeTop = TITLE_BAND + 1;
        labels.add(new SchoolPicture.Text("central office", 1, officeTop + 1.2));
        // the office's people: a row per step down its own reporting line, a group per role, its name under it
        Map<Integer, List<Level>> rows = new java.util.TreeMap<>();
        for (Level level : org.levels()) {
            if (level.isOffice() && !level.isBody() && !org.peopleOf(level, -1).isEmpty()) {
                rows.computeIfAbsent(depth(org.peopleOf(level, -1).get(0)), d -> new ArrayList<>()).add(level);
            }
        }
        double y = officeTop + 4;
        double peopleRight = WIDTH - BODY_WIDTH - 4;
        for (List<Level> row : rows.values()) {
            double x = 3;
            for (Level level : row) {
                List<Person> people = org.peopleOf(level, -1);
                double start = x;
                for (Person p : people) {
                    officeNodes.add(p);
                    office.add(new SchoolPicture.Node("person", p.role(), x, y, DISC, 2 * DISC, 2 * DISC, p.role().replace('_', ' ')));
                    x += DISC_GAP;
                }
                String name = level.name().replace('_', ' ') + (people.size() > 1 ? "s" : "");
                labels.add(new SchoolPicture.Text(name, start - DISC, y + DISC + 1.6));
                x = Math.max(x, start + 1.2 + 0.62 * name.length()) + 2.5; // the name fits under its group
            }
            y += OFFICE_ROW;
            peopleRight = Math.max(peopleRight, x);
        }
        // the district's own bodies (their members sit in several schools), stacked at the right
        double by = officeTop + 2;
        for (Body body : org.bodies()) {
            if (body.school() < 0) {
                officeNodes.add(body);
                office.add(new SchoolPicture.Node("body", body.level().name(), WIDTH - BODY_WIDTH / 2 - 1, by + BODY_HEIGHT / 2,
                        0, BODY_WIDTH, BODY_HEIGHT, body.level().name().replace('_', ' ')));
                by += BODY_STEP;
            }
        }
        double officeBottom = Math.max(y - OFFICE_ROW / 2 + 1.5, by) + 1;
        // the schools, a row of tiles (several rows for many schools) under the office
        double top = officeBottom + TILES_BELOW_OFFICE;
        labels.add(new SchoolPicture.Text(SCHOOLS, 1, top - 1.6));
        Layout office0 = new Layout(run.label(), WIDTH, 0, TITLE_BAND, officeTop, officeBottom, office, labels, List.of(),
                "Click a school to see it on its own: its people, its teams and its charts", 0, SchoolPicture.look(), legends(), null);
        return tiled(office0, TileGrid.natural(run.schoolNames().size(), WIDTH - 2, TILE_GAP, TILE_HEIGHT), UNDER_TILES);
    }

    /** The layout's office over these tiles, the hint under them, the picture {@code under} below the tiles. */
    private Layout tiled(Layout office, TileGrid grid, double under) {
        double top = office.officeBottom() + TILES_BELOW_OFFICE;
        List<String> names = run.schoolNames();
        List<Tile> tiles = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            tiles.add(new Tile(names.get(s), grid.x(s, 1, WIDTH - 2), grid.y(s, top), grid.w(), grid.h()));
        }
        double bottom = top + grid.height();
        return office.withTiles(tiles, bottom + under - 1.5, bottom + under);
    }

    /**
     * The overview laid out to fill a picture {@code height} field units tall (100 wide): the
     * office as ever, the tiles as large as fit under it ({@link TileGrid#largest}) and no taller
     * than {@code tallest}. The Console's display has the shape of the room its window leaves,
     * not of the overview: wide and short for a district of small schools under a tall office,
     * tall beside twelve large schools' charts, and tiles in a fixed row would use neither. When even
     * tiles {@link #SHORTEST_TILE} tall do not fit, the picture is taller than asked (and is
     * drawn smaller) rather than tiles too small to read.
     */
    public Layout fitted(double height, double tallest) {
        int n = run.schoolNames().size();
        double top = layout.officeBottom() + TILES_BELOW_OFFICE;
        TileGrid grid = TileGrid.largest(n, WIDTH - 2, height - top - UNDER_FITTED_TILES, TILE_GAP, tallest);
        double shortest = Math.min(SHORTEST_TILE, tallest);
        if (grid.h() < shortest) {
            grid = TileGrid.largest(n, WIDTH - 2, TileGrid.heightAt(n, WIDTH - 2, TILE_GAP, shortest), TILE_GAP, shortest);
        }
        Layout fitted = tiled(layout, grid, UNDER_FITTED_TILES);
        return fitted.withTiles(fitted.tiles(), fitted.hintY(), Math.max(height, fitted.height()));
    }

    /**
     * Districts shown side by side (a browser page, an exported lesson) laid out at one scale:
     * every tile the size of the smallest any of them has laid out alone, and every picture as
     * tall as the tallest, so pictures of one width in boxes of one size are drawn at one scale.
     * Alone, a district of four schools has tiles 23 units wide, one of twelve 18: the same
     * school would look larger on one side. When they differ, each says so over its tiles.
     */
    public static void atOneScale(List<DistrictPicture> pictures) {
        if (pictures.size() < 2) {
            return;
        }
        Tile smallest = pictures.stream().map(p -> p.layout.tiles().get(0)).min(java.util.Comparator.comparingDouble(Tile::h))
                .orElseThrow();
        boolean differ = pictures.stream().map(p -> p.layout.tiles().get(0)).anyMatch(t -> t.h() > smallest.h() * 1.02);
        for (DistrictPicture p : pictures) {
            int n = p.run.schoolNames().size();
            // its own columns, as many as the smaller tiles leave room for
            int cols = Math.min(TileGrid.natural(n, WIDTH - 2, TILE_GAP, TILE_HEIGHT).cols(),
                    (int) Math.max(1, Math.floor((WIDTH - 2 + TILE_GAP) / (smallest.w() + TILE_GAP))));
            p.layout = p.tiled(p.layout, new TileGrid(cols, (n + cols - 1) / cols, smallest.w(), smallest.h(), TILE_GAP), UNDER_TILES);
        }
        double tallest = pictures.stream().mapToDouble(p -> p.layout.height()).max().orElseThrow();
        for (DistrictPicture p : pictures) {
            Layout tall = p.layout.withTiles(p.layout.tiles(), p.layout.hintY(), tallest);
            p.layout = differ ? tall.atOneScale() : tall;
        }
    }

    /** Steps from a person up to the top of the reporting line. */
    private static int depth(Person p) {
        int d = 0;
        for (Person up = p.supervisor(); up != null && d < 50; up = up.supervisor()) {
            d++;
        }
        return d;
    }

    /**
     * The legend of every tile mode in this run, in the colour menu's order: the page draws
     * these (from the layout), the Console draws the same {@link TileMode#legend(DemoRun)}.
     */
    public List<SchoolPicture.Legend> legends() {
        List<SchoolPicture.Legend> out = new ArrayList<>();
        for (ColourMode mode : ColourModes.all()) {
            TileMode tiles = TileModes.of(mode.id());
            out.add(SchoolPicture.legend(mode.id(), mode.label(), tiles.legend(run)));
        }
        return out;
    }

    /** The district now in the colour mode {@code id}. */
    public State state(String id) {
        ColourMode mode = ColourModes.byId(id);
        if (mode == null) {
            throw new IllegalArgumentException("unknown colour mode `" + id + "`; allowed: " + String.join(", ", ColourModes.ids()));
        }
        TileMode tileMode = TileModes.of(id);
        List<TileState> tiles = new ArrayList<>();
        for (int s = 0; s < run.schoolNames().size(); s++) {
            tiles.add(new TileState(run.schoolNames().get(s), Palette.hex(tileMode.fill(run, s)), tileMode.words(run, s),
                    LeaderPost.words(run, s), tileMode.value(run, s)));
        }
        List<String> fills = new ArrayList<>();
        List<String> badges = new ArrayList<>();
        var flow = run.sim().decisionFlow();
        for (Object o : officeNodes) {
            if (o instanceof Person p) {
                fills.add(Palette.hex(mode.person(run, p)));
                badges.add(mode.badge(run, p));
            } else {
                Body b = (Body) o;
                fills.add(Palette.hex(mode.body(run, b)));
                int queued = flow == null ? 0 : flow.queued(b);
                badges.add(queued > 0 ? Integer.toString(queued) : null);
            }
        }
        String title = RunTitle.districtHeading(run);
        return new State(Math.floor(run.now()), title, run.caption(), id, tiles, fills, badges, mode.note(run),
                tileMode.unavailable(run));
    }
}
