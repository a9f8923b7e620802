package leadsim.experiment.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import leadsim.experiment.store.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad specs are caught before any run, reported like scenario errors (file:line:column: key
 * path: what is wrong and what is allowed), exit code 2, nothing written.
 */
class SweepSpecErrorsTest {
    @TempDir
    Path tmp;

    private Fixtures.Cli sweep(String specText) throws Exception {
        Path spec = Fixtures.spec(tmp, specText);
        Fixtures.Cli result = Fixtures.cli("sweep", spec.toString(), "--out", tmp.resolve("out").toString(), "--quiet");
        assertEquals(2, result.exit(), result.err());
        assertFalse(Files.exists(tmp.resolve("out")), "nothing is written for a bad spec");
        return result;
    }

    @Test
    void unknownKeyPathsAreReportedAtTheFactorEntry() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                scenario: queue.yaml
                factors:
                  - path: culture.psychological_safty
                    values: [0.2, 0.8]
                  - path: roles.decidr.capacity_hours
                    values: [1, 2]
                  - path: arrivals[2].rate_per_day
                    values: [0.1]
                """);
        assertEquals("error: " + spec + ":3:5: culture.psychological_safty: unknown key `psychological_safty` in `culture`;"
                + " allowed here: clarity, psychological_safety, transparency\n"
                + "error: " + spec + ":5:5: roles.decidr.capacity_hours: `decidr` is not in `roles` of this scenario;"
                + " present: decider (a factor changes what the scenario has; it cannot add to it)\n"
                + "error: " + spec + ":7:5: arrivals[2].rate_per_day: `arrivals` has 1 element in this scenario ([0] to [0]),"
                + " so there is no [2]\n", result.err());
    }

    @Test
    void aValueThatFailsScenarioValidationNamesItsDesignPoint() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                scenario: queue.yaml
                factors:
                  - path: culture.psychological_safety
                    values: [0.5, 1.5]
                """);
        assertEquals("error: " + spec + ":3:5: culture.psychological_safety: must be a probability in [0,1] (got 1.5)"
                + " (at design point 1: culture.psychological_safety=1.5)\n", result.err());
    }

    @Test
    void aValueOfTheWrongTypeIsABindingError() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                scenario: queue.yaml
                set:
                  roles.decider.count: 1.5
                """);
        assertEquals("error: " + spec + ":3:3: roles.decider.count: expected a whole number, got 1.5\n",
                result.err());
    }

    @Test
    void theSpecsOwnShapeIsCheckedWithEveryProblemListed() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                scenario: queue.yaml
                replicats: 2
                factors:
                  - path: culture.psychological_safety
                    values: [0.5]
                    range: {from: 0, to: 1, step: 0.5}
                  - path: roles.decider.count
                    sample: {from: 1, to: 3, integer: true}
                  - values: [1]
                """);
        assertEquals("error: " + spec + ":2:1: replicats: unknown key `replicats`; allowed here: description, factors,"
                + " name, replicates, sampling, scenario, seed, series, set\n"
                + "error: " + spec + ":4:5: factors[0]: a factor needs exactly one of values:, range: or sample:"
                + " (got values, range)\n"
                + "error: " + spec + ":9:5: factors[2].path: missing; expected a scenario key path,"
                + " e.g. culture.psychological_safety\n"
                + "error: " + spec + ": sampling: missing; expected {method: lhs or sobol, points: N}, {method: saltelli, base_samples: N} or"
                + " {method: morris, trajectories: R} because a factor"
                + " has sample:\n", result.err());
    }

    @Test
    void seriesThatNoPointHasAreNamedWithWhatIsAvailable() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                scenario: queue.yaml
                series: [queue_*, utilisation_decider]
                """);
        assertEquals("error: " + spec + ":2:1: series: no series column matches utilisation_decider; available: day,"
                + " queue_decider, utilization_decider, decided_decider, gave_up, latency_mean\n", result.err());
        // innovation, reform and turnover are off in this scenario: their series are not columns at all
    }

    @Test
    void aNameThatWouldLeaveTheResultsFolderIsRefused() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                name: ../../escaped
                scenario: queue.yaml
                """);
        assertEquals("error: " + spec + ":1:1: name: `../../escaped` cannot be used as a name; allowed: "
                + leadsim.scenario.ScenarioNames.RULE + "\n", result.err());
    }

    @Test
    void errorsInTheBaseScenarioAreScenarioErrors() throws Exception {
        Path spec = Fixtures.spec(tmp, "scenario: queue.yaml\n");
        Files.writeString(tmp.resolve("queue.yaml"), Fixtures.QUEUE.replace("capacity_hours: 1.0", "capacity_hours: -1"));
        Fixtures.Cli result = Fixtures.cli("sweep", spec.toString(), "--out", tmp.resolve("out").toString());
        assertEquals(2, result.exit());
        // the scenario's own message (owned by the validator), at the scenario file's line and column
        assertTrue(result.err().startsWith("error: " + tmp.resolve("queue.yaml") + ":8:23: roles.decider.capacity_hours: must be > 0"),
                result.err());
    }

    @Test
    void aSaltelliDesignNeedsBaseSamplesAndEveryFactorSampled() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                scenario: queue.yaml
                sampling: {method: saltelli, points: 8}
                factors:
                  - path: roles.decider.capacity_hours
                    sample: {from: 1, to: 2}
                  - path: routing.queue_discipline
                    values: [fifo, urgency]
                """);
        assertEquals("error: " + spec + ":2:30: sampling.points: unknown key `points`; allowed here: base_samples, method\n"
                + "error: " + spec + ":2:1: sampling.base_samples: missing; expected the number of base samples N,"
                + " a whole number >= 2 (the design has N (k + 2) points for k factors; powers of two balance it best)\n"
                + "error: " + spec + ":6:5: factors[1]: saltelli sampling varies every factor; give this one"
                + " sample: {from, to}, or fix its value under set:\n", result.err());
    }

    @Test
    void badSizesOfSaltelliAndMorrisDesignsAreNamed() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                scenario: queue.yaml
                sampling: {method: saltelli, base_samples: 1}
                factors:
                  - path: roles.decider.capacity_hours
                    sample: {from: 1, to: 2}
                """);
        assertEquals("error: " + spec + ":2:30: sampling.base_samples: must be >= 2 (got 1)\n", result.err());
        result = sweep("""
                scenario: queue.yaml
                sampling: {method: morris, trajectories: 10, levels: 3, points: 4}
                factors:
                  - path: roles.decider.capacity_hours
                    sample: {from: 1, to: 2}
                """);
        assertEquals("error: " + spec + ":2:57: sampling.points: unknown key `points`; allowed here: levels, method,"
                + " trajectories\n"
                + "error: " + spec + ":2:46: sampling.levels: must be even (got 3); 4 is customary\n", result.err());
        result = sweep("""
                scenario: queue.yaml
                sampling: {method: salteli, base_samples: 8}
                factors:
                  - path: roles.decider.capacity_hours
                    sample: {from: 1, to: 2}
                """);
        assertEquals("error: " + spec + ":2:12: sampling.method: unknown value `salteli`; allowed: lhs, sobol, saltelli,"
                + " morris\n"
                + "error: " + spec + ":2:29: sampling.base_samples: unknown key `base_samples`; allowed here: method,"
                + " points\n"
                + "error: " + spec + ":2:1: sampling.points: missing; expected the number of sampled design points,"
                + " a whole number >= 1\n", result.err());
    }

    @Test
    void everyShapeProblemIsListedAtOnceWithItsPlaceAndWhatIsAllowed() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                scenario: queue.yaml
                replicates: many
                series: {a: 1}
                set: [1, 2]
                sampling: {method: lhs, pointz: 3}
                factors:
                  - path: culture.psychological_safety
                    range: {from: 0, to: 1, stp: 0.5}
                  - path: roles.decider.count
                    sample: &counts {from: 1, to: 3, integer: true}
                  - path: arrivals[0].rate_per_day
                    sample: *counts
                    colour: red
                """);
        // the shape of the whole file first (in the order of the spec's keys), then what the values mean
        assertEquals("error: " + spec + ":2:13: replicates: expected a whole number, got text\n"
                + "error: " + spec + ":3:1: series: expected none, all, or a list of series columns (* matches any"
                + " text), e.g. [latency_mean, queue_*], got a map\n"
                + "error: " + spec + ":5:25: sampling.pointz: unknown key `pointz`; allowed here: base_samples, levels,"
                + " method, points, trajectories\n"
                + "error: " + spec + ":4:1: set: expected a map of scenario key paths to values, e.g. {horizon.days: 60},"
                + " got a list\n"
                + "error: " + spec + ":8:29: factors[0].range.stp: unknown key `stp`; allowed here: count, from, step, to\n"
                + "error: " + spec + ":13:5: factors[2].colour: unknown key `colour`; allowed here: path, range, sample,"
                + " values\n"
                + "error: " + spec + ":8:5: factors[0].range: give exactly one of step: (the spacing) or count: (the"
                + " number of values)\n"
                + "error: " + spec + ":5:1: sampling.points: missing; expected the number of sampled design points,"
                + " a whole number >= 1\n", result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void aProblemInsideAnAliasedBlockIsPlacedWhereTheBlockIsWritten() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                scenario: queue.yaml
                factors:
                  - path: culture.psychological_safety
                    range: &grid {from: 0.1, to: 0.3, step: 0.1, stepp: 1}
                  - path: culture.transparency
                    range: {<<: *grid, to: 0.2}
                """);
        assertEquals("error: " + spec + ":4:50: factors[0].range.stepp: unknown key `stepp`; allowed here: count, from,"
                + " step, to\n"
                + "error: " + spec + ":4:50: factors[1].range.stepp: unknown key `stepp`; allowed here: count, from,"
                + " step, to\n", result.err());
    }

    @Test
    void anAliasWithoutItsAnchorIsRefusedAsInAScenario() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("""
                scenario: queue.yaml
                factors:
                  - path: culture.clarity
                    range: *grid
                """);
        assertEquals("error: " + spec + ":4:12: factors[0].range: alias *grid names no anchor (&grid) on a map or list"
                + " earlier in the file; anchors may mark maps and lists (not single values) and must come before their"
                + " aliases\n", result.err());
    }

    @Test
    void aSpecThatIsNotAMapOfKeysIsRefused() throws Exception {
        String spec = tmp.resolve("spec.yaml").toString();
        Fixtures.Cli result = sweep("- scenario: queue.yaml\n");
        assertEquals("error: " + spec + ":1:1: a sweep spec is a map of keys (scenario:, replicates:, factors:, ...)\n",
                result.err());
    }
}
