package leadsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import leadsim.analysis.report.DifferenceFacts;
import leadsim.analysis.report.PlainLanguage;

/**
 * The summary of one scenario against the baseline, as labelled sentences in the order a reader
 * needs them: first whether the comparison is like for like; then what the scenario is about
 * (a reform's survival after its champion leaves, the spread and quality of new practices);
 * then the needs never decided, always; then how many measures got better and worse; then every
 * significant difference, the worse first, and the rest named as not significant.
 */
final class ComparisonSummary {

    /**
     * One box of the summary.
     *
     * @param caution true for what a reader must not read past: a worse result, an unfair comparison
     */
    record Sentence(String label, String text, boolean caution) {
        Sentence(String label, String text) {
            this(label, text, false);
        }
    }

    private ComparisonSummary() {}

    static List<Sentence> of(RunData base, String baseName, RunData alt, String altName,
                             List<ComparisonReport.Row> rows, ScenarioDifferences differences) {
        List<Sentence> out = new ArrayList<>();
        differences.notLikeForLike().ifPresent(s -> out.add(new Sentence("Not like for like", s, true)));

        Optional<SurvivalFacts> sa = SurvivalFacts.of(base);
        Optional<SurvivalFacts> sb = SurvivalFacts.of(alt);
        if (sa.isPresent() && sb.isPresent()) {
            out.add(new Sentence("Reform survival after the champion left",
                    SurvivalFacts.sentence(sa.get(), baseName, sb.get(), altName), SurvivalFacts.worse(sa.get(), sb.get())));
        }
        List<String> stated = new ArrayList<>();
        for (String column : Measures.INNOVATION) {
            row(rows, column).ifPresent(r -> {
                out.add(new Sentence(r.metric().label(), describe(r, baseName, altName),
                        verdict(r, baseName, altName).equals("worse")));
                stated.add(column);
            });
        }
        for (String column : Measures.UNDECIDED) {
            row(rows, column).ifPresent(r -> {
                out.add(new Sentence(r.metric().label(), describe(r, baseName, altName),
                        verdict(r, baseName, altName).equals("worse")));
                stated.add(column);
            });
        }

        List<ComparisonReport.Row> better = new ArrayList<>();
        List<ComparisonReport.Row> worse = new ArrayList<>();
        List<ComparisonReport.Row> same = new ArrayList<>();
        for (ComparisonReport.Row r : rows) {
            if (!measured(r)) {
                continue;
            }
            switch (verdict(r, baseName, altName)) {
                case "better" -> better.add(r);
                case "worse" -> worse.add(r);
                default -> same.add(r);
            }
        }
        out.add(new Sentence("Better and worse", overview(altName, baseName, better, worse, same)));
        workload(base, baseName, alt, altName).ifPresent(out::add);
        // The worse first, so no reader stops before them; then the better.
        for (ComparisonReport.Row r : worse) {
            if (!stated.contains(r.metric().column())) {
                out.add(new Sentence("Worse: " + r.metric().label(), describe(r, baseName, altName), true));
            }
        }
        for (ComparisonReport.Row r : better) {
            if (!stated.contains(r.metric().column())) {
                out.add(new Sentence("Better: " + r.metric().label(), describe(r, baseName, altName)));
            }
        }
        List<String> notSignificant = new ArrayList<>();
        for (ComparisonReport.Row r : same) {
            if (!stated.contains(r.metric().column())) {
                notSignificant.add(r.metric().noun());
            }
        }
        if (!notSignificant.isEmpty()) {
            out.add(new Sentence("No significant difference", capitalise(join(notSignificant))
                    + " did not differ significantly between "
                    + ScenarioNames.the(altName) + " and " + ScenarioNames.the(baseName)
                    + " (the numbers are in the table below)."));
        }
        return out;
    }

