package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reports that ReportNamesTest, ReportHeadersTest and ReportWordsTest lay out, made once per test
 * JVM: a district of 160 copies of the shipped distributed school (40 named {@code
 * cabrillo-high-school#k}, 120 {@code school#k}) with a reform whose champion leaves, 60 days, so that
 * the "School by school" section has all its tables; a comparison of the two shipped champion-leaves
 * scenarios, whose names are 27 and 28 characters long; and the shipped safety-by-cadence sweep made
 * small (2 replicates of 60 days at each of its 12 points, no series). The runs go to {@code
 * sim/target/long-name-runs/}, the reports to {@code sim/target/district-reports/long-names/}, {@code
 * .../long-names-compared/} and {@code .../safety-by-cadence/}.
 */
final class LongNameReports {
    static final String DISTRICT_NAME = "long-names";
    static final List<String> SCENARIOS = List.of("champion-leaves-hierarchical", "champion-leaves-distributed");
    private static final Path RUNS = Path.of("target", "long-name-runs");
    private static Path district;
    private static Path comparison;
    private static Path sweep;

    private LongNameReports() {}

    static synchronized Path district() throws IOException {
        if (district == null) {
            String text = Files.readString(Path.of("..", "scenarios", "distributed.yaml"));
            String yaml = text.replaceFirst("(?m)^(  days:)\\s*180\\b", "$1 60")
                    .replaceFirst("(?m)^name: distributed$", "name: " + DISTRICT_NAME)
                    + "schools:\n  - {name: cabrillo-high-school, copies: 40}\n  - {name: school, copies: 120}\n"
                    + "reform:\n  enabled: true\n  start_day: 0\n  champion_role: principal\n"
                    + "  ownership: {roles: [teacher_leader], team_share: 0.5}\n"
                    + "events:\n  - {at_day: 30, type: leader_departs, role: principal}\n";
            assertTrue(yaml.contains("days: 60") && yaml.contains("name: " + DISTRICT_NAME),
                    "distributed.yaml changed: update this test");
            Path scenario = fresh(RUNS.resolve(DISTRICT_NAME + ".yaml"));
            Files.writeString(scenario, yaml);
            Path dir = fresh(RUNS.resolve(DISTRICT_NAME));
            run("run", scenario.toString(), "--replicates", "1", "--threads", "2", "--quiet", "--out", dir.toString());
            Path out = fresh(DistrictReportTest.KEPT.resolve(DISTRICT_NAME));
            run("report", dir.toString(), "--out", out.toString());
            district = out;
        }
        return district;
    }

    static synchronized Path comparison() throws IOException {
        if (comparison == null) {
            for (String name : SCENARIOS) {
                run("run", Path.of("..", "scenarios", name + ".yaml").toString(), "--replicates", "3", "--threads",
                        "2", "--seed", "3", "--no-series", "--quiet", "--out", fresh(RUNS.resolve(name)).toString());
            }
            Path out = fresh(DistrictReportTest.KEPT.resolve(DISTRICT_NAME + "-compared"));
            run("report", "--compare", RUNS.resolve(SCENARIOS.get(0)).toString(),
                    RUNS.resolve(SCENARIOS.get(1)).toString(), "--out", out.toString());
            comparison = out;
        }
        return comparison;
    }

    static synchronized Path sweep() throws IOException {
        if (sweep == null) {
            String name = "safety-by-cadence";
            String text = Files.readString(Path.of("..", "scenarios", "sweeps", name + ".yaml"));
            String spec = text.replaceFirst("(?m)^replicates: 10\\b", "replicates: 2")
                    .replaceFirst("(?m)^scenario: \\.\\./distributed\\.yaml", "scenario: "
                            + Path.of("..", "scenarios", "distributed.yaml").toAbsolutePath().normalize())
                    .replaceFirst("(?m)^series: .*$", "series: none\nset:\n  horizon.days: 60");
            assertTrue(spec.contains("replicates: 2") && spec.contains("horizon.days: 60")
                    && !spec.contains("../distributed.yaml"), name + ".yaml changed: update this test");
            Path file = fresh(RUNS.resolve(name + ".yaml"));
            Files.writeString(file, spec);
            Path dir = fresh(RUNS.resolve(name));
            run("sweep", file.toString(), "--threads", "2", "--out", dir.toString());
            Path out = fresh(DistrictReportTest.KEPT.resolve(name));
            run("report", dir.toString(), "--out", out.toString());
            sweep = out;
        }
        return sweep;
    }

    private static void run(String... args) {
        var r = ReportCommandTest.leadsim(args);
        assertEquals(0, r.exitCode(), r.err());
    }

    /** The path, with whatever an earlier test JVM left there removed, and its parent made. */
    private static Path fresh(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(path.getParent());
        return path;
    }
}
