package leadsim.demo;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import javax.swing.WindowConstants;
import sim.display.Display2D;

/**
 * The window of one run: a toolbar (what colour shows, the event buttons), the organisation in
 * a MASON Display2D, and the live charts beside it.
 */
final class RunWindow {
    static final int CHART_WIDTH = 400;
    /** Height of the 2 x 2 chart grid under the display when comparing. */
    static final int BELOW_HEIGHT = 2 * 180;

    private final DemoGUI gui;
    private final RunPortrayals view;
    private final JFrame frame;
    private final Display2D display;
    private final List<ChartSlot> charts = new ArrayList<>();
    private final JPanel chartColumn;
    private final JComboBox<String> colourMenu;
    private final List<JButton> eventButtons = new ArrayList<>();
    private final List<DemoEvent> events = DemoEvents.all();

    RunWindow(DemoGUI gui, RunPortrayals view, OrgLayout size, double scale, Rectangle bounds, boolean chartsBelow) {
        this.gui = gui;
        this.view = view;
        display = new Display2D(size.width * scale, size.height * scale, gui);
        display.setBackdrop(Color.WHITE);
        for (RunPortrayals.Layer layer : view.layers()) {
            display.attach(layer.portrayal(), layer.name(), layer.visible());
        }

        List<ColourMode> modes = ColourModes.all();
        colourMenu = new JComboBox<>(modes.stream().map(ColourMode::label).toArray(String[]::new));
        colourMenu.setSelectedIndex(modes.indexOf(view.colours().mode()));
        colourMenu.setToolTipText("What the colour of people and bodies shows (in every display)");
        colourMenu.setMaximumSize(colourMenu.getPreferredSize());
        colourMenu.addActionListener(e -> view.colours().choose(modes.get(colourMenu.getSelectedIndex())));
        view.colours().onChange(mode -> javax.swing.SwingUtilities.invokeLater(() -> {
            colourMenu.setSelectedIndex(modes.indexOf(mode));
            display.repaint();
        }));

        JToolBar bar = new JToolBar();
        bar.setFloatable(false);
        bar.add(new JLabel(" Colour: "));
        bar.add(colourMenu);
        // side by side windows are narrow: the event buttons get a row of their own
        JToolBar eventBar = chartsBelow ? new JToolBar() : bar;
        eventBar.setFloatable(false);
        if (eventBar == bar) {
            bar.addSeparator();
        }
        eventBar.add(new JLabel(" Events: "));
        for (DemoEvent event : events) {
            JButton button = new JButton(event.label());
            button.addActionListener(e -> fire(event));
            eventButtons.add(button);
            eventBar.add(button);
        }
        JPanel bars = new JPanel(new GridLayout(eventBar == bar ? 1 : 2, 1));
        bars.add(bar);
        if (eventBar != bar) {
            bars.add(eventBar);
        }
        refreshButtons();

        int rows = ChartFeeds.all().size();
        chartColumn = chartsBelow ? new JPanel(new GridLayout(2, (rows + 1) / 2, 4, 4)) : new JPanel(new GridLayout(rows, 1, 0, 4));
        chartColumn.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        chartColumn.setBackground(Color.WHITE);
        Dimension chartSize = chartsBelow
                ? new Dimension((bounds.width - 20) / ((rows + 1) / 2), BELOW_HEIGHT / 2 - 6)
                : new Dimension(CHART_WIDTH, Math.max(150, (bounds.height - 90) / rows));
        rebuildCharts(chartSize);

        frame = new JFrame("leadsim demo: " + view.run().label());
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE); // the Console's Displays menu shows it again
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().add(bars, BorderLayout.NORTH);
        frame.getContentPane().add(display, BorderLayout.CENTER);
        frame.getContentPane().add(chartColumn, chartsBelow ? BorderLayout.SOUTH : BorderLayout.EAST);
        frame.setBounds(bounds);
    }

    private void rebuildCharts(Dimension size) {
        chartColumn.removeAll();
        charts.clear();
        for (ChartFeed feed : ChartFeeds.all()) {
            ChartSlot slot = new ChartSlot(feed, view.run(), size);
            charts.add(slot);
            chartColumn.add(slot.component());
        }
        chartColumn.revalidate();
    }

    /** A button press: the event happens between two ticks, under the schedule's lock. */
    private void fire(DemoEvent event) {
        DemoRun run = view.run();
        synchronized (gui.state.schedule) {
            if (run.sim().decisionFlow() == null) {
                return;
            }
            String said = event.fire(run);
            if (said != null) {
                run.setCaption(said);
            }
        }
        refreshButtons();
        display.repaint();
    }

    /** Enables the buttons whose events this run supports now; the others say why not. */
    void refreshButtons() {
        for (int i = 0; i < events.size(); i++) {
            String why = events.get(i).unavailable(view.run());
            eventButtons.get(i).setEnabled(why == null);
            eventButtons.get(i).setToolTipText(why == null ? events.get(i).description() : why);
        }
    }

    /** After a (re)start: the display reschedules itself; charts start again from day 0. */
    void reset() {
        display.reset();
        display.repaint();
        javax.swing.SwingUtilities.invokeLater(() -> {
            charts.forEach(ChartSlot::refresh);
            refreshButtons();
        });
    }

    /** Called on the Swing thread as days pass (an event may have become possible, or spent). */
    void refreshCharts() {
        charts.forEach(ChartSlot::refresh);
        refreshButtons();
    }

    JFrame frame() {
        return frame;
    }

    Display2D display() {
        return display;
    }

    RunPortrayals view() {
        return view;
    }
}
