package leadsim.demo.colour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leadsim.demo.DemoRun;
import leadsim.demo.DemoSetup;
import leadsim.demo.LiveSession;
import leadsim.demo.Scenarios;
import leadsim.demo.draw.DistrictPicture;
import leadsim.demo.draw.SchoolPicture;
import leadsim.model.Body;
import leadsim.model.Level;
import leadsim.model.Person;
import leadsim.model.SchoolSim;
import org.junit.jupiter.api.Test;

/**
 * The demo at district scale, without a window: the overview lists every school by its name in
 * {@code schools:}, each tile coloured from that school's own value (the needs waiting in it,
 * its implementation of the reform), and opening a tile shows that school's people and charts,
 * not the district's.
 */
class DistrictOverviewTest {
    private static final List<String> LONG_BEACH = List.of("cabrillo", "jordan", "millikan", "wilson");

    private static LiveSession session(String scenario, double days) throws Exception {
        LiveSession session = LiveSession.of(DemoSetup.of(Scenarios.file(scenario), null, null));
        session.start();
        session.runUntil(days);
        return session;
    }

    @Test
    void theOverviewNamesEverySchoolAndColoursItByTheNeedsWaitingThere() throws Exception {
        LiveSession session = session("districts/long-beach-distributed.yaml", 12);
        assertTrue(session.showsOverview(0));
        assertEquals(LONG_BEACH, session.schools());
        DistrictPicture overview = session.overview(0);
        assertEquals(LONG_BEACH, overview.layout().tiles().stream().map(DistrictPicture.Tile::school).toList());

        DistrictPicture.State state = overview.state("queue");
        SchoolSim sim = session.demoRuns().get(0).sim();
        int[] waiting = waitingBySchool(sim);
        Set<String> fills = new HashSet<>();
        int tiles = 0;
        for (int s = 0; s < LONG_BEACH.size(); s++) {
            DistrictPicture.TileState tile = state.tiles().get(s);
            assertEquals(LONG_BEACH.get(s), tile.school());
            assertEquals(waiting[s], tile.value(), 0, tile.school());
            assertEquals(Palette.hex(ColourRamp.HEAT.at(waiting[s] / 200.0)), tile.fill(), tile.school());
            assertEquals(waiting[s] + " needs waiting", tile.words());
            fills.add(tile.fill());
            tiles += waiting[s];
        }
        assertTrue(fills.size() > 1, "the schools' queues differ on day 12, and so do their tiles: " + fills);
        // the tiles and the office hold every need the model counts as waiting, each once
        int counted = 0;
        for (Level level : sim.organisation().levels()) {
            counted += sim.recorder().queued(level);
        }
        assertEquals(counted, tiles + waiting[LONG_BEACH.size()]);
        assertEquals(state.officeFills().size(), overview.layout().office().size(), "the office drawn, person by person and body by body");
    }

    @Test
    void theQueueScaleFollowsTheDistrictAndItsLegendSaysTheValueTheTilesUse() throws Exception {
        // Long Beach's high schools raise about 110 needs a day each: two days' worth is 200, in both variants
        LiveSession session = session("districts/long-beach-hierarchical.yaml", 20);
        DemoRun run = session.demoRuns().get(0);
        double[] perDay = QueueTile.needsPerDay(run.sim().scenario(), run.sim().organisation());
        assertEquals(4, perDay.length);
        assertTrue(perDay[0] > 100 && perDay[0] < 120, java.util.Arrays.toString(perDay));
        assertScaleAgrees(session, 200);
        assertScaleAgrees(session("districts/long-beach-distributed.yaml", 5), 200);

        // the same district with small schools (240 students, one team of 12 teachers): a scale of its own
        String scenario = java.nio.file.Files.readString(Scenarios.file("districts/long-beach-hierarchical.yaml"));
        String small = scenario.replace("count: 60 ", "count: 12 ").replace("students: 1200 ", "students: 240 ");
        assertTrue(small.contains("count: 12 ") && small.contains("students: 240 "), "both numbers replaced");
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("small-district").resolve("small-district.yaml");
        java.nio.file.Files.writeString(file, small);
        LiveSession smallSession = LiveSession.of(DemoSetup.of(file, null, null));
        smallSession.start();
        smallSession.runUntil(20);
        double smallTop = QueueTile.full(smallSession.demoRuns().get(0));
        assertTrue(smallTop <= 60, "small schools, a low top: " + smallTop);
        assertScaleAgrees(smallSession, (int) smallTop);

        // the same run again (same seed): the same scale and the same colours
        LiveSession again = session("districts/long-beach-hierarchical.yaml", 20);
        assertEquals(session.overview(0).layout().tileLegends(), again.overview(0).layout().tileLegends());
        assertEquals(session.overview(0).state("queue").tiles(), again.overview(0).state("queue").tiles());
    }

