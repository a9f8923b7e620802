package leadsim.demo.draw;

import java.awt.Color;
import java.util.List;
import leadsim.demo.DemoRun;
import leadsim.demo.DistrictFocus;
import leadsim.demo.colour.ColourChoice;
import leadsim.demo.colour.Palette;
import leadsim.demo.feed.ChartFeed;
import leadsim.demo.feed.ChartFeeds;
import leadsim.model.Body;
import leadsim.model.Person;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;

/**
 * The portrayals of one run, in drawing order (back to front), shared by the live Display2D and
 * the off-screen snapshot so both show exactly the same picture. {@link #setup()} points them at
 * the run's fields again after each (re)start, when the organisation is new, and when another
 * school of a district is opened: a district shows its overview ({@link DistrictPortrayal}) until
 * one of its schools is shown on its own, drawn as a single school is.
 */
public final class RunPortrayals {
    /** One layer: its portrayal, its name in the display's Layers menu, and whether it starts shown. */
    public record Layer(String name, FieldPortrayal2D portrayal, boolean visible) {}

    private final DemoRun run;
    private final ColourChoice colours;
    private final DistrictFocus focus;
    private OrgLayout layout;
    /** The district's overview, or null for a single school (and before the start). */
    private DistrictPicture district;
    /** The field a district's window display shows, in field units (0: as large as the picture needs). */
    private double fieldWidth;
    private double fieldHeight;

    private final ContinuousPortrayal2D halos = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D students = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D reporting = new NetworkPortrayal2D();
    private final NetworkPortrayal2D collegial = new NetworkPortrayal2D();
    private final NetworkPortrayal2D paths = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D nodes = new ContinuousPortrayal2D();
    private final OverlayPortrayal overlay;
    private final DistrictPortrayal overview;
    /** The scale this view's overview shares with the overviews shown beside it. */
    private final OverviewScale scale;

    /** A run drawn on its own (its overview at its own scale). */
    public RunPortrayals(DemoRun run, ColourChoice colours, DistrictFocus focus) {
        this(run, colours, focus, new OverviewScale());
    }

    /** A run drawn beside others: {@code scale} is shared by all their overviews. */
    public RunPortrayals(DemoRun run, ColourChoice colours, DistrictFocus focus, OverviewScale scale) {
        this.run = run;
        this.colours = colours;
        this.focus = focus;
        this.scale = scale;
        halos.setPortrayalForAll(new HaloPortrayal());
        students.setPortrayalForAll(new StudentPortrayal());
        reporting.setPortrayalForAll(new SimpleEdgePortrayal2D(Palette.REPORTING, null));
        collegial.setPortrayalForAll(new SimpleEdgePortrayal2D(new Color(120, 144, 156, 70), null));
        paths.setPortrayalForAll(new FlashEdgePortrayal(this));
        nodes.setPortrayalForClass(Person.class, new PersonPortrayal(this));
        nodes.setPortrayalForClass(Body.class, new BodyPortrayal(this));
        overlay = new OverlayPortrayal(this);
        overview = new DistrictPortrayal(this);
    }

    /**
     * Lays the run out anew and points every layer at it; call after the run (re)starts and when
     * the school in focus changes (under the schedule's lock, between two ticks).
     */
    public void setup() {
        var org = run.sim().organisation();
        district = run.isDistrict() ? new DistrictPicture(run) : null;
        if (district == null) {
            layout = OrgLayout.of(org);
        } else if (showsOverview()) {
            // the overview fits itself to the display (DistrictPortrayal); the field only sets the display's scale
            layout = OrgLayout.blank(Math.max(fieldWidth, district.layout().width()),
                    fieldHeight > 0 ? fieldHeight : district.layout().height() + OrgLayout.CAPTION_BAND);
        } else {
            layout = OrgLayout.ofSchool(org, run.schoolNames().indexOf(focus.school())).centredIn(fieldWidth, fieldHeight);
        }
        halos.setField(layout.halos);
        students.setField(layout.students);
        reporting.setField(new SpatialNetwork2D(layout.nodes, layout.reporting));
        collegial.setField(new SpatialNetwork2D(layout.nodes, run.sim().collegialNetwork()));
        paths.setField(new SpatialNetwork2D(layout.nodes, run.flashes().network()));
        nodes.setField(layout.nodes);
    }

    /**
     * The field a window's display shows a district in, in field units: the window sizes its
     * display for the room it has, not for one school, so the overview can fill it; an opened
     * school is centred in a field of that shape. Call before {@link #setup()}.
     */
    public void fillDisplay(double width, double height) {
        fieldWidth = width;
        fieldHeight = height;
    }

    /** Back to front; the collegial ties start hidden (too busy for a class) but are in the Layers menu. */
    public List<Layer> layers() {
        List<Layer> layers = new java.util.ArrayList<>(List.of(
                new Layer("Teams", halos, true),
                new Layer("Students", students, true),
                new Layer("Reporting lines", reporting, true),
                new Layer("Collegial ties", collegial, false),
                new Layer("Paths of needs", paths, true),
                new Layer("People and bodies", nodes, true),
                new Layer("Caption and legend", overlay, true)));
        if (run.isDistrict()) {
            layers.add(new Layer("District overview", overview, true)); // a single school's Layers menu stays as it was
        }
        return layers;
    }

    /** True for a district with no school opened: its overview is what the display shows. */
    public boolean showsOverview() {
        return run.isDistrict() && (focus.school() == null || !run.schoolNames().contains(focus.school()));
    }

    /** The index of the school shown on its own, or {@link OrgLayout#WHOLE}. */
    int schoolShown() {
        return run.isDistrict() && !showsOverview() ? run.schoolNames().indexOf(focus.school()) : OrgLayout.WHOLE;
    }

    /** The title band's first line: the school (or the district) and the day. */
    public String heading() {
        if (!run.isDistrict()) {
            return RunTitle.heading(run);
        }
        return showsOverview() ? RunTitle.districtHeading(run) : RunTitle.heading(run, focus.school());
    }

    /** The charts shown beside this display: a single school's, the district's by school, or the school opened. */
    public List<ChartFeed> feeds() {
        return ChartFeeds.shown(run, schoolShown()).stream().filter(f -> f.unavailable(run) == null).toList();
    }

    /** The district's overview (null for a single school or before the start). */
    public DistrictPicture district() {
        return district;
    }

    public DistrictPortrayal overview() {
        return overview;
    }

    /** The scale this view's overview shares with those beside it. */
    public OverviewScale overviewScale() {
        return scale;
    }

    public DemoRun run() {
        return run;
    }

    public ColourChoice colours() {
        return colours;
    }

    public OrgLayout layout() {
        return layout;
    }
}
