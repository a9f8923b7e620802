package leadsim.demo.draw;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import leadsim.model.Body;
import leadsim.model.Level;
import leadsim.model.Organisation;
import leadsim.model.Person;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

/**
 * Where everyone sits on the display, in field units (a school is {@link #SCHOOL_WIDTH} wide):
 * leaders in rows by their distance from the top of the reporting line (principal first), each
 * team as a cluster (its leader above, its teachers in a ring around the PLC, each teacher's
 * students as small dots around them), schools side by side under the office. Bands at the top
 * and bottom are left free for the title and the caption. One school of a district can be laid
 * out alone ({@link #ofSchool}): its people and its own bodies, drawn as a single school is.
 */
public final class OrgLayout {
    static final double SCHOOL_WIDTH = 100;
    /** The school argument meaning every school and the office. */
    public static final int WHOLE = -1;
    static final double TITLE_BAND = 7;
    public static final double CAPTION_BAND = 13;
    private static final double ROW = 9;
    private static final double CELL_HEIGHT = 22;
    private static final double TEACHER_RING = 5.5;
    private static final double STUDENT_RING = 2.3;
    static final double HALO = 8.4;
    /** A PLC's square at its cluster's centre, and a school body's box beside the leaders (field units). */
    static final double TEAM_BODY_SIZE = 2.4;
    static final double SCHOOL_BODY_WIDTH = 15;
    static final double SCHOOL_BODY_HEIGHT = 3.6;
    /** A student's dot (field units); the Swing view keeps it at least 1.2 pixels. */
    static final double STUDENT_RADIUS = 0.42;

    /** A text placed on the display (role names beside their rows). */
    record Label(String text, double x, double y) {}

    final Continuous2D halos;
    final Continuous2D students;
    final Continuous2D nodes;      // people and bodies: the ends of every edge
    final Network reporting;       // person -> supervisor, drawn faint
    final List<Label> labels = new ArrayList<>();
    public final double width;
    public final double height;
    private final Map<Level, Integer> depth = new HashMap<>();
    /** The one school laid out, or {@link #WHOLE}. */
    private final int school;

    private OrgLayout(double width, double height, int school) {
        this(width, height, school, new Network(true));
    }

    private OrgLayout(double width, double height, int school, Network reporting) {
        this.school = school;
        this.width = width;
        this.height = height;
        this.halos = new Continuous2D(10, width, height);
        this.students = new Continuous2D(5, width, height);
        this.nodes = new Continuous2D(5, width, height);
        this.reporting = reporting;
    }

    /**
     * The same picture in a field at least {@code fieldWidth} x {@code fieldHeight}, centred
     * across, from the same top (the caption band stays at the foot). A district's display is
     * sized for its overview, which fills the window; a school opened in it is drawn in a field
     * of the display's shape, since MASON stretches a field to its display on each axis apart.
     */
    OrgLayout centredIn(double fieldWidth, double fieldHeight) {
        double w = Math.max(width, fieldWidth);
        double h = Math.max(height, fieldHeight);
        if (w == width && h == height) {
            return this;
        }
        OrgLayout out = new OrgLayout(w, h, school, reporting);
        double dx = (w - width) / 2;
        out.depth.putAll(depth);
        shift(halos, out.halos, dx);
        shift(students, out.students, dx);
        shift(nodes, out.nodes, dx);
        for (Label label : labels) {
            out.labels.add(new Label(label.text(), label.x() + dx, label.y()));
        }
        return out;
    }

    private static void shift(Continuous2D from, Continuous2D to, double dx) {
        for (Object o : from.getAllObjects()) {
            Double2D at = from.getObjectLocation(o);
            to.setObjectLocation(o, new Double2D(at.x + dx, at.y));
        }
    }

    /** Depth of a role in the reporting line: 0 for the top (no supervisor). */
    int depth(Level level) {
        return depth.getOrDefault(level, 0);
    }

    /** Radius of a person's disc in field units: principal 2.2, then smaller per level down to 1.1 for teachers. */
    double radius(Person p) {
        return Math.max(1.1, 2.2 - 0.38 * depth(p.level()));
    }

    /** Whether a person's disc is large enough to carry a badge (a queue length, the champion's C). */
    boolean showsBadge(Person p) {
        return radius(p) >= 1.4;
    }

    public static OrgLayout of(Organisation org) {
        return layOut(org, WHOLE);
    }

    /**
     * One school of a district alone, as a single school is drawn: its leaders in rows from its
     * own top (the principal's row first, the office left out), its teams, its own bodies.
     */
    public static OrgLayout ofSchool(Organisation org, int school) {
        if (school < 0 || school >= org.schools()) {
            throw new IllegalArgumentException("no school " + school + " (the run has " + org.schools() + ")");
        }
        return layOut(org, school);
    }

    /** Nobody drawn, in a picture of this size: a district's overview is drawn over it by its own layer. */
    static OrgLayout blank(double width, double height) {
        return new OrgLayout(width, height, WHOLE);
    }

