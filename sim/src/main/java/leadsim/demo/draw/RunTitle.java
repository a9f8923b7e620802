package leadsim.demo.draw;

import java.util.Locale;
import leadsim.demo.DemoRun;
import leadsim.demo.Regimes;

/**
 * The title of a run in plain words, as the window's title band and the snapshot's display show
 * it: which school and what day, then the decision rights in force (and since when, if they
 * were switched) and the culture, so a room never has to decode "rights: distributed".
 */
public final class RunTitle {
    private RunTitle() {}

    /** "Hierarchical school, day 45". */
    public static String heading(DemoRun run) {
        return String.format(Locale.ROOT, "%s, day %.0f", words(run.label()), Math.floor(run.now()));
    }

    /** A district's overview: "Hierarchical district, day 45 · all 4 schools". */
    static String districtHeading(DemoRun run) {
        return heading(run) + " \u00b7 all " + run.schoolNames().size() + " schools";
    }

    /** One school of a district: "Jordan (Hierarchical district), day 45". */
    static String heading(DemoRun run, String school) {
        return String.format(Locale.ROOT, "%s (%s), day %.0f", words(school), words(run.label()), Math.floor(run.now()));
    }

    /** A scenario's file-style name in words: "champion-leaves-hierarchical" to "Champion leaves hierarchical". */
    public static String words(String label) {
        String spaced = label.replace('-', ' ').replace('_', ' ').trim();
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** "Decision rights: distributed table since day 35 (it began with the hierarchical table). Psychological safety 0.30, transparency 0.30." */
    public static String rights(DemoRun run) {
        StringBuilder out = new StringBuilder("Decision rights: ");
        out.append(table(run.regime(), run));
        if (!Double.isNaN(run.regimeSince())) {
            out.append(String.format(Locale.ROOT, " since day %.0f (it began with the %s)", run.regimeSince(),
                    table(run.regimes().initial(), run)));
        }
        out.append(". ");
        var flow = run.sim().decisionFlow();
        var culture = run.loaded().scenario().culture();
        double safety = flow == null ? culture.psychologicalSafety() : flow.psychologicalSafety();
        double transparency = flow == null ? culture.transparency() : flow.transparency();
        out.append(String.format(Locale.ROOT, "Psychological safety %.2f, transparency %.2f.", safety, transparency));
        return out.toString();
    }

    private static String table(String regime, DemoRun run) {
        return Regimes.PRESETS.contains(regime) ? regime + " table" : "this scenario's own table";
    }
}
