package leadsim.demo;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.WindowConstants;
import leadsim.demo.colour.ColourMode;
import leadsim.demo.draw.OrgLayout;
import leadsim.demo.draw.OverlayPortrayal;
import leadsim.demo.draw.RunPortrayals;
import leadsim.demo.draw.RunTitle;
import leadsim.demo.event.DemoEvent;
import leadsim.demo.event.DemoEvents;
import leadsim.demo.feed.ChartFeed;
import leadsim.demo.feed.WindowCharts;
import leadsim.demo.lesson.Lesson;
import leadsim.demo.lesson.LessonScript;
import sim.display.Display2D;

/**
 * The window of one run, laid out for a room: a title band in large type (the school and day,
 * then the decision rights and culture in force), a toolbar (what colour shows, the events this
 * scenario can have), the organisation in a MASON Display2D, the lesson's caption under it in
 * large type, and the live charts of the mechanisms that are on, beside the display (one run)
 * or under it (comparing), on y axes shared with the other run. A district shows its overview
 * until a school is opened (a click on its tile, or the School menu), then that school's own
 * picture and charts.
 */
public final class RunWindow {
    private static final Color INK = new Color(0x263238);
    private static final Color MUTED = new Color(0x546E7A);
    /** Display2D's scroll bars (its own header is hidden; its Layers button moves to our toolbar). */
    private static final int DISPLAY_CHROME = 18;

    private final DemoGUI gui;
    private final RunPortrayals view;
    private final JFrame frame;
    private final Display2D display;
    private final WindowCharts charts;
    /** The School menu of a district (null for a single school): its overview, or one school. */
    private final JComboBox<String> schoolMenu;
    private final JLabel heading = new JLabel();
    private final JTextArea rights = new JTextArea();
    private final JTextArea caption = new JTextArea();
    private final JComboBox<String> colourMenu;
    private final List<JButton> eventButtons = new ArrayList<>();
    private final List<DemoEvent> events;

    RunWindow(DemoGUI gui, RunPortrayals view, OrgLayout size, WindowPlan plan, Rectangle bounds) {
        this.gui = gui;
        this.view = view;
        DemoRun run = view.run();
        events = DemoEvents.offered(run);
        float type = plan.caption;
        Font ui = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(type * 0.7f));

