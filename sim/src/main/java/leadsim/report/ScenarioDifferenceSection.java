package leadsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import leadsim.analysis.report.HtmlReport;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.report.TableNames;

/**
 * The section "What differs between these scenarios": for each scenario against the baseline,
 * the differences in sentences, the decision-rights cells that differ and every other setting
 * that differs, in words (tables also as CSV).
 */
final class ScenarioDifferenceSection {
    /** More rows than this go to the CSV only. */
    static final int SHOWN = 40;

    private ScenarioDifferenceSection() {}

    static void add(HtmlReport report, List<ScenarioDifferences> differences, List<String> labels, ReportOutput out)
            throws IOException {
        ReportSection section = report.section("What differs between these scenarios");
        section.paragraph("From the resolved scenarios recorded in the manifests (presets and defaults expanded),"
                + " each scenario against the baseline, " + ScenarioNames.the(labels.get(0)) + ".");
        List<List<String>> csv = new ArrayList<>();
        for (int i = 0; i < differences.size(); i++) {
            ScenarioDifferences d = differences.get(i);
            String name = labels.get(i + 1);
            if (differences.size() > 1) {
                section.heading(ScenarioNames.The(name));
            }
            if (!d.known()) {
                section.paragraph("(A manifest does not record its resolved scenario, so the differences cannot be"
                        + " listed.)");
                continue;
            }
            d.notLikeForLike().ifPresent(s -> section.caution("Not like for like", s));
            section.meaning("In short", String.join(" ", d.sentences()));
            List<String> header = List.of("Setting", labels.get(0), name);
            if (!d.rights().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (ScenarioDifferences.Setting s : d.rights()) {
                    rows.add(List.of(capitalise(s.words()), s.a(), s.b()));
                    csv.add(List.of(name, s.path(), s.a(), s.b()));
                }
                section.table("Who decides, where the decision rights differ (a list is an approval chain, in order)",
                        List.of("Matter", labels.get(0), name), rows.subList(0, Math.min(SHOWN, rows.size())),
                        TableNames.columns(1, 2).headers(1, 2));
            }
            List<List<String>> rows = new ArrayList<>();
            for (ScenarioDifferences.Setting s : d.settings()) {
                if (rows.size() < SHOWN) {
                    rows.add(List.of(s.words(), s.a(), s.b()));
                }
                csv.add(List.of(name, s.path(), s.a(), s.b()));
            }
            if (rows.isEmpty()) {
                section.paragraph("No other setting differs.");
            } else {
                int more = d.settings().size() - rows.size();
                section.table("Other settings that differ" + (more > 0 ? " (the first " + SHOWN + "; all "
                        + d.settings().size() + " in tables/scenario-differences.csv)" : ""), header, rows,
                        TableNames.NONE.headers(1, 2));
            }
        }
        if (!csv.isEmpty()) {
            out.table("scenario-differences", List.of("scenario", "key_path", "baseline", "value"), csv);
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
