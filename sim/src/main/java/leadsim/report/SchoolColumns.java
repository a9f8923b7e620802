package leadsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Measure;

/**
 * The heads of the schools table's measure columns ({@link DistrictSection}): a few words, and the
 * unit on a line of its own, so that eight number columns beside a school's name fit the page at
 * 1280 px with no head over three lines (the catalogue's labels, up to 72 characters, took up to ten).
 * The key under the table gives each column's full label from the catalogue.
 */
final class SchoolColumns {
    /** The few words of each column a schools table can show; any other measure is headed by its label. */
    private static final Map<String, String> WORDS = Map.of(
            "needs_raised", "Needs raised",
            "latency_rmean", "Mean wait",
            "on_time_share", "On time",
            "open_share", "Still open",
            "default_share", "Decided by default",
            "lapse_share", "Lapsed unmet",
            "implementation_final", "Reform in place");

    private SchoolColumns() {}

    /**
     * "Mean wait\n(days)": the column's words, then its unit, if it has one, on a line of its own; a
     * measure without words of its own is headed by its label.
     */
    static String head(String measure) {
        Measure m = Catalogue.run(measure).orElseThrow();
        if (!WORDS.containsKey(measure)) {
            return m.label();
        }
        String unit = unit(m);
        return WORDS.get(measure) + (unit.isEmpty() ? "" : "\n" + unit);
    }

    /**
     * "Mean wait: time to decision counting every need, mean up to one school year (days). ...": the
     * full label of every column whose head is shorter than it, for the key under the table ("" when
     * none is).
     */
    static String key(List<String> measures) {
        List<String> parts = new ArrayList<>();
        for (String measure : measures) {
            Measure m = Catalogue.run(measure).orElseThrow();
            if (!words(m).equals(m.label())) {
                parts.add(words(m) + ": " + SweepReport.lowerFirst(m.label()) + ".");
            }
        }
        boolean shares = measures.stream().anyMatch(SchoolColumns::isShare);
        return parts.isEmpty() ? "" : "The columns: " + String.join(" ", parts)
                + (shares ? " Shares are shown in percent." : "");
    }

    private static String words(Measure m) {
        return WORDS.getOrDefault(m.name(), m.label());
    }

    /** "(%)" for a share (the table shows it in percent), else the label's closing bracket: "(days)", "(0 to 1)". */
    private static String unit(Measure m) {
        if (isShare(m.name())) {
            return "(%)";
        }
        int open = m.label().lastIndexOf(" (");
        return m.label().endsWith(")") && open >= 0 ? m.label().substring(open + 1) : "";
    }

    static boolean isShare(String measure) {
        return "share".equals(Catalogue.run(measure).orElseThrow().unit());
    }
}
