package leadsim.replicate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import leadsim.replicate.GarbageCanReplication.Run;

/**
 * The paper's properties (Cohen, March and Olsen 1972, pp. 9-11) tested on a set of runs of the
 * 81 variants, each read in one stated way and found holding or not. The sentences are built
 * from the numbers they give, so they cannot say more than the runs show.
 */
public final class GarbageCanFindings {
    /** One property: the paper's claim, how it is read here, whether it holds, and the figures. */
    public record Finding(String claim, String reading, boolean holds, String evidence) {}

    private GarbageCanFindings() {}

    public static List<Finding> of(List<Run> runs) {
        return List.of(resolutionNotMostCommon(runs), sensitiveToLoad(runs), tracking(runs));
    }

    /**
     * Resolution is not the most common style except under light load or specialised access:
     * in no load x access cell with moderate or heavy load and unsegmented or hierarchical access
     * is resolution the most common style, and it is the most common pooled over light load and
     * pooled over specialised access.
     */
    static Finding resolutionNotMostCommon(List<Run> runs) {
        List<String> against = new ArrayList<>();
        for (String load : List.of("moderate", "heavy")) {
            for (String access : List.of("A0", "A1")) {
                StyleShares cell = StyleShares.of(StyleShares.select(runs,
                        r -> r.variant().load().equals(load) && r.variant().access().equals(access)));
                if (cell.resolutionMostCommon()) {
                    against.add(load + "/" + access);
                }
            }
        }
        StyleShares light = StyleShares.byLevel(runs, "load", List.of("light")).get("light");
        StyleShares specialised = StyleShares.byLevel(runs, "access", List.of("A2")).get("A2");
        boolean holds = against.isEmpty() && light.resolutionMostCommon() && specialised.resolutionMostCommon();
        String evidence = String.format(Locale.ROOT,
                "resolution is the most common style in %s of the four moderate-or-heavy x A0-or-A1 cells%s; "
                        + "under light load resolution %s, oversight %s, flight %s; under specialised access (A2) "
                        + "resolution %s, oversight %s, flight %s",
                against.isEmpty() ? "none" : against.size() + "", against.isEmpty() ? "" : " (" + String.join(", ", against) + ")",
                pct(light.resolution()), pct(light.oversight()), pct(light.flight()),
                pct(specialised.resolution()), pct(specialised.oversight()), pct(specialised.flight()));
        return new Finding("Resolution of problems is not the most common style of making decisions, except under "
                + "light load or where flight is restricted (specialised access).",
                "Styles pooled over runs (a style's total over made choices). Holds if resolution is not the most "
                        + "common style in any cell of moderate or heavy load with A0 or A1 access, and is the most "
                        + "common pooled over light load and pooled over A2.",
                holds, evidence);
    }

    /**
     * The process is sensitive to load: pooled over everything else, the mean number of problems
     * left unsolved rises and the share of choices made by resolution falls from light to
     * moderate to heavy load.
     */
    static Finding sensitiveToLoad(List<Run> runs) {
        Map<String, StyleShares> byLoad = StyleShares.byLevel(runs, "load", GarbageCanVariant.LOADS);
        Map<String, Double> unsolved = new LinkedHashMap<>();
        for (String load : GarbageCanVariant.LOADS) {
            unsolved.put(load, mean(StyleShares.select(runs, r -> r.variant().load().equals(load)), "problems_unsolved"));
        }
        double[] u = unsolved.values().stream().mapToDouble(Double::doubleValue).toArray();
        double[] res = byLoad.values().stream().mapToDouble(StyleShares::resolution).toArray();
        boolean holds = u[0] < u[1] && u[1] < u[2] && res[0] > res[1] && res[1] > res[2];
        int[] paired = heavierLeavesFewerUnsolved(runs);
        String evidence = String.format(Locale.ROOT,
                "problems unsolved (mean of 20): %.2f light, %.2f moderate, %.2f heavy; resolution share: %s, %s, %s. "
                        + "Pair by pair (same other factors, same entry orders), heavy load left fewer problems "
                        + "unsolved than light in %d of %d pairs",
                u[0], u[1], u[2], pct(res[0]), pct(res[1]), pct(res[2]), paired[0], paired[1]);
        return new Finding("The process is quite sensitive to load: heavier load means more problems left unsolved "
                + "and fewer decisions by resolution.",
                "Pooled over energy, access and decision structure. Holds if the mean number of problems unsolved "
                        + "rises, and the resolution share falls, at each step from light to moderate to heavy load.",
                holds, evidence);
    }

    /** {pairs in which heavy load left fewer problems unsolved than light, pairs}: same other levels, same orders. */
    static int[] heavierLeavesFewerUnsolved(List<Run> runs) {
        Map<String, Long> light = new java.util.HashMap<>();
        for (Run run : runs) {
            if (run.variant().load().equals("light")) {
                light.put(pairKey(run), run.get("problems_unsolved"));
            }
        }
        int fewer = 0;
        int pairs = 0;
        for (Run run : runs) {
            Long l = run.variant().load().equals("heavy") ? light.get(pairKey(run)) : null;
            if (l != null) {
                pairs++;
                fewer += run.get("problems_unsolved") < l ? 1 : 0;
            }
        }
        return new int[] {fewer, pairs};
    }

    private static String pairKey(Run run) {
        GarbageCanVariant v = run.variant();
        return v.energy() + "/" + v.access() + "/" + v.decision() + "/" + run.orders();
    }

    /**
     * Decision makers and problems track one another through choices, read as: the variants in
     * which problems move between choices more are those in which decision makers do too
     * (Pearson correlation of the variant means of problem_shifts and dm_shifts above 0).
     */
    static Finding tracking(List<Run> runs) {
        List<double[]> means = new ArrayList<>();
        for (GarbageCanVariant variant : GarbageCanVariant.all()) {
            List<Run> of = StyleShares.select(runs, r -> r.variant().equals(variant));
            if (!of.isEmpty()) {
                means.add(new double[] {mean(of, "problem_shifts"), mean(of, "dm_shifts")});
            }
        }
        double r = pearson(means);
        long shifts = runs.stream().mapToLong(run -> run.get("problem_shifts")).sum();
        long joint = runs.stream().mapToLong(run -> run.get("joint_shifts")).sum();
        String evidence = String.format(Locale.ROOT,
                "correlation over the %d variants' means of problem_shifts and dm_shifts: r = %.2f. Within runs, "
                        + "%s of the %d problem shifts had some decision maker moving to the same choice in the same "
                        + "period (joint_shifts; a reading not fixed before the runs were seen, so no verdict rests on it)",
                means.size(), r, pct(joint / (double) Math.max(1, shifts)), shifts);
        return new Finding("Decision makers and problems tend to track one another through choices.",
                "Holds if the variants in which problems move between choices more are those in which decision "
                        + "makers move more: Pearson correlation of the variant means of problem_shifts and "
                        + "dm_shifts above 0.",
                r > 0, evidence);
    }

    static double mean(List<Run> runs, String statistic) {
        return runs.stream().mapToLong(r -> r.get(statistic)).average().orElse(Double.NaN);
    }

    static double pearson(List<double[]> pairs) {
        double mx = pairs.stream().mapToDouble(p -> p[0]).average().orElse(Double.NaN);
        double my = pairs.stream().mapToDouble(p -> p[1]).average().orElse(Double.NaN);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] p : pairs) {
            sxy += (p[0] - mx) * (p[1] - my);
            sxx += (p[0] - mx) * (p[0] - mx);
            syy += (p[1] - my) * (p[1] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
