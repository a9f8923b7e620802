package leadsim.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Measure;

/**
 * The schools of a district from slowest to fastest by the catalogue's headline time to decision
 * that counts every need: the mean up to one school year ({@code latency_rmean}), which open and
 * lapsed needs enter censored, so a school cannot look fast by leaving needs undecided, and which,
 * unlike the median, also weighs the long waits. Ties keep the model's school order.
 *
 * @param slowestFirst the schools with a value, slowest first
 * @param means        per school, the measure's mean over replicates
 */
record SchoolRanking(List<String> slowestFirst, Map<String, Double> means) {
    static final String MEASURE = "latency_rmean";

    static Measure measure() {
        return Catalogue.run(MEASURE).orElseThrow();
    }

    static SchoolRanking of(SchoolData data) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (String school : data.schools()) {
            double m = data.mean(school, MEASURE);
            if (!Double.isNaN(m)) {
                means.put(school, m);
            }
        }
        List<String> order = new ArrayList<>(means.keySet());
        order.sort(Comparator.comparingDouble((String s) -> means.get(s)).reversed());
        return new SchoolRanking(order, means);
    }

    boolean isEmpty() {
        return slowestFirst.isEmpty();
    }

    String slowest() {
        return slowestFirst.get(0);
    }

    String fastest() {
        return slowestFirst.get(slowestFirst.size() - 1);
    }

    /** Rank 1 is the slowest. */
    int rank(String school) {
        return slowestFirst.indexOf(school) + 1;
    }

    /**
     * Which schools a chart of at most {@code max} panels shows, slowest first: all of them when
     * they fit, else a third the slowest, a third the fastest and a third evenly spaced between.
     */
    List<String> shown(int max) {
        int n = slowestFirst.size();
        if (n <= max) {
            return slowestFirst;
        }
        int ends = max / 3;
        int between = max - 2 * ends;
        List<String> shown = new ArrayList<>(slowestFirst.subList(0, ends));
        int from = ends;
        int to = n - ends; // exclusive: the middle runs over [from, to)
        for (int k = 0; k < between; k++) {
            shown.add(slowestFirst.get(from + (int) Math.round((k + 0.5) * (to - from) / between - 0.5)));
        }
        shown.addAll(slowestFirst.subList(n - ends, n));
        return shown;
    }

    /** The caption's words for what {@link #shown} picked. */
    String shownWords(int max) {
        int n = slowestFirst.size();
        if (n <= max) {
            return "all " + n + " schools, slowest first";
        }
        int ends = max / 3;
        return max + " of the " + n + " schools: the " + ends + " slowest, " + (max - 2 * ends)
                + " spread evenly between and the " + ends + " fastest, slowest first (each panel's title gives its"
                + " rank, 1 the slowest)";
    }
}
