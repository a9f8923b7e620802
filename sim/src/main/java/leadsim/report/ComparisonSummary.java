package leadsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import leadsim.analysis.report.DifferenceFacts;
import leadsim.analysis.report.PlainLanguage;
import leadsim.experiment.summary.Comparisons;

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
        List<Comparisons.Row> all = Comparisons.of(List.of(baseName, altName), List.of(base.runs(), alt.runs()));
        for (String column : Measures.UNDECIDED) {
            row(rows, column).ifPresent(r -> {
                String text = describe(r, baseName, altName);
                if (column.equals("open_share")) {
                    text = withOpenCount(text, all);
                }
                out.add(new Sentence(r.metric().label(), text, verdict(r, baseName, altName).equals("worse")));
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
        RoleLevel roles = RoleLevel.of(all);
        out.add(new Sentence("Better and worse", overview(altName, baseName, better, worse, same)
                + (rows.stream().anyMatch(r -> r.metric().column().equals("open_share"))
                        ? " Needs still open at the end count once among these, as a share of the needs raised"
                                + " (their number is given beside it)." : "")
                + (roles.tested() == 0 ? "" : " Role by role, " + ScenarioNames.the(altName) + " did significantly"
                        + " worse on " + roles.worse().size() + " and better on " + roles.better().size() + " of "
                        + roles.tested() + " measures (below).")));
        if (roles.tested() > 0) {
            out.add(new Sentence("Role by role", roles.sentence(baseName, altName), !roles.worse().isEmpty()));
        }
        workload(all, baseName, altName).ifPresent(out::add);
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
    static Optional<Sentence> workload(List<Comparisons.Row> all, String baseName, String altName) {
        List<String> busier = new ArrayList<>();
        List<String> lighter = new ArrayList<>();
        for (Comparisons.Row c : all) {
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

    /** "(Means: 0.30% against 0.96%.)" with the number of needs beside the share: one outcome, said once. */
    private static String withOpenCount(String text, List<Comparisons.Row> all) {
        Optional<Comparisons.Row> count = all.stream().filter(c -> c.metric().equals("needs_open") && !c.isCensored())
                .findFirst();
        if (count.isEmpty() || !text.endsWith(".)")) {
            return text;
        }
        return text.substring(0, text.length() - 2) + "; in needs, " + Fmt.words(count.get().alt().mean())
                + " against " + Fmt.words(count.get().base().mean()) + ", a mean over replicates.)";
    }

    /**
     * The role-level family ({@link Comparisons#ROLE_LEVEL}): per role or body, what got better and
     * worse where needs wait and are decided, judged by the family's own Holm-adjusted p-values.
     */
    record RoleLevel(List<Comparisons.Row> worse, List<Comparisons.Row> better, int tested) {

        static RoleLevel of(List<Comparisons.Row> all) {
            List<Comparisons.Row> worse = new ArrayList<>();
            List<Comparisons.Row> better = new ArrayList<>();
            int tested = 0;
            for (Comparisons.Row c : all) {
                if (!c.roleLevel() || c.identical()) {
                    continue;
                }
                tested++;
                var d = c.paired();
                boolean significant = (d.ciLow() > 0 || d.ciHigh() < 0)
                        && (Double.isNaN(c.holm()) || c.holm() < PlainLanguage.ALPHA);
                if (significant) {
                    boolean good = c.measure().lowerIsBetter() ? d.meanDiff() < 0 : d.meanDiff() > 0;
                    (good ? better : worse).add(c);
                }
            }
            return new RoleLevel(worse, better, tested);
        }

        String sentence(String baseName, String altName) {
            int same = tested - worse.size() - better.size();
            StringBuilder b = new StringBuilder("Role by role, " + ScenarioNames.the(altName) + " did significantly"
                    + " worse than " + ScenarioNames.the(baseName) + " on " + (worse.isEmpty() ? "none" : worse.size())
                    + " of the " + tested + " role-level measures tested");
            if (!worse.isEmpty()) {
                List<String> facts = worse.stream().map(RoleLevel::fact).toList();
                b.append(": ").append(facts.size() == 1 ? facts.get(0) : String.join("; ", facts.subList(0,
                        facts.size() - 1)) + "; and " + facts.get(facts.size() - 1));
            }
            b.append(". It did significantly better on ").append(better.size()).append("; ").append(same)
                    .append(same == 1 ? " measure did" : " did").append(" not differ significantly. The role-level"
                    + " measures are, for each role or body: the mean time to decision of the needs decided there,"
                    + " the share of them decided by the deadline, the shares of all needs decided by default and"
                    + " lapsed after waiting there, and the mean number of needs waiting there; a difference counts"
                    + " as significant when its 95% interval excludes zero and its p-value, adjusted (Holm) for"
                    + " testing these ").append(tested).append(" at once, apart from the headline measures, is below"
                    + " 0.05.");
            return b.toString();
        }

        /** "needs decided by teachers waited 0.920 days on average, against 0.682". */
        static String fact(Comparisons.Row c) {
            String unit = c.measure().unitOf(c.metric());
            String a = value(c, c.alt().mean());
            String b = value(c, c.base().mean());
            String desk = RunReport.desk(unit) + (RunReport.desk(unit).endsWith("'") ? " desks" : " desk");
            return switch (c.measure().stem()) {
                case "latency_mean_at_" -> "needs decided by " + MetricCatalogue.roleAsActors(unit) + " waited " + a
                        + " days on average, against " + b;
                case "on_time_share_at_" -> "of the needs decided by " + MetricCatalogue.roleAsActors(unit) + ", " + a
                        + " were decided by the deadline, against " + b;
                case "default_share_at_" -> a + " of all needs were decided by default after waiting at " + desk
                        + ", against " + b;
                case "lapse_share_at_" -> a + " of all needs lapsed after waiting at " + desk + ", against " + b;
                case "queue_mean_" -> "on average " + a + " needs were waiting at " + desk + ", against " + b;
                default -> c.measure().label() + ", " + MetricCatalogue.role(unit) + ": " + a + " against " + b;
            };
        }

        private static String value(Comparisons.Row c, double v) {
            return c.measure().kind() == leadsim.metrics.Kind.SHARE ? Fmt.percent(v) : Fmt.num(v);
        }
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
        StringBuilder b = new StringBuilder("Of the " + n + " headline measures compared, " + ScenarioNames.the(altName)
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