    /**
     * Who carries more and who less: the roles whose utilisation (deciding and meetings) changed by
     * 5 percentage points or more with a paired 95% interval that excludes zero. A busier role is
     * a cost of the change even when every headline measure improved, so it is said, as a caution,
     * and marked as outside the adjusted family.
     */
    static Optional<Sentence> workload(RunData base, String baseName, RunData alt, String altName) {
        List<String> busier = new ArrayList<>();
        List<String> lighter = new ArrayList<>();
        for (leadsim.experiment.summary.Comparisons.Row c : leadsim.experiment.summary.Comparisons.of(List.of(baseName, altName),
                List.of(base.runs(), alt.runs()))) {
            if (!c.metric().startsWith("utilization_") || c.metric().equals("utilization_max") || c.paired() == null) {
                continue;
            }
            var d = c.paired();
            if (Double.isNaN(d.ciLow()) || (d.ciLow() <= 0 && d.ciHigh() >= 0) || Math.abs(d.meanDiff()) < 0.05) {
                continue;
            }
            String role = MetricCatalogue.roleAsActors(c.metric().substring("utilization_".length()));
            String text = role + " " + Fmt.wordsPercent(c.alt().mean()) + " of their hours against "
                    + Fmt.wordsPercent(c.base().mean());
            (d.meanDiff() > 0 ? busier : lighter).add(text);
        }
        if (busier.isEmpty() && lighter.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("In " + ScenarioNames.the(altName) + " than in " + ScenarioNames.the(baseName));
        if (!busier.isEmpty()) {
            text.append(", these are busier, deciding and in meetings: ").append(join(busier));
        }
        if (!lighter.isEmpty()) {
            text.append(busier.isEmpty() ? ", these are less busy: " : "; these less busy: ").append(join(lighter));
        }
        text.append(" (paired 95% intervals exclude no change; not adjusted for the number of measures).");
        return Optional.of(new Sentence("Who carries more", text.toString(), !busier.isEmpty()));
    }

    /** "better", "worse" or "not significant", as the differences table says it. */
    static String verdict(ComparisonReport.Row r, String baseName, String altName) {
        DifferenceFacts facts = ComparisonReport.facts(r, baseName, altName);
        if (!PlainLanguage.isSignificant(facts)) {
            return "not significant";
        }
        boolean lowerIsBetter = r.metric().lowerIsBetter();
        return (lowerIsBetter ? r.d().meanDiff() < 0 : r.d().meanDiff() > 0) ? "better" : "worse";
    }

    private static String overview(String altName, String baseName, List<ComparisonReport.Row> better,
                                   List<ComparisonReport.Row> worse, List<ComparisonReport.Row> same) {
        int n = better.size() + worse.size() + same.size();
        StringBuilder b = new StringBuilder("Of the " + n + " measures compared, " + ScenarioNames.the(altName)
                + " did significantly better than " + ScenarioNames.the(baseName) + " on " + better.size());
        if (worse.isEmpty()) {
            b.append(" and worse on none");
        } else {
            b.append(" and significantly worse on ").append(worse.size()).append(": ")
                    .append(join(worse.stream().map(r -> r.metric().noun()).toList()));
        }
        b.append("; ").append(same.size()).append(same.size() == 1 ? " measure did" : " did")
                .append(" not differ significantly.");
        return b.toString();
    }

    private static String describe(ComparisonReport.Row r, String baseName, String altName) {
        if (r.base().sd() == 0 && r.alt().sd() == 0 && r.base().mean() == r.alt().mean()) {
            // Identical in every replicate (no escalations anywhere, say): an interval "0 to 0" says nothing.
            return capitalise(r.metric().noun()) + " was " + Fmt.value(r.metric(), r.base().mean())
                    + " in every replicate of both " + ScenarioNames.the(baseName) + " and "
                    + ScenarioNames.the(altName) + ": no difference.";
        }
        String sentence = PlainLanguage.describe(ComparisonReport.facts(r, ScenarioNames.place(baseName),
                ScenarioNames.place(altName)));
        String a = r.metric().isShare() ? Fmt.wordsPercent(r.alt().mean()) : Fmt.words(r.alt().mean());
        String b = r.metric().isShare() ? Fmt.wordsPercent(r.base().mean()) : Fmt.words(r.base().mean());
        String unit = r.metric().isShare() || r.metric().unit().isEmpty() ? "" : " " + r.metric().unit();
        return sentence + " (Means: " + a + unit + " against " + b + unit + ".)";
    }

    private static boolean measured(ComparisonReport.Row r) {
        return !Double.isNaN(r.base().mean()) && !Double.isNaN(r.alt().mean());
    }

    private static Optional<ComparisonReport.Row> row(List<ComparisonReport.Row> rows, String column) {
        return rows.stream().filter(r -> r.metric().column().equals(column) && measured(r)).findFirst();
    }

    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
