package leadsim.demo;

import ec.util.MersenneTwisterFast;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
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
    private final List<RunPortrayals> views = new ArrayList<>();
    private final List<RunWindow> windows = new ArrayList<>();
    private int chartDays = -1;
    /** Pixels of window around the display: title bar, our toolbar, Display2D's header and scroll bars. */
    private static final int CHROME_HEIGHT = 130;

    public DemoGUI(DemoSetup setup) {
        super(setup.clock());
        colours.choose(setup.initialColour());
        for (DemoRun run : clock().runs()) {
            views.add(new RunPortrayals(run, colours));
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
                + "changeable while it plays.<br><b>Events</b>: the buttons in each window; greyed ones are not in the model yet "
                + "(hover for why).<br><b>Speed</b>: the Console tab's delay slider.</p></body></html>";
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
                    SwingUtilities.invokeLater(() -> windows.forEach(RunWindow::refreshCharts));
                }
            });
        }
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int n = views.size();
        // one run: charts to the right of the display. Several (a comparison): windows side by
        // side, charts in a grid under each display, so both schools are seen at a usable size.
        boolean chartsBelow = n > 1;
        int windowWidth = screen.width / n;
        for (int i = 0; i < n; i++) {
            RunPortrayals view = views.get(i);
            OrgLayout size = previewLayout(view.run());
            // room around the display: its own header and scroll bars, our toolbar, the frame
            double freeWidth = windowWidth - 40 - (chartsBelow ? 0 : RunWindow.CHART_WIDTH + 40);
            double freeHeight = screen.height - CHROME_HEIGHT - (chartsBelow ? RunWindow.BELOW_HEIGHT : 0);
            double scale = Math.min(10, Math.min(freeWidth / size.width, freeHeight / size.height));
            Dimension display = new Dimension((int) (size.width * scale), (int) (size.height * scale));
            Rectangle bounds = chartsBelow
                    ? new Rectangle(screen.x + i * windowWidth, screen.y, windowWidth,
                            Math.min(screen.height, display.height + CHROME_HEIGHT + RunWindow.BELOW_HEIGHT))
                    : new Rectangle(screen.x, screen.y, Math.min(screen.width, display.width + RunWindow.CHART_WIDTH + 80),
                            Math.min(screen.height, Math.max(display.height + CHROME_HEIGHT, 4 * 170 + 60)));
            RunWindow window = new RunWindow(this, view, size, scale, bounds, chartsBelow);
            windows.add(window);
            controller.registerFrame(window.frame());
            window.frame().setVisible(true);
        }
    }

    /** The layout's size before the run starts: the same tables, a throwaway generator. */
    private static OrgLayout previewLayout(DemoRun run) {
        return OrgLayout.of(OrganisationBuilder.build(run.loaded().scenario(), new MersenneTwisterFast(1)));
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
