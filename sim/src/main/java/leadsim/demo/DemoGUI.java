package leadsim.demo;

import ec.util.MersenneTwisterFast;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.SwingUtilities;
import leadsim.demo.colour.ColourChoice;
import leadsim.demo.colour.ColourMode;
import leadsim.demo.colour.ColourModes;
import leadsim.demo.draw.OrgLayout;
import leadsim.demo.draw.OverviewScale;
import leadsim.demo.draw.RunPortrayals;
import leadsim.demo.feed.ChartFeed;
import leadsim.demo.feed.DemoCharts;
import leadsim.model.OrganisationBuilder;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;

/**
 * The MASON GUIState of a demo: one window per run (display and charts), the Console's model
 * inspector over the live parameters, and the chart refresh after each tick. The same object,
 * without a Console, also serves off-screen snapshots (portrayals need a GUIState to draw).
 */
public final class DemoGUI extends GUIState {
    private final ColourChoice colours = new ColourChoice();
    private final DistrictFocus focus = new DistrictFocus();
    /** One scale for the districts' overviews shown side by side (in the windows, or on a slide). */
    private final OverviewScale overviewScale = new OverviewScale();
    private final List<RunPortrayals> views = new ArrayList<>();
    private final List<RunWindow> windows = new ArrayList<>();
    private int chartDays = -1;
    private WindowPlan plan;

    public DemoGUI(DemoSetup setup) {
        super(setup.clock());
        colours.choose(setup.initialColour());
        for (DemoRun run : clock().runs()) {
            views.add(new RunPortrayals(run, colours, focus, overviewScale));
        }
    }

    public static String getName() {
        return "leadsim demo";
    }

    /** The Console's About tab: what the instructor is looking at and where the controls are. */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>leadsim demo</h2>"
                + "<p>A school's decision flow, live. People are discs (larger higher up the reporting line), "
                + "teams are clusters around their PLC (the small square), students the grey dots around their "
                + "teacher. Orange lines light up the path of each need as it climbs to whoever holds the "
                + "decision, fading over a day. A thick rim means the person is deciding something now.</p>"
                + "<p><b>Colour</b>: the menu in each window, or <i>Colour shows</i> in the Model tab.<br>"
                + "<b>Knobs</b>: the Model tab (psychological safety, transparency, hours a day per role, decision rights), "
                + "changeable while it plays.<br><b>Events</b>: the buttons in each window (only those this scenario can have; "
                + "a greyed one cannot happen now: hover for why). <i>Switch rights only</i> keeps the culture; "
                + "<i>Switch rights + culture</i> also takes the other preset's psychological safety and transparency.<br><b>Speed</b>: the Console tab's delay slider.</p></body></html>";
    }

    LockstepClock clock() {
        return (LockstepClock) state;
    }

    List<RunPortrayals> views() {
        return views;
    }

    List<RunWindow> windows() {
        return windows;
    }

    ColourChoice colours() {
        return colours;
    }

    DistrictFocus focus() {
        return focus;
    }

    /**
     * Shows one school of the district(s) on its own in every window (null: the overview), between
     * two ticks: the displays are laid out anew and the charts become that school's.
     */
    void focus(String school) {
        synchronized (state.schedule) {
            focus.choose(school);
            if (clock().runs().get(0).sim().organisation() != null) {
                views.forEach(RunPortrayals::setup);
            }
        }
        windows.forEach(RunWindow::showFocus);
        matchKeys();
        refreshCharts();
    }

    /**
     * Every window's chart key as tall as the tallest (a district of twelve schools names more
     * lines than one of four), so compared charts are as tall and a value as high in both.
     */
    private void matchKeys() {
        windows.forEach(w -> w.charts().keyAtLeast(0));
        int tallest = windows.stream().mapToInt(w -> w.charts().keyHeight()).max().orElse(0);
        windows.forEach(w -> w.charts().keyAtLeast(tallest));
    }

    @Override
    public void start() {
        super.start();
        setupPortrayals();
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        setupPortrayals();
    }

    /** Points the portrayals at the new organisation and schedules the chart refresh. */
    void setupPortrayals() {
        views.forEach(RunPortrayals::setup);
        windows.forEach(RunWindow::reset);
        chartDays = -1;
        if (!windows.isEmpty()) {
            scheduleRepeatingImmediatelyAfter(s -> {
                int days = clock().runs().get(0).series().days();
                if (days != chartDays) {
                    chartDays = days;
                    SwingUtilities.invokeLater(this::refreshCharts);
                }
            });
        }
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        plan = new WindowPlan(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds(), views.size());
        for (int i = 0; i < views.size(); i++) {
            RunPortrayals view = views.get(i);
            windows.add(new RunWindow(this, view, previewLayout(view.run()), plan, plan.window(i)));
        }
        // shown once every window has placed its display (compared overviews share one scale)
        // and its charts are as tall as the others'
        matchKeys();
        for (RunWindow window : windows) {
            controller.registerFrame(window.frame());
            window.frame().setVisible(true);
        }
    }

    /** Where the windows and the Console go; null before {@link #init}. */
    WindowPlan plan() {
        return plan;
    }

    /** The colour modes some run can show (the menus list no mode that would show nothing). */
    List<ColourMode> colourModes() {
        return ColourModes.all().stream()
                .filter(m -> m == colours.mode() || views.stream().anyMatch(v -> offered(m, v.run())))
                .toList();
    }

    /** Whether a colour mode's mechanism is on in the run's scenario (the modes say which key turns it on). */
    private static boolean offered(ColourMode mode, DemoRun run) {
        var s = run.loaded().scenario();
        return switch (mode.id()) {
            case "adoption" -> s.innovation().enabled() || s.network().contagion().seeds() != null;
            case "commitment" -> s.reform().enabled();
            default -> true;
        };
    }

    /** Redraws every window's charts, each chart's y axis shared by all runs (Swing thread). */
    void refreshCharts() {
        List<DemoRun> runs = clock().runs();
        Map<String, Double> tops = new HashMap<>();
        for (RunPortrayals view : views) {
            for (ChartFeed feed : view.feeds()) {
                tops.computeIfAbsent(feed.id(), id -> DemoCharts.sharedTop(feed, runs));
            }
        }
        windows.forEach(w -> w.refreshCharts(tops));
    }

    /**
     * The layout's size before the run starts: the same tables, a throwaway generator. A
     * district's display is scaled as one of its schools is drawn, and takes all the room its
     * window has (DisplayArea): its overview fills it, an opened school is centred in it.
     */
    private static OrgLayout previewLayout(DemoRun run) {
        var org = OrganisationBuilder.build(run.loaded().scenario(), new MersenneTwisterFast(1));
        return run.isDistrict() ? OrgLayout.ofSchool(org, 0) : OrgLayout.of(org);
    }

    @Override
    public Object getSimulationInspectedObject() {
        return new ControlProperties(clock(), colours);
    }

    @Override
    public void quit() {
        super.quit();
        windows.forEach(w -> w.frame().dispose());
        windows.clear();
    }
}
