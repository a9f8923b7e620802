package leadsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import leadsim.analysis.report.HtmlReport;
import leadsim.analysis.report.ReportSection;

/**
 * The warnings a run, comparison or sweep recorded in its manifest (a desk offered more work
 * than it has hours for, say), put in the body of the report in words: a reader of the report
 * never opens the manifest, and an overloaded desk changes how every waiting time reads.
 */
final class ManifestWarnings {
    private ManifestWarnings() {}

    /**
     * "file:line:col: roles.principal: expected load is 1.75 times its deciding hours (with expected
     * escalation): needs there will run out of patience (overload.workaround)", or "...: its queue
     * will grow without bound" where needs keep waiting.
     */
    private static final Pattern OVERLOAD = Pattern.compile(
            "(?:(.*?\\.ya?ml):\\d+:\\d+: )?(roles|bodies|office\\.roles|office\\.bodies)\\.([A-Za-z0-9_]+): expected"
                    + " load is ([0-9.]+) times its deciding hours[^:]*: (its queue will grow without bound|needs there will"
                    + " run out of patience \\(overload\\.([a-z_]+)\\))(?: \\(at design point (\\d+): ([^)]*)\\))?$");
    private static final Pattern LOCATION = Pattern.compile("^[^:]*\\.ya?ml:\\d+:\\d+: ");

    /** The warnings of the manifests, distinct and in words. */
    static List<String> inWords(List<JsonNode> manifests, List<String> labels) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < manifests.size(); i++) {
            boolean withFile = labels.size() > 1;
            String where = manifests.size() > 1 && i < labels.size() ? "In " + ScenarioNames.the(labels.get(i)) + ": " : "";
            for (JsonNode w : manifests.get(i).path("warnings")) {
                out.add(where + words(w.asText(), withFile));
            }
        }
        return new ArrayList<>(out);
    }

    /** One warning in words. */
    static String words(String warning, boolean withFile) {
        Matcher m = OVERLOAD.matcher(warning.strip());
        if (m.matches()) {
            String owner = m.group(2).endsWith("roles") ? RunReport.desk(m.group(3))
                    : "the " + MetricCatalogue.role(m.group(3)) + "'s";
            boolean several = owner.endsWith("'"); // "the assistant principals'": one desk each
            String desk = owner + (several ? " desks" : " desk");
            String file = m.group(1) == null || !withFile ? ""
                    : " in " + java.nio.file.Path.of(m.group(1)).getFileName();
            String at = m.group(7) == null ? "" : " at design point " + m.group(7) + " (" + factorsInWords(m.group(8))
                    + ")";
            String they = several ? "they have" : "it has";
            String offered = capitalise(desk) + file + at + (several ? " are" : " is")
                    + " offered " + m.group(4) + " times the decision work " + they
                    + " hours for, counting the escalation its culture brings: ";
            if (m.group(6) == null) {
                return offered + (several ? "their queues grow" : "its queue grows")
                        + " for as long as the run lasts, so " + (several ? "their" : "its") + " waiting times depend on"
                        + " the length of the run.";
            }
            return offered + "needs there wait until their patience runs out, and then " + switch (m.group(6)) {
                case "lapse" -> "lapse unmet.";
                case "reroute" -> "go to another holder once, or are decided by whoever raised them, without the right.";
                default -> "are decided by whoever raised them, without the right (a decision by default).";
            };
        }
        return LOCATION.matcher(warning.strip()).replaceFirst("");
    }

    /** "culture.psychological_safety=0.2, bodies.plc.cadence_days=5" in words. */
    static String factorsInWords(String assignments) {
        List<String> parts = new ArrayList<>();
        for (String part : assignments.split(",\\s*")) {
            int eq = part.indexOf('=');
            parts.add(eq < 0 ? part : KeyLabels.words(part.substring(0, eq).strip()) + " "
                    + SweepReport.cell(part.substring(eq + 1).strip()));
        }
        return String.join(", ", parts);
    }

    /**
     * The manifests that hold the warnings of these runs: each run's own, or, for the scenarios of
     * one {@code leadsim compare} directory, that directory's manifest once.
     */
    static List<JsonNode> manifests(List<RunData> runs) {
        java.nio.file.Path shared = runs.get(0).dir();
        if (runs.stream().allMatch(r -> r.dir().equals(shared)) && !RunData.isRunDirectory(shared)) {
            try {
                return List.of(leadsim.scenario.ScenarioMapper.json().readTree(shared.resolve("manifest.json").toFile()));
            } catch (java.io.IOException e) {
                return List.of();
            }
        }
        return runs.stream().map(RunData::manifest).toList();
    }

    /** Warnings shown as boxes; the rest are listed in one collapsed block, so that many stay short. */
    static final int SHOWN = 3;

    /**
     * Adds a "Warnings" section when there is anything to warn about: the first {@link #SHOWN} as
     * boxes, any more in one collapsed list (a sensitivity design can warn at a hundred points), so
     * that the sections after it are not pushed pages down.
     */
    static void section(HtmlReport report, List<JsonNode> manifests, List<String> labels) {
        List<String> warnings = inWords(manifests, labels);
        if (warnings.isEmpty()) {
            return;
        }
        ReportSection section = report.section("Warnings");
        section.paragraph("Checked before the run, from the scenario itself"
                + (warnings.size() > SHOWN ? " (" + warnings.size() + " warnings; the first " + SHOWN + " here):" : ":"));
        for (String w : warnings.subList(0, Math.min(SHOWN, warnings.size()))) {
            section.caution("Warning", w);
        }
        if (warnings.size() > SHOWN) {
            int more = warnings.size() - SHOWN;
            section.details("The other " + more + (more == 1 ? " warning" : " warnings"),
                    String.join("\n\n", warnings.subList(SHOWN, warnings.size())));
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
