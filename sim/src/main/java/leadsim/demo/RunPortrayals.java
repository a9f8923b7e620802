package leadsim.demo;

import java.awt.Color;
import java.util.List;
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
 * the run's fields again after each (re)start, when the organisation is new.
 */
final class RunPortrayals {
    /** One layer: its portrayal, its name in the display's Layers menu, and whether it starts shown. */
    record Layer(String name, FieldPortrayal2D portrayal, boolean visible) {}

    private final DemoRun run;
    private final ColourChoice colours;
    private OrgLayout layout;

    private final ContinuousPortrayal2D halos = new ContinuousPortrayal2D();
    private final ContinuousPortrayal2D students = new ContinuousPortrayal2D();
    private final NetworkPortrayal2D reporting = new NetworkPortrayal2D();
    private final NetworkPortrayal2D collegial = new NetworkPortrayal2D();
    private final NetworkPortrayal2D paths = new NetworkPortrayal2D();
    private final ContinuousPortrayal2D nodes = new ContinuousPortrayal2D();
    private final OverlayPortrayal overlay;

    RunPortrayals(DemoRun run, ColourChoice colours) {
        this.run = run;
        this.colours = colours;
        halos.setPortrayalForAll(new HaloPortrayal());
        students.setPortrayalForAll(new StudentPortrayal());
        reporting.setPortrayalForAll(new SimpleEdgePortrayal2D(Palette.REPORTING, null));
        collegial.setPortrayalForAll(new SimpleEdgePortrayal2D(new Color(120, 144, 156, 70), null));
        paths.setPortrayalForAll(new FlashEdgePortrayal(this));
        nodes.setPortrayalForClass(Person.class, new PersonPortrayal(this));
        nodes.setPortrayalForClass(Body.class, new BodyPortrayal(this));
        overlay = new OverlayPortrayal(this);
    }

    /** Lays the run out anew and points every layer at it; call after the run (re)starts. */
    void setup() {
        layout = OrgLayout.of(run.sim().organisation());
        halos.setField(layout.halos);
        students.setField(layout.students);
        reporting.setField(new SpatialNetwork2D(layout.nodes, layout.reporting));
        collegial.setField(new SpatialNetwork2D(layout.nodes, run.sim().collegialNetwork()));
        paths.setField(new SpatialNetwork2D(layout.nodes, run.flashes().network()));
        nodes.setField(layout.nodes);
    }

    /** Back to front; the collegial ties start hidden (too busy for a class) but are in the Layers menu. */
    List<Layer> layers() {
        return List.of(
                new Layer("Teams", halos, true),
                new Layer("Students", students, true),
                new Layer("Reporting lines", reporting, true),
                new Layer("Collegial ties", collegial, false),
                new Layer("Paths of needs", paths, true),
                new Layer("People and bodies", nodes, true),
                new Layer("Caption and legend", overlay, true));
    }

    DemoRun run() {
        return run;
    }

    ColourChoice colours() {
        return colours;
    }

    OrgLayout layout() {
        return layout;
    }
}