        // the title band
        heading.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(type * 1.1f)));
        heading.setForeground(INK);
        heading.setText(view.heading());
        rights.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(type * 0.7f)));
        rights.setForeground(MUTED);
        rights.setLineWrap(true);
        rights.setWrapStyleWord(true);
        rights.setEditable(false);
        rights.setFocusable(false);
        rights.setOpaque(false);
        rights.setAlignmentX(0f);
        heading.setAlignmentX(0f);
        // one line where it fits, else two (after a switch it also says since when, and what the
        // school began with)
        java.awt.FontMetrics rfm = rights.getFontMetrics(rights.getFont());
        String longest = RunTitle.rights(run) + " since day 100 (it began with the distributed table)";
        int rightsHeight = (rfm.stringWidth(longest) < bounds.width - 24 ? 1 : 2) * rfm.getHeight();
        rights.setPreferredSize(new Dimension(bounds.width - 20, rightsHeight));
        rights.setMaximumSize(new Dimension(Integer.MAX_VALUE, rightsHeight));
        JPanel titles = new JPanel();
        titles.setLayout(new BoxLayout(titles, BoxLayout.Y_AXIS));
        titles.setBackground(Color.WHITE);
        titles.setBorder(BorderFactory.createEmptyBorder(2, 10, 0, 10));
        titles.add(heading);
        titles.add(rights);

        // colour modes this run can show, and the events it can have: nothing greyed out for a room
        List<ColourMode> modes = gui.colourModes();
        colourMenu = new JComboBox<>(modes.stream().map(ColourMode::label).toArray(String[]::new));
        colourMenu.setFont(ui);
        colourMenu.setSelectedIndex(Math.max(0, modes.indexOf(view.colours().mode())));
        colourMenu.setToolTipText("What the colour of people and bodies shows (in every display)");
        colourMenu.addActionListener(e -> view.colours().choose(modes.get(colourMenu.getSelectedIndex())));
        view.colours().onChange(mode -> javax.swing.SwingUtilities.invokeLater(() -> {
            colourMenu.setSelectedIndex(Math.max(0, modes.indexOf(mode)));
            repaintDisplay();
        }));
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        JLabel colourLabel = new JLabel("Colour:");
        colourLabel.setFont(ui);
        bar.add(colourLabel);
        bar.add(colourMenu);
        schoolMenu = run.isDistrict() ? schoolMenu(ui) : null;
        if (schoolMenu != null) {
            JLabel schoolLabel = new JLabel("School:");
            schoolLabel.setFont(ui);
            bar.add(schoolLabel);
            bar.add(schoolMenu);
        }
        // Play and Pause on every window, so the Console can stay out of the room's sight
        JButton play = new JButton("\u25B6 Play");
        JButton pause = new JButton("\u275A\u275A Pause");
        play.addActionListener(e -> play(true));
        pause.addActionListener(e -> play(false));
        for (JButton b : List.of(play, pause)) {
            b.setFont(ui);
            b.setMargin(new java.awt.Insets(2, 6, 2, 6));
            bar.add(b);
        }
        if (plan.consoleTucked) {
            JButton console = new JButton("Console");
            console.setFont(ui);
            console.setMargin(new java.awt.Insets(2, 6, 2, 6));
            console.setToolTipText("The MASON Console: knobs (Model tab), speed, restart");
            console.addActionListener(e -> showConsole());
            bar.add(console);
        }
        JPanel eventBar = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        for (DemoEvent event : events) {
            JButton button = new JButton(event.label());
            button.setFont(ui);
            button.setMargin(new java.awt.Insets(2, 6, 2, 6));
            button.addActionListener(e -> fire(event));
            eventButtons.add(button);
            eventBar.add(button);
        }
        // one row when everything fits the window's width, else the events get a row of their own
        int oneRow = bar.getPreferredSize().width + eventBar.getPreferredSize().width + 40 + Math.round(type * 1.5f);
        JPanel bars = new JPanel(new GridLayout(0, 1));
        bars.add(bar);
        if (oneRow <= bounds.width) {
            for (java.awt.Component c : eventBar.getComponents()) {
                bar.add(c);
            }
        } else if (!events.isEmpty()) {
            bars.add(eventBar);
        }
        JPanel north = new JPanel(new BorderLayout());
        north.add(titles, BorderLayout.NORTH);
        north.add(bars, BorderLayout.SOUTH);
        refreshButtons();

        // the caption, three lines of large type under the display
        caption.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(type)));
        caption.setForeground(INK);
        caption.setBackground(new Color(0xFFF8E1));
        caption.setLineWrap(true);
        caption.setWrapStyleWord(true);
        caption.setEditable(false);
        caption.setFocusable(false);
        caption.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, new Color(0xB0BEC5)),
                BorderFactory.createEmptyBorder(4, 10, 4, 10)));
        int captionWidth = (plan.chartsBelow() ? bounds.width : bounds.width - WindowCharts.columnWidth(bounds)) - 24;
        int captionHeight = captionLines(gui, run, captionWidth) * caption.getFontMetrics(caption.getFont()).getHeight() + 10;
        caption.setPreferredSize(new Dimension(10, captionHeight));

        List<ChartFeed> feeds = view.feeds();
        int northHeight = heading.getPreferredSize().height + rightsHeight + bars.getPreferredSize().height + 4;
        charts = new WindowCharts(run, bounds, plan.chartsBelow(), plan.chartType, northHeight);
        charts.show(feeds);
        Dimension chartSize = charts.area();

        // the display fills what is left (a school's at the largest scale that fits, a district's
        // all of it); the layout's empty caption band at its foot may fall below the fold (the
        // caption is in large type under it)
        int freeWidth = bounds.width - (plan.chartsBelow() ? 0 : chartSize.width + 8) - 20;
        int freeHeight = bounds.height - northHeight - captionHeight - DISPLAY_CHROME
                - (plan.chartsBelow() ? chartSize.height + 8 : 0);
        DisplayArea area = DisplayArea.of(freeWidth, freeHeight, size, run.isDistrict());
        if (run.isDistrict()) {
            placeOverview(view, area);
        }
        display = new Display2D(area.width(), area.height(), gui);
        display.setBackdrop(Color.WHITE);
        for (RunPortrayals.Layer layer : view.layers()) {
            display.attach(layer.portrayal(), layer.name(), layer.visible());
        }
        // a room needs none of Display2D's header (scale, movie, options); keep its Layers menu
        // (the collegial ties) on our toolbar
        display.header.setVisible(false);
        display.layersbutton.setToolTipText("Layers: show or hide the collegial ties, the students, the paths...");
        bar.add(display.layersbutton);
        if (run.isDistrict()) {
            // a click on a school's tile opens that school
            display.insideDisplay.addMouseListener(new java.awt.event.MouseAdapter() {
                @Override
                public void mouseClicked(java.awt.event.MouseEvent e) {
                    String school = view.overview().schoolAt(e.getPoint());
                    if (school != null) {
                        gui.focus(school);
                    }
                }
            });
            display.insideDisplay.setToolTipText("Click a school's tile to see it on its own; the School menu comes back");
        }
        JPanel centre = new JPanel(new BorderLayout());
        centre.add(display, BorderLayout.CENTER);
        centre.add(caption, BorderLayout.SOUTH);

        frame = new JFrame("leadsim demo: " + RunTitle.words(run.label()));
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE); // the Console's Displays menu shows it again
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                showConsole(); // a tucked-away Console comes back, so the demo can be quit or the window reopened
            }
        });
        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().setBackground(Color.WHITE);
        frame.getContentPane().add(north, BorderLayout.NORTH);
        frame.getContentPane().add(centre, BorderLayout.CENTER);
        if (!feeds.isEmpty() || run.isDistrict()) {
            frame.getContentPane().add(charts.component(), plan.chartsBelow() ? BorderLayout.SOUTH : BorderLayout.EAST);
        }
        frame.setBounds(bounds);
        refreshWords();
    }

    /**
     * A district's display: the field its pictures are laid out in takes the display's shape, and
     * its overview shares one scale with the overviews of the other windows (placed before any
     * window paints, so two compared districts never show at two scales).
     */
    static void placeOverview(RunPortrayals view, DisplayArea area) {
        view.fillDisplay(area.fieldWidth(), area.fieldHeight());
        view.overviewScale().place(view, area.width(), area.visibleHeight());
    }

    /** The School menu: the district's overview, then each school by name; one choice for every window. */
    private JComboBox<String> schoolMenu(Font ui) {
        String overview = "All schools (overview)";
        List<String> items = new ArrayList<>();
        items.add(overview);
        items.addAll(view.run().schoolNames());
        JComboBox<String> menu = new JComboBox<>(items.toArray(String[]::new));
        menu.setFont(ui);
        menu.setToolTipText("Which school this window shows on its own, or all of them at a glance (in every window)");
        menu.addActionListener(e -> {
            int i = menu.getSelectedIndex();
            String chosen = i <= 0 ? null : items.get(i);
            if (!java.util.Objects.equals(chosen, gui.focus().school())) {
                gui.focus(chosen);
            }
        });
        return menu;
    }

    /** After another school was opened (or the overview chosen): its menu entry, its charts, its words, its picture. */
    void showFocus() {
        if (schoolMenu != null) {
            String school = gui.focus().school();
            int i = school == null ? 0 : view.run().schoolNames().indexOf(school) + 1;
            if (schoolMenu.getSelectedIndex() != i) {
                schoolMenu.setSelectedIndex(Math.max(0, i));
            }
        }
        charts.show(view.feeds());
        refreshWords();
        display.repaint();
    }

    private void showConsole() {
        if (gui.controller instanceof java.awt.Frame f) {
            f.setVisible(true);
            f.setExtendedState(java.awt.Frame.NORMAL);
            f.toFront();
        }
    }

    /** Play (start or resume) or pause the Console, as its own buttons would. */
    private void play(boolean go) {
        if (!(gui.controller instanceof sim.display.Console console)) {
            return;
        }
        int state = console.getPlayState();
        if (go && state == sim.display.Console.PS_STOPPED) {
            console.pressPlay();
        } else if (go ? state == sim.display.Console.PS_PAUSED : state == sim.display.Console.PS_PLAYING) {
            console.pressPause(); // MASON's pause button toggles
        }
    }

    /**
     * Lines the caption area keeps: enough for the longest caption of the lesson shown in this
     * run at this width (2 to 5), or 2 for an event's line when there is no lesson.
     */
    private int captionLines(DemoGUI gui, DemoRun run, int width) {
        java.awt.FontMetrics fm = caption.getFontMetrics(caption.getFont());
        int lines = 2;
        LessonScript script = gui.clock().script();
        if (script != null) {
            for (Lesson.Cue cue : script.lesson().cues()) {
                if (cue.caption() != null && LessonScript.targets(cue, gui.clock().runs()).contains(run)) {
                    lines = Math.max(lines, OverlayPortrayal.wrap(cue.caption().trim(), fm, width).size());
                }
            }
        }
        return Math.min(5, lines);
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
        refreshWords();
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

    /** The title band and the caption, as the run stands now. */
    void refreshWords() {
        DemoRun run = view.run();
        heading.setText(view.heading());
        rights.setText(RunTitle.rights(run));
        if (!caption.getText().equals(run.caption())) {
            caption.setText(run.caption());
        }
    }

    /** After a (re)start: the display reschedules itself; charts start again from day 0. */
    void reset() {
        display.reset();
        display.repaint();
        javax.swing.SwingUtilities.invokeLater(gui::refreshCharts);
    }

    /** Called on the Swing thread as days pass, with each chart's shared y-axis top. */
    void refreshCharts(java.util.Map<String, Double> tops) {
        charts.refresh(tops);
        refreshButtons();
        refreshWords();
    }

    private void repaintDisplay() {
        display.repaint();
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

    WindowCharts charts() {
        return charts;
    }
}
