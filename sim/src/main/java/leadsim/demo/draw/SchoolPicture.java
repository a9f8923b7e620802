package leadsim.demo.draw;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import leadsim.demo.DemoRun;
import leadsim.demo.Flash;
import leadsim.demo.colour.ColourMode;
import leadsim.demo.colour.ColourModes;
import leadsim.demo.colour.ColourRamp;
import leadsim.demo.colour.Palette;
import leadsim.model.Body;
import leadsim.model.Person;
import sim.field.network.Edge;
import sim.util.Double2D;

/**
 * One run's display as plain data, for views that do not draw with MASON (the browser page):
 * the geometry comes from {@link OrgLayout} and the colours from the {@link ColourMode}s and
 * {@link Palette}, the very objects the Swing portrayals draw with, so both views show one
 * layout and one colouring. Nodes are the people (in the organisation's order), then the
 * bodies; edges and paths refer to nodes by their index. Build one after each (re)start. Of a
 * district it draws every school side by side, or one school alone (the drill-down from the
 * {@link DistrictPicture overview}).
 */
public final class SchoolPicture {
    /** A person (a disc of radius {@code r}) or a body (a box {@code w} x {@code h}), in field units. */
    public record Node(String kind, String role, double x, double y, double r, double w, double h, String label) {}

    /** A text on the display (a role's name beside its row). */
    public record Text(String text, double x, double y) {}

    /** The fixed colours and sizes every view shares. */
    public record Look(String ink, String muted, String rim, String haloFill, String haloEdge, String student,
            String reporting, String lit, String caption, String outside, double studentRadius, double fadeDays, String pathKey) {}

    /** What stays put while the run goes on: the organisation's drawing. */
    public record Layout(String label, double width, double height, double titleBand, double captionBand,
            List<Node> nodes, List<int[]> reporting, List<double[]> halos, double[] students, List<Text> labels, Look look) {}

    /** A colour mode's key: its title, its ramp sampled from low to high, and the words at its ends. */
    public record Legend(String id, String label, String title, List<String> ramp, String low, String high) {}

    /**
     * The colours of every node in one mode now: fill, a short text inside (queue length, the
     * champion's C; for a school body its queue), a line about the state now, and why the mode
     * shows nothing in this run (or null).
     */
    public record Colours(String mode, List<String> fills, List<String> badges, String note, String unavailable) {}

    /**
     * What changes: the day, the decision rights in force, the title (as the Swing view writes
     * it), the caption, who is deciding right now (node indices), and the lit paths as {from,
     * to, stroke width in field units, opacity in [0,1]}.
     */
    public record State(double day, String regime, String title, String caption, List<Integer> busy, List<double[]> paths) {}

    private static final int RAMP_SAMPLES = 21;

    private final DemoRun run;
    private final OrgLayout layout;
    /** The school drawn alone, or {@link OrgLayout#WHOLE}. */
    private final int school;
    private final List<Object> nodes = new ArrayList<>();
    private final Map<Object, Integer> index = new IdentityHashMap<>();

    public SchoolPicture(DemoRun run) {
        this(run, OrgLayout.WHOLE);
    }

    /** One school of a district alone ({@code school} its index), or the whole organisation ({@link OrgLayout#WHOLE}). */
    public SchoolPicture(DemoRun run, int school) {
        this.run = run;
        this.school = school;
        this.layout = school == OrgLayout.WHOLE ? OrgLayout.of(run.sim().organisation())
                : OrgLayout.ofSchool(run.sim().organisation(), school);
        for (Person p : run.sim().organisation().people()) {
            if (layout.nodes.getObjectLocation(p) != null) {
                index.put(p, nodes.size());
                nodes.add(p);
            }
        }
        for (Body b : run.sim().organisation().bodies()) {
            if (layout.nodes.getObjectLocation(b) != null) {
                index.put(b, nodes.size());
                nodes.add(b);
            }
        }
    }

    public Layout layout() {
        List<Node> out = new ArrayList<>();
        for (Object o : nodes) {
            Double2D at = layout.nodes.getObjectLocation(o);
            if (o instanceof Person p) {
                double r = layout.radius(p);
                out.add(new Node("person", p.role(), at.x, at.y, r, 2 * r, 2 * r, p.role().replace('_', ' ')));
            } else {
                Body b = (Body) o;
                boolean team = b.team() >= 0;
                double w = team ? OrgLayout.TEAM_BODY_SIZE : OrgLayout.SCHOOL_BODY_WIDTH;
                double h = team ? OrgLayout.TEAM_BODY_SIZE : OrgLayout.SCHOOL_BODY_HEIGHT;
                out.add(new Node(team ? "team-body" : "body", b.level().name(), at.x, at.y, 0, w, h,
                        b.level().name().replace('_', ' ')));
            }
        }
        List<int[]> reporting = new ArrayList<>();
        for (Person p : run.sim().organisation().people()) {
            if (p.supervisor() != null && index.containsKey(p.supervisor())) {
                reporting.add(new int[] {index.get(p), index.get(p.supervisor())});
            }
        }
        List<double[]> halos = new ArrayList<>();
        for (Object o : layout.halos.getAllObjects()) {
            Double2D at = layout.halos.getObjectLocation(o);
            halos.add(new double[] {at.x, at.y, ((TeamHalo) o).radius});
        }
        var studentDots = layout.students.getAllObjects();
        double[] students = new double[2 * studentDots.size()];
        for (int i = 0; i < studentDots.size(); i++) {
            Double2D at = layout.students.getObjectLocation(studentDots.get(i));
            students[2 * i] = at.x;
            students[2 * i + 1] = at.y;
        }
        List<Text> labels = layout.labels.stream().map(l -> new Text(l.text(), l.x(), l.y())).toList();
        Look look = look();
        return new Layout(school == OrgLayout.WHOLE ? run.label() : run.label() + " / " + schoolName(), layout.width,
                layout.height, OrgLayout.TITLE_BAND, OrgLayout.CAPTION_BAND, out, reporting, halos, students, labels, look);
    }