    private static OrgLayout layOut(Organisation org, int school) {
        Map<Level, Integer> depths = depths(org, school);
        Level teacherLevel = teacherLevel(org);
        int leaderRows = 0;
        for (Level level : org.levels()) {
            if (shownAsRow(org, level, school)) {
                leaderRows = Math.max(leaderRows, depths.get(level) + 1);
            }
        }
        int teams = org.teamsPerSchool();
        int cols = Math.max(1, Math.min(teams, 4));
        int rows = teams == 0 ? 0 : (teams + cols - 1) / cols;
        double teamsTop = TITLE_BAND + leaderRows * ROW + 3;
        double height = teamsTop + rows * CELL_HEIGHT + CAPTION_BAND;
        double width = SCHOOL_WIDTH * (school == WHOLE ? Math.max(1, org.schools()) : 1);
        OrgLayout layout = new OrgLayout(width, height, school);
        layout.depth.putAll(depths);
        layout.place(org, depths, teacherLevel, teamsTop, cols);
        return layout;
    }

    /** A role drawn as a row of leaders in this layout (not a body, not in the team clusters, not the office when one school is drawn). */
    private static boolean shownAsRow(Organisation org, Level level, int school) {
        return !level.isBody() && !isTeamRole(org, level) && !(school != WHOLE && level.isOffice());
    }

    /** The schools this layout draws, left to right. */
    private int[] schoolsShown(Organisation org) {
        return school == WHOLE ? java.util.stream.IntStream.range(0, org.schools()).toArray() : new int[] {school};
    }

    /** Whether a person or body of {@code ofSchool} (-1: the office) is drawn in this layout. */
    private boolean shows(int ofSchool) {
        return school == WHOLE || ofSchool == school;
    }

    private void place(Organisation org, Map<Level, Integer> depths, Level teacherLevel, double teamsTop, int cols) {
        // leaders' rows: the office across the top, then each school's leaders
        int[] shown = schoolsShown(org);
        for (Level level : org.levels()) {
            if (!shownAsRow(org, level, school)) {
                continue;
            }
            double y = TITLE_BAND + 4 + depths.get(level) * ROW;
            int count = 0;
            if (level.isOffice()) {
                row(org.peopleOf(level, -1), 0, width, y);
                count = org.peopleOf(level, -1).size();
            } else {
                for (int k = 0; k < shown.length; k++) {
                    row(org.peopleOf(level, shown[k]), k * SCHOOL_WIDTH + 15, SCHOOL_WIDTH - 30, y);
                    count += org.peopleOf(level, shown[k]).size();
                }
            }
            label(plural(level, count), y);
        }
        double cellWidth = SCHOOL_WIDTH / cols;
        for (int k = 0; k < shown.length; k++) {
            int s = shown[k];
            for (int t = 0; t < org.teamsPerSchool(); t++) {
                double cx = k * SCHOOL_WIDTH + (t % cols + 0.5) * cellWidth;
                double cy = teamsTop + 9.5 + (t / cols) * CELL_HEIGHT;
                team(org, s, t, cx, cy, teacherLevel);
            }
        }
        if (org.teamsPerSchool() > 0) {
            labels.add(new Label("teams (PLCs)", 1, teamsTop));
        }
        bodies(org);
        for (Person p : org.people()) {
            if (p.supervisor() != null && shows(p.school()) && shows(p.supervisor().school())) {
                reporting.addEdge(p, p.supervisor(), null);
            }
        }
    }

