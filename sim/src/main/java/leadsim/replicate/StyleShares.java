package leadsim.replicate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import leadsim.replicate.GarbageCanReplication.Run;

/**
 * Decision styles pooled over runs, as the replication reports them: the total of a style
 * over the runs divided by the total of choices made; and the mean choices left unmade.
 *
 * @param runs        runs pooled
 * @param resolution  share of choices made by resolution
 * @param oversight   share made by oversight
 * @param flight      share made by flight
 * @param unmadeMean  mean number of choices unmade per run
 */
public record StyleShares(int runs, double resolution, double oversight, double flight, double unmadeMean) {

    public static StyleShares of(List<Run> runs) {
        long made = 0;
        long resolution = 0;
        long oversight = 0;
        long flight = 0;
        long unmade = 0;
        for (Run run : runs) {
            made += run.get("choices_made");
            resolution += run.get("resolution");
            oversight += run.get("oversight");
            flight += run.get("flight");
            unmade += run.get("choices_unmade");
        }
        double m = Math.max(1, made);
        return new StyleShares(runs.size(), resolution / m, oversight / m, flight / m,
                runs.isEmpty() ? Double.NaN : unmade / (double) runs.size());
    }

    /** Shares per level of a factor ({@code load}, {@code energy}, {@code access}, {@code decision}). */
    public static Map<String, StyleShares> byLevel(List<Run> runs, String factor, List<String> levels) {
        Map<String, StyleShares> out = new LinkedHashMap<>();
        for (String level : levels) {
            out.put(level, of(select(runs, r -> r.variant().level(factor).equals(level))));
        }
        return out;
    }

    static List<Run> select(List<Run> runs, Predicate<Run> keep) {
        return runs.stream().filter(keep).toList();
    }

    /** Whether resolution is the most common style (strictly more than each of the others). */
    public boolean resolutionMostCommon() {
        return resolution > oversight && resolution > flight;
    }
}