    /** The fixed colours and sizes, as the Swing view draws with them. */
    static Look look() {
        return new Look(Palette.hex(Palette.INK), Palette.hex(Palette.MUTED), Palette.hex(Palette.RIM),
                Palette.hex(Palette.HALO_FILL), Palette.hex(Palette.HALO_EDGE), Palette.hex(Palette.STUDENT),
                Palette.hex(Palette.REPORTING), Palette.hex(Palette.LIT), Palette.hex(Palette.CAPTION),
                Palette.hex(ColourRamp.OUTSIDE), OrgLayout.STUDENT_RADIUS, Flash.FADE_DAYS, OverlayPortrayal.PATH_KEY);
    }

    /** The legend of every colour mode, in menu order (the first is the default). */
    public static List<Legend> legends() {
        List<Legend> out = new ArrayList<>();
        for (ColourMode mode : ColourModes.all()) {
            out.add(legend(mode.id(), mode.label(), mode.legend()));
        }
        return out;
    }

    /** A legend as the page draws it: its ramp sampled from low to high. */
    static Legend legend(String id, String label, ColourMode.Legend l) {
        List<String> ramp = new ArrayList<>();
        for (int i = 0; i < RAMP_SAMPLES; i++) {
            ramp.add(Palette.hex(l.ramp().at(i / (RAMP_SAMPLES - 1.0))));
        }
        return new Legend(id, label, l.title(), ramp, l.low(), l.high());
    }

    /** The charts' series colours by position, as the Swing charts draw them. */
    public static List<String> seriesColours() {
        List<String> out = new ArrayList<>();
        for (java.awt.Color c : Palette.SERIES) {
            out.add(Palette.hex(c));
        }
        return out;
    }

    /** Every node's colour in the mode {@code id} now. */
    public Colours colours(String id) {
        ColourMode mode = ColourModes.byId(id);
        if (mode == null) {
            throw new IllegalArgumentException("unknown colour mode `" + id + "`; allowed: " + String.join(", ", ColourModes.ids()));
        }
        List<String> fills = new ArrayList<>(nodes.size());
        List<String> badges = new ArrayList<>(nodes.size());
        var flow = run.sim().decisionFlow();
        for (Object o : nodes) {
            if (o instanceof Person p) {
                fills.add(Palette.hex(mode.person(run, p)));
                badges.add(layout.showsBadge(p) ? mode.badge(run, p) : null);
            } else {
                Body b = (Body) o;
                fills.add(Palette.hex(mode.body(run, b)));
                int queued = flow == null || b.team() >= 0 ? 0 : flow.queued(b);
                badges.add(queued > 0 ? Integer.toString(queued) : null);
            }
        }
        String note = school == OrgLayout.WHOLE ? mode.note(run) : mode.noteIn(run, school);
        return new Colours(mode.id(), fills, badges, note, mode.unavailable(run));
    }

    public State state() {
        double now = run.now();
        List<Integer> busy = new ArrayList<>();
        var flow = run.sim().decisionFlow();
        if (flow != null) {
            for (int i = 0; i < nodes.size(); i++) {
                if (nodes.get(i) instanceof Person p && flow.busy(p)) {
                    busy.add(i);
                }
            }
        }
        List<double[]> paths = new ArrayList<>();
        var lit = run.flashes().network();
        for (Object from : lit.getAllNodes()) {
            for (Object o : lit.getEdgesOut(from)) {
                Edge e = (Edge) o;
                Flash flash = (Flash) e.info;
                Integer a = index.get(e.getFrom());
                Integer b = index.get(e.getTo());
                if (flash.strength(now) > 0 && a != null && b != null) {
                    paths.add(new double[] {a, b, round(flash.width(now)), round(flash.opacity(now))});
                }
            }
        }
        String heading = school == OrgLayout.WHOLE ? RunTitle.heading(run) : RunTitle.heading(run, schoolName());
        return new State(Math.floor(now), run.regime(), heading + " \u00b7 " + run.regime() + " rights",
                run.caption(), busy, paths);
    }

    /** The school drawn alone, by its name in {@code schools:}, or null for the whole organisation. */
    String schoolName() {
        return school == OrgLayout.WHOLE ? null : run.schoolNames().get(school);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