    /** A role's name beside its row; roles sharing a row share one label, so names never overprint. */
    private void label(String name, double y) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).y() == y) {
                labels.set(i, new Label(labels.get(i).text() + ", " + name, 1, y));
                return;
            }
        }
        labels.add(new Label(name, 1, y));
    }

    private void row(List<Person> people, double left, double span, double y) {
        for (int i = 0; i < people.size(); i++) {
            nodes.setObjectLocation(people.get(i), new Double2D(left + span * (i + 0.5) / people.size(), y));
        }
    }

    /** A team: its leaders on top, teachers in a ring (a gap at the top), students around each teacher. */
    private void team(Organisation org, int school, int team, double cx, double cy, Level teacherLevel) {
        halos.setObjectLocation(new TeamHalo(HALO), new Double2D(cx, cy));
        List<Person> ring = new ArrayList<>();
        List<Person> top = new ArrayList<>();
        for (Person p : org.team(school, team)) {
            (p.level() == teacherLevel ? ring : top).add(p);
        }
        for (int i = 0; i < top.size(); i++) {
            nodes.setObjectLocation(top.get(i), new Double2D(cx + (i - (top.size() - 1) / 2.0) * 3.2, cy - 8.3));
        }
        Map<Person, Double2D> at = new HashMap<>();
        int n = ring.size();
        for (int i = 0; i < n; i++) {
            // spread over 300 degrees centred at the bottom, leaving the top for the team's leader
            double angle = Math.toRadians(90 + (i - (n - 1) / 2.0) * (300.0 / Math.max(n, 1)));
            Double2D pos = new Double2D(cx + TEACHER_RING * Math.cos(angle), cy + TEACHER_RING * Math.sin(angle));
            nodes.setObjectLocation(ring.get(i), pos);
            at.put(ring.get(i), pos);
        }
        Map<Person, List<Integer>> pupils = new HashMap<>();
        var roll = org.students();
        for (int k = 0; k < roll.count(); k++) {
            if (at.containsKey(roll.teacher(k))) {
                pupils.computeIfAbsent(roll.teacher(k), x -> new ArrayList<>()).add(k);
            }
        }
        pupils.forEach((teacher, list) -> {
            Double2D c = at.get(teacher);
            for (int i = 0; i < list.size(); i++) {
                double angle = 2 * Math.PI * i / list.size();
                students.setObjectLocation(new StudentDot(list.get(i)),
                        new Double2D(c.x + STUDENT_RING * Math.cos(angle), c.y + STUDENT_RING * Math.sin(angle)));
            }
        });
    }

    /** Team bodies sit at their cluster's centre; school and district bodies beside the top leaders. */
    private void bodies(Organisation org) {
        Map<Integer, Integer> perSchool = new HashMap<>();
        for (Body body : org.bodies()) {
            if (!shows(body.school())) {
                continue; // another school's, or the district's (its members sit in several schools)
            }
            if (body.team() >= 0) {
                Double2D halo = null;
                Person first = body.members().isEmpty() ? null : body.members().get(0);
                if (first != null) {
                    // the cluster centre: mean of the members' positions
                    double x = 0;
                    double y = 0;
                    for (Person m : body.members()) {
                        Double2D p = nodes.getObjectLocation(m);
                        x += p.x;
                        y += p.y;
                    }
                    halo = new Double2D(x / body.members().size(), y / body.members().size() + 0.8);
                }
                if (halo != null) {
                    nodes.setObjectLocation(body, halo);
                }
            } else {
                int of = body.school();
                int k = perSchool.merge(of, 1, Integer::sum) - 1;
                double left = of >= 0 && school == WHOLE ? of * SCHOOL_WIDTH : 0;
                double span = of >= 0 ? SCHOOL_WIDTH : width;
                // between the top two rows, clear of the legend in the title band
                nodes.setObjectLocation(body, new Double2D(left + span - 13, TITLE_BAND + 8 + k * ROW));
            }
        }
    }

    /**
     * Each role's distance from the top of the reporting line. For one school of a district the
     * distance is counted from the school's own top (the principal's row is row 0, as in a single
     * school), so its leaders keep the sizes and rows they would have in a school of their own.
     */
    private static Map<Level, Integer> depths(Organisation org, int school) {
        Map<Level, Integer> depths = depths(org);
        if (school == WHOLE) {
            return depths;
        }
        int top = Integer.MAX_VALUE;
        for (Level level : org.levels()) {
            if (shownAsRow(org, level, school) && !org.peopleOf(level, school).isEmpty()) {
                top = Math.min(top, depths.get(level));
            }
        }
        if (top == Integer.MAX_VALUE) {
            return depths;
        }
        Map<Level, Integer> shifted = new HashMap<>();
        int shift = top;
        depths.forEach((level, d) -> shifted.put(level, Math.max(0, d - shift)));
        return shifted;
    }

    private static Map<Level, Integer> depths(Organisation org) {
        Map<Level, Integer> depths = new HashMap<>();
        for (Person p : org.people()) {
            int d = 0;
            for (Person up = p.supervisor(); up != null && d < 50; up = up.supervisor()) {
                d++;
            }
            depths.merge(p.level(), d, Math::min);
        }
        for (Level level : org.levels()) {
            depths.putIfAbsent(level, 0);
        }
        return depths;
    }

    /** Roles whose people belong to teams are drawn in the clusters, not in rows. */
    private static boolean isTeamRole(Organisation org, Level level) {
        List<Person> people = org.peopleOf(level);
        return !people.isEmpty() && people.get(0).team() >= 0 && org.teamsPerSchool() > 0;
    }

    /** The role students are assigned to (the teachers): it forms the ring of each cluster. */
    private static Level teacherLevel(Organisation org) {
        if (org.students().count() > 0) {
            return org.students().teacher(0).level();
        }
        Level deepest = null;
        int max = -1;
        Map<Level, Integer> d = depths(org);
        for (Level level : org.levels()) {
            if (!level.isBody() && d.get(level) > max) {
                max = d.get(level);
                deepest = level;
            }
        }
        return deepest;
    }

    private static String plural(Level level, int count) {
        String name = level.name().replace('_', ' ');
        return count > 1 ? name + "s" : name;
    }
}