    /**
     * The tiles' queue legend in the layout the page draws and in the Console's legend says
     * {@code top}+, a tile at that many needs is the ramp's darkest colour (the legend's last),
     * and every tile now is coloured on that scale.
     */
    private static void assertScaleAgrees(LiveSession session, int top) {
        DemoRun run = session.demoRuns().get(0);
        DistrictPicture overview = session.overview(0);
        SchoolPicture.Legend page = overview.layout().tileLegends().stream().filter(l -> l.id().equals("queue")).findFirst().orElseThrow();
        ColourMode.Legend console = TileModes.of("queue").legend(run);
        assertEquals(top + "+", page.high(), "the page's legend says the top of the scale");
        assertEquals(page.high(), console.high(), "the Console's legend says the same");
        assertEquals(page.ramp().get(page.ramp().size() - 1), Palette.hex(console.ramp().at(1)));
        int labelled = Integer.parseInt(page.high().replace("+", ""));
        assertEquals(labelled, QueueTile.full(run), 0);
        String darkest = Palette.hex(QueueTile.colour(labelled, QueueTile.full(run)));
        assertEquals(page.ramp().get(page.ramp().size() - 1), darkest, "a tile at the legend's top is its darkest colour");
        assertEquals(darkest, Palette.hex(QueueTile.colour(labelled * 1.5, QueueTile.full(run))), "and stays so above it");
        assertNotEquals(darkest, Palette.hex(QueueTile.colour(labelled - 1, QueueTile.full(run))), "below it, lighter");
        for (DistrictPicture.TileState tile : overview.state("queue").tiles()) {
            assertEquals(Palette.hex(ColourRamp.HEAT.at(tile.value() / labelled)), tile.fill(), tile.school() + " on the legend's scale");
        }
    }

    @Test
    void theScaleIsTheNearestRoundNumber() {
        assertEquals(List.of(200.0, 50.0, 250.0, 10.0, 800.0, 1000.0, 150.0), List.of(QueueTile.round(220), QueueTile.round(48),
                QueueTile.round(230), QueueTile.round(10), QueueTile.round(870), QueueTile.round(950), QueueTile.round(140)));
    }

    /** Needs waiting at each school's desks and its own bodies, then the office's (its desks and the district's bodies). */
    private static int[] waitingBySchool(SchoolSim sim) {
        int schools = sim.organisation().schools();
        int[] out = new int[schools + 1];
        for (Person p : sim.organisation().people()) {
            out[p.school() < 0 ? schools : p.school()] += sim.decisionFlow().queued(p);
        }
        for (Body b : sim.organisation().bodies()) {
            out[b.school() < 0 ? schools : b.school()] += sim.decisionFlow().queued(b);
        }
        return out;
    }

