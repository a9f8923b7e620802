package leadsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.report.HtmlReport;
import leadsim.scenario.ScenarioMapper;

/**
 * Writes {@code report.html} (self-contained: charts inline, style inline, no script), the charts
 * as PNG and SVG under {@code figures/} and the tables as CSV under {@code tables/}, for:
 *
 * <ul>
 *   <li>a run directory ({@code leadsim run}: manifest.json of kind "run", runs.csv, series/);
 *   <li>two or more run directories compared, the first as the baseline, replicates paired by seed;
 *   <li>a comparison directory ({@code leadsim compare}) or a sweep directory ({@code leadsim sweep}),
 *       as {@link ExperimentDir} reads them.
 * </ul>
 *
 * <p>Everything is read and checked before anything is written: for input that cannot be reported
 * on, {@link ReportInputException} says why and no file has been created.
 */
public final class Reports {

    /** What a report wrote: the HTML page and every other file. */
    public record Written(Path html, List<Path> files) {}

    private Reports() {}

    /** The report of a run or comparison directory, written to {@code outDir} (or into {@code dir} when null). */
    public static Written report(Path dir, Path outDir) throws ReportInputException, IOException {
        if (!Files.isDirectory(dir)) {
            throw new ReportInputException(dir + " is not a directory; give a directory written by `leadsim run`,"
                    + " `leadsim compare`, `leadsim sweep` or `leadsim merge`");
        }
        Path target = outDir != null ? outDir : dir;
        refuseOtherResults(target, dir);
        if (RunData.isRunDirectory(dir)) {
            return writeRun(RunData.read(dir), target);
        }
        JsonNode manifest = manifest(dir);
        String kind = manifest == null ? "" : manifest.path("kind").asText("");
        if (kind.equals("merge")) {
            kind = manifest.path("merged_kind").asText("");
        }
        if (kind.equals("compare")) {
            return compareRuns(ExperimentDir.read(dir).scenarios(), target);
        }
        if (kind.equals("sweep")) {
            ExperimentDir sweep = ExperimentDir.read(dir);
            ReportOutput out = new ReportOutput(target);
            SweepReport.build(sweep, out).write(out.html());
            return new Written(out.html(), out.written());
        }
        throw new ReportInputException(dir + " is not a leadsim result directory: it has no manifest.json of kind"
                + " \"run\", \"compare\", \"sweep\" or \"merge\" beside a runs.csv, as `leadsim run`, `leadsim compare`,"
                + " `leadsim sweep` and `leadsim merge` write (for two run directories use"
                + " `leadsim report --compare DIR_A DIR_B`)");
    }

    /**
     * Where {@code report --compare} writes when no --out is given: {@code results/reports/<a>-vs-<b>/},
     * apart from {@code results/compare/}, where {@code leadsim compare} keeps its result directories,
     * so that a report of run directories never lands beside another experiment's compare.csv.
     */
    static Path defaultCompareOut(List<RunData> runs) {
        return Path.of("results", "reports", String.join("-vs-",
                SchoolSections.labels(runs).stream().map(SchoolSections::slug).toList()));
    }

    /**
     * Refuses to write a report into a directory that holds another experiment's results (a
     * manifest.json or runs.csv, other than those of {@code source}, the directory reported on), so
     * that a report is never mixed with results it was not made from.
     */
    private static void refuseOtherResults(Path target, Path source) throws ReportInputException {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ReportInputException(target + " is a file, not a directory; pass another --out");
        }
        if (source != null && Files.isDirectory(source) && sameDir(target, source)) {
            return;
        }
        for (String file : List.of("manifest.json", "runs.csv")) {
            if (Files.exists(target.resolve(file))) {
                throw new ReportInputException(target + " holds the results of another experiment (" + file
                        + "); a report written there would be mixed with results it was not made from."
                        + " Pass --out with a folder of its own");
            }
        }
    }

    private static boolean sameDir(Path a, Path b) {
        try {
            return Files.isDirectory(a) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /**
     * The comparison of run directories, the first the baseline, written to {@code outDir} (when
     * null, to {@link #defaultCompareOut}: {@code results/reports/<scenario>-vs-<scenario>/}).
     */
    public static Written compare(List<Path> dirs, Path outDir) throws ReportInputException, IOException {
        List<RunData> runs = new ArrayList<>();
        for (Path dir : dirs) {
            runs.add(RunData.read(dir));
        }
        if (runs.size() < 2) {
            throw new ReportInputException("a comparison needs at least two run directories (got " + runs.size() + ")");
        }
        Path target = outDir != null ? outDir : defaultCompareOut(runs);
        refuseOtherResults(target, null);
        return compareRuns(runs, target);
    }

    private static Written compareRuns(List<RunData> runs, Path outDir) throws ReportInputException, IOException {
        if (runs.size() < 2) {
            throw new ReportInputException("a comparison needs at least two run directories (got " + runs.size() + ")");
        }
        for (int i = 1; i < runs.size(); i++) {
            int pairs = ComparisonReport.pairBySeed(runs.get(0), runs.get(i))[0].length;
            if (pairs < 2) {
                throw new ReportInputException(runs.get(i).dir() + " and " + runs.get(0).dir() + " share " + pairs
                        + " replicate seed(s); a paired comparison needs at least 2. Run both scenarios with the"
                        + " same --seed so that replicate k gets the same seed in each.");
            }
        }
        ReportOutput out = new ReportOutput(outDir);
        HtmlReport report = ComparisonReport.build(runs, out);
        report.write(out.html());
        return new Written(out.html(), out.written());
    }

    private static Written writeRun(RunData run, Path outDir) throws IOException {
        ReportOutput out = new ReportOutput(outDir);
        HtmlReport report = RunReport.build(run, out);
        report.write(out.html());
        return new Written(out.html(), out.written());
    }

    private static JsonNode manifest(Path dir) {
        Path manifest = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return ScenarioMapper.json().readTree(manifest.toFile());
        } catch (IOException e) {
            return null;
        }
    }
}
