package leadsim.demo.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import leadsim.demo.Demo;
import leadsim.demo.DemoRun;
import leadsim.demo.DemoSetup;
import leadsim.demo.LockstepClock;
import leadsim.demo.Scenarios;
import leadsim.demo.colour.ColourModes;
import leadsim.demo.feed.SlowColumns;
import leadsim.model.Person;
import leadsim.model.people.Turnover;
import leadsim.model.reform.Reform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's adoption and commitment colours, charts and events read and change the real
 * innovation, reform and turnover models, through the same events a scenario's events: use.
 */
class ModelMechanismsTest {
    @TempDir
    Path dir;

    private static DemoRun started(String scenario, double day) throws Exception {
        LockstepClock clock = DemoSetup.of(Scenarios.file(scenario), null, null).clock();
        clock.start();
        clock.runUntil(day);
        return clock.runs().get(0);
    }

    /** Pixels whose colour is clearly not a grey (channels differ by more than 40). */
    private static double colouredShare(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                int max = Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()));
                int min = Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
                // the orange paths are not what we look for: count blue and green only
                if (max - min > 40 && c.getRed() < max) {
                    coloured++;
                }
            }
        }
        return coloured / (double) (image.getWidth() * image.getHeight());
    }

    @Test
    void commitmentColoursTheChampionSchool() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("champion-leaves-distributed.yaml"), null, null);
        setup.colour("commitment");
        List<Path> files = Demo.snapshot(setup, dir, 30);
        Path display = files.stream().filter(f -> f.getFileName().toString().contains("-display-")).findFirst().orElseThrow();
        double share = colouredShare(display);
        assertTrue(share > 0.01, "commitment colours people blue: " + share);
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("-implementation-")),
                "the implementation chart is drawn: " + files);
    }

    @Test
    void adoptionColoursTheInnovationSchool() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("innovation.yaml"), null, null);
        setup.colour("adoption");
        List<Path> files = Demo.snapshot(setup, dir, 150);
        Path display = files.stream().filter(f -> f.getFileName().toString().contains("-display-")).findFirst().orElseThrow();
        double share = colouredShare(display);
        assertTrue(share > 0.005, "adoption colours users green: " + share);
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("-adoption-")), files.toString());
    }

    @Test
    void theChampionLeaves() throws Exception {
        DemoRun run = started("champion-leaves-hierarchical.yaml", 20);
        Reform reform = run.sim().reform();
        DemoEvent event = DemoEvents.byId(ChampionLeavesEvent.ID);
        assertNull(event.unavailable(run));
        assertTrue(reform.championPresent());
        Person champion = reform.champion();
        assertEquals("principal", champion.role());
        String said = event.fire(run);
        assertNotNull(said);
        assertFalse(reform.championPresent(), "the champion is gone");
        assertEquals(run.now(), reform.championDepartureDay(), 1e-9);
        assertEquals(Turnover.Post.VACANT, run.sim().turnover().post(champion), "a vacancy, as after leader_departs");
        assertTrue(event.unavailable(run).contains("already left"), event.unavailable(run));
        // the commitment colour no longer marks a champion
        assertNull(ColourModes.byId("commitment").badge(run, champion));
    }

    @Test
    void aMandateMakesAdoptionJump() throws Exception {
        DemoRun run = started("innovation.yaml", 20);
        DemoEvent event = DemoEvents.byId(MandatePracticeEvent.ID);
        assertNull(event.unavailable(run));
        double[] before = SlowColumns.column(run, "adoption");
        String said = event.fire(run);
        assertTrue(said.contains("mandates"), said);
        var innovation = run.sim().innovation();
        int leading = innovation.leadingPractice();
        assertTrue(innovation.mandated(leading));
        assertEquals(48, innovation.users(leading), "every teacher and teacher leader uses it");
        run.advanceTo(22);
        double[] after = SlowColumns.column(run, "adoption");
        assertTrue(after[after.length - 1] > before[before.length - 1] + 0.5,
                "adoption jumps: " + before[before.length - 1] + " -> " + after[after.length - 1]);
    }

    @Test
    void aTurnoverWaveReplacesPeople() throws Exception {
        DemoRun run = started("innovation.yaml", 5);
        DemoEvent event = DemoEvents.byId(TurnoverWaveEvent.ID);
        assertNull(event.unavailable(run));
        int before = run.sim().turnover().departures();
        String said = event.fire(run);
        assertTrue(run.sim().turnover().departures() > before + 5, said);
    }

    @Test
    void offMechanismsSayWhichKeyTurnsThemOn() throws Exception {
        DemoRun run = started("distributed.yaml", 3);
        assertTrue(DemoEvents.byId(ChampionLeavesEvent.ID).unavailable(run).contains("reform: {enabled: true}"));
        assertTrue(DemoEvents.byId(MandatePracticeEvent.ID).unavailable(run).contains("innovation: {enabled: true}"));
        assertTrue(DemoEvents.byId(TurnoverWaveEvent.ID).unavailable(run).contains("people: {turnover: {enabled: true}}"));
        assertTrue(ColourModes.byId("adoption").unavailable(run).contains("innovation: {enabled: true}"));
        assertTrue(ColourModes.byId("commitment").unavailable(run).contains("reform: {enabled: true}"));
        assertNull(DemoEvents.byId(SwitchRegimeEvent.ID).unavailable(run));
    }

    @Test
    void theChampionLessonShowsTheDeparture() throws Exception {
        DemoSetup setup = DemoSetup.of(Scenarios.file("lessons/champion-leaves.yaml"), null, null);
        LockstepClock clock = setup.clock();
        clock.start();
        clock.runUntil(179);
        clock.runs().forEach(r -> assertTrue(r.sim().reform().championPresent(), r.label()));
        clock.runUntil(181);
        for (DemoRun run : clock.runs()) {
            assertFalse(run.sim().reform().championPresent(), run.label());
            assertTrue(run.caption().contains("champion leaves"), run.caption());
        }
        assertEquals(List.of("Hierarchical school", "Distributed school"), // the lesson's names:
                clock.runs().stream().map(DemoRun::label).toList());
    }
}