    @Test
    void inCommitmentEachTileIsItsSchoolsImplementationAndGreyOnceItEndedThere() throws Exception {
        // seed 38: millikan's new principal cancels the reform there on day 307; the others keep it
        LiveSession session = LiveSession.of(DemoSetup.of(Scenarios.file("districts/long-beach-reform-distributed.yaml"), null, 38L));
        session.start();
        session.runUntil(320);
        DemoRun run = session.demoRuns().get(0);
        var reform = run.sim().reform();
        DistrictPicture.State state = session.overview(0).state("commitment");
        for (int s = 0; s < LONG_BEACH.size(); s++) {
            DistrictPicture.TileState tile = state.tiles().get(s);
            if (tile.school().equals("millikan")) {
                assertFalse(reform.aliveIn(s));
                assertEquals(Palette.hex(ColourRamp.OUTSIDE), tile.fill());
                assertEquals("reform ended on day 307", tile.words());
                assertEquals("new principal since day 307", tile.leaders());
            } else {
                assertTrue(reform.aliveIn(s), tile.school());
                assertEquals(reform.levelIn(s), tile.value(), 1e-12, tile.school());
                assertEquals(Palette.hex(ColourRamp.COMMITMENT.at(reform.levelIn(s))), tile.fill(), tile.school());
            }
        }
        assertTrue(state.note().startsWith("champion left on day 180"), state.note());
    }

    @Test
    void aTileOpensThatSchoolsPeopleAndChartsAndAllSchoolsComesBack() throws Exception {
        LiveSession session = session("districts/long-beach-reform-distributed.yaml", 15);
        DemoRun run = session.demoRuns().get(0);
        session.focus("jordan");
        assertFalse(session.showsOverview(0));
        SchoolPicture.Layout layout = session.picture(0).layout();
        long jordanPeople = run.sim().organisation().people().stream().filter(p -> p.school() == 1).count();
        assertEquals(jordanPeople, layout.nodes().stream().filter(n -> n.kind().equals("person")).count(),
                "jordan's people and no one else's");
        assertTrue(layout.nodes().stream().noneMatch(n -> n.role().equals("superintendent")), "the office stays in the overview");
        assertTrue(session.picture(0).state().title().startsWith("Jordan (Long beach reform distributed), day 15"),
                session.picture(0).state().title());

        Map<String, LiveSession.Chart> charts = byId(session.charts(0));
        assertEquals(List.of("latency", "queues", "implementation"), List.copyOf(charts.keySet()));
        Level teacher = run.sim().organisation().level("teacher");
        double[] jordanTeachers = run.schoolDays().queueByDay(1, teacher);
        assertEquals(12 * 5, run.sim().organisation().peopleOf(teacher, 1).size());
        assertArrayEquals(jordanTeachers, charts.get("queues").series().get("teacher (all 60)"));
        assertNotEquals(sum(run.series().queueByDay(teacher)), sum(jordanTeachers), "not the district's 240 teachers");
        assertArrayEquals(run.schoolDays().implementationByDay(1), charts.get("implementation").series().get("mean commitment"));
        assertTrue(charts.get("queues").series().keySet().stream().noneMatch(n -> n.startsWith("superintendent")),
                charts.get("queues").series().keySet().toString());

        session.focus(null);
        assertTrue(session.showsOverview(0));
        assertEquals(List.of("latency", "school-queues", "school-implementation"), List.copyOf(byId(session.charts(0)).keySet()));
        assertEquals(List.of("cabrillo", "jordan", "millikan", "wilson", "central office"),
                List.copyOf(byId(session.charts(0)).get("school-queues").series().keySet()));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.focus("poly"));
        assertEquals("unknown school `poly` in long-beach-reform-distributed; allowed: cabrillo, jordan, millikan, wilson", e.getMessage());
        assertNull(session.focus(), "a refused focus changes nothing");
    }

    @Test
    void aSingleSchoolHasNoOverview() throws Exception {
        LiveSession session = session("hierarchical.yaml", 1);
        assertNull(session.overview(0));
        assertFalse(session.showsOverview(0));
        assertEquals(List.of(), session.schools());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> session.focus("jordan"));
        assertEquals("school `jordan`: this demo shows single schools, not a district", e.getMessage());
    }

    private static Map<String, LiveSession.Chart> byId(List<LiveSession.Chart> charts) {
        Map<String, LiveSession.Chart> out = new java.util.LinkedHashMap<>();
        charts.forEach(c -> out.put(c.id(), c));
        return out;
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-12);
    }
}
