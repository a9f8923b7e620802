package leadsim.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import leadsim.analysis.report.HtmlReport;
import leadsim.analysis.report.ReportSection;
import leadsim.analysis.stats.ReplicateSummary;

/** The report of one {@code leadsim run} directory: what happened, in words, numbers and charts. */
final class RunReport {
    private RunReport() {}

    static HtmlReport build(RunData run, ReportOutput out) throws IOException {
        HtmlReport report = new HtmlReport("Decision flow in " + ScenarioNames.the(run.scenarioName()))
                .subtitle(Fmt.replicates(run.replicates()) + " of " + run.manifest().path("scenario_file").asText("?")
                        + ", master seed " + run.manifest().path("master_seed").asText("?")
                        + ", leadsim " + run.manifest().path("leadsim_version").asText("?"));
        ReportSection summary = report.section("Summary");
        summary.meaning("In short", String.join(" ", sentences(run)));
        headlineTable(summary, run, out);
        ManifestWarnings.section(report, List.of(run.manifest()), List.of(run.scenarioName()));

        SchoolSections sections = new SchoolSections(report, out, List.of(run));
        sections.all();
        return report;
    }

    /** The plain-language summary of a run, one fact per sentence. */
    static List<String> sentences(RunData run) {
        List<String> s = new ArrayList<>();
        if (run.hasMetric("latency_mean")) {
            ReplicateSummary mean = SchoolSections.summary(run, "latency_mean");
            String[] r = Fmt.wordsWithInterval(mean.mean(), mean.ciLow(), mean.ciHigh());
            StringBuilder b = new StringBuilder("Needs waited " + r[0]
                    + " days on average from being raised to being decided");
            if (!Double.isNaN(mean.ciLow())) {
                b.append(" (95% CI ").append(r[1]).append(" to ").append(r[2]).append(" days)");
            }
            if (run.hasMetric("latency_p50") && run.hasMetric("latency_p90")) {
                b.append("; half were decided within ")
                        .append(Fmt.words(SchoolSections.summary(run, "latency_p50").mean()))
                        .append(" days, and one in ten waited longer than ")
                        .append(Fmt.words(SchoolSections.summary(run, "latency_p90").mean())).append(" days");
            }
            s.add(b.append('.').toString());
            undecided(run).ifPresent(s::add);
        } else {
            undecided(run).ifPresent(s::add);
        }
        // What the scenario is about comes first: the reform's survival, then the spread of practices.
        List<String> first = new ArrayList<>();
        SurvivalFacts.of(run).ifPresent(f -> {
            double[] ci = f.km().medianCi();
            String[] r = Fmt.wordsWithInterval(f.median(), ci[0], ci[1]);
            String interval = Double.isNaN(f.median()) || Double.isNaN(ci[0]) ? ""
                    : " (95% CI " + r[1] + " days to " + (Double.isNaN(ci[1]) ? "not reached"
                    : r[2] + " days") + ")";
            first.add("After the champion left, the reform lasted a median of " + f.medianText() + interval
                    + "; it ended within the run in " + f.km().events() + " of " + f.km().subjects() + " replicates.");
        });
        if (Measures.innovationRan(run) && run.measured("good_practices_per_staff")
                && run.measured("adopted_good_share")) {
            first.add("On an average day each member of staff used "
                    + Fmt.words(SchoolSections.summary(run, "good_practices_per_staff").mean())
                    + " good new practices, and " + Fmt.wordsPercent(SchoolSections.summary(run, "adopted_good_share")
                    .mean()) + " of the use of new practices was of good ones"
                    + (run.measured("innovations_spread") ? "; " + Fmt.words(SchoolSections.summary(run,
                    "innovations_spread").mean()) + " practices per replicate spread beyond their inventor's team" : "")
                    + ".");
        }
        s.addAll(0, first);
        if (run.hasMetric("on_time_share")) {
            s.add(Fmt.wordsPercent(SchoolSections.summary(run, "on_time_share").mean())
                    + " of the needs were decided by the holder of their decision right by their deadline (a"
                    + " decision by default, a lapse or a need still open past its deadline is not on time).");
        }
        largest(run, MetricCatalogue.DECIDED_SHARE).ifPresent(top -> s.add(top.share() > 0.5
                ? "Most decisions (" + Fmt.wordsPercent(top.share()) + ") were taken by "
                        + MetricCatalogue.roleAsActors(top.role()) + "."
                : "The largest share of decisions (" + Fmt.wordsPercent(top.share()) + ") was taken by "
                        + MetricCatalogue.roleAsActors(top.role()) + "."));
        run.mostFrequent("utilization_max_role").filter(r -> run.hasMetric(MetricCatalogue.UTILIZATION + r))
                .ifPresent(role -> s.add(busiestRole(role,
                        SchoolSections.summary(run, MetricCatalogue.UTILIZATION + role).mean())
                        + busiestPerson(run).map(p -> " " + p).orElse("")));
        largest(run, MetricCatalogue.WAIT_SHARE).ifPresent(top -> s.add(
                (top.share() > 0.5 ? "Most of the waiting (" : "The largest share of the waiting (")
                        + Fmt.wordsPercent(top.share()) + ") happened at " + desk(top.role()) + (top.role().equals(
                        "principal") ? " desk." : " desks, all of them together.")
                        + topDesk(run).map(d -> " " + d).orElse("")));
        return s;
    }

    /** The role-level fact: the role whose people were busiest on average ({@code utilization_<role>}). */
    static String busiestRole(String role, double utilisation) {
        String actors = MetricCatalogue.roleAsActors(role);
        String who = Character.toUpperCase(actors.charAt(0)) + actors.substring(1);
        boolean plural = !actors.startsWith("the ");
        String busy = utilisation >= 0.995
                ? "busy all of their hours for decisions and meetings, so work piles up there"
                : "busy (deciding or in meetings) " + Fmt.wordsPercent(utilisation) + " of their hours for"
                        + " decisions and meetings";
        return who + (plural ? " were" : " was") + " the busiest role: " + busy
                + (plural ? " (the mean over the role's people)." : ".");
    }

    /** The desk-level fact beside it: the busiest single person ({@code busiest_desk_utilization}). */
    static Optional<String> busiestPerson(RunData run) {
        if (!run.hasMetric("busiest_desk_utilization")) {
            return Optional.empty();
        }
        double u = SchoolSections.summary(run, "busiest_desk_utilization").mean();
        return Double.isNaN(u) ? Optional.empty() : Optional.of("The busiest single person was busy "
                + Fmt.wordsPercent(u) + " of their hours for decisions and meetings"
                + (run.replicates() > 1 ? " (the busiest in each replicate, on average)." : "."));
    }

    /** The desk-level fact: the one desk with the most waiting ({@code top_wait_desk_1} and its share). */
    static Optional<String> topDesk(RunData run) {
        if (!run.runs().hasColumn("top_wait_desk_1") || !run.hasMetric("top_wait_desk_1_share")) {
            return Optional.empty();
        }
        List<String> desks = run.runs().strings("top_wait_desk_1");
        Optional<String> first = run.mostFrequent("top_wait_desk_1").filter(d -> !d.isEmpty() && !d.equals("none"));
        double share = SchoolSections.summary(run, "top_wait_desk_1_share").mean();
        if (first.isEmpty() || Double.isNaN(share)) {
            return Optional.empty();
        }
        long times = desks.stream().filter(first.get()::equals).count();
        String name = first.get().replace('_', ' ');
        return Optional.of(times == desks.size()
                ? "The single desk with the most waiting was " + name + ", with " + Fmt.wordsPercent(share)
                        + " of all waiting."
                : "The single desk with the most waiting was most often " + name + " (in " + times + " of "
                        + desks.size() + " replicates); the desk with the most waiting held " + Fmt.wordsPercent(share)
                        + " of all waiting on average.");
    }

    /**
     * The needs the average wait leaves out: those still open at the end of the run (and, when
     * the run records them, those decided by default, lapsed or rerouted). An average over decided
     * needs alone says nothing of them.
     */
    static Optional<String> undecided(RunData run) {
        List<String> parts = new ArrayList<>();
        double open = Double.NaN;
        if (run.measured("open_share")) {
            open = SchoolSections.summary(run, "open_share").mean();
        } else if (run.measured("needs_open") && run.measured("needs_raised")) {
            double[] o = run.metric("needs_open");
            double[] r = run.metric("needs_raised");
            double so = 0;
            double sr = 0;
            for (int i = 0; i < o.length; i++) {
                if (!Double.isNaN(o[i]) && !Double.isNaN(r[i])) {
                    so += o[i];
                    sr += r[i];
                }
            }
            open = sr == 0 ? Double.NaN : so / sr;
        }
        if (Double.isNaN(open)) {
            return Optional.empty();
        }
        String first = open == 0 ? "No need was still open at the end of the run"
                : Fmt.wordsPercent(open) + " of the needs raised were still open at the end of the run; the waits"
                        + " above count only the needs that were decided, so " + (open >= 0.05
                        ? "they understate how long needs waited" : "they leave these out");
        for (String[] other : new String[][] {
                {"default_share", "decided by default (by whoever raised them, without the right, when their patience ran out)"},
                {"lapse_share", "lapsed unmet"}, {"reroute_share", "rerouted to another desk"}}) {
            if (run.measured(other[0])) {
                parts.add(Fmt.wordsPercent(SchoolSections.summary(run, other[0]).mean()) + " " + other[1]);
            }
        }
        return Optional.of(first + (parts.isEmpty() ? "." : "; of all needs, " + ComparisonSummary.join(parts) + "."));
    }

    /** "the principal's", "the teachers'", "the PLCs'". */
    static String desk(String role) {
        String possessive = MetricCatalogue.rolePossessive(role);
        return possessive.startsWith("the ") ? possessive : "the " + possessive;
    }

    record RoleShare(String role, double share) {}

    /** The role with the largest mean of a per-role share family. */
    static Optional<RoleShare> largest(RunData run, String prefix) {
        RoleShare best = null;
        for (String role : run.roles(run.runs(), prefix)) {
            double mean = SchoolSections.summary(run, prefix + role).mean();
            if (!Double.isNaN(mean) && (best == null || mean > best.share())) {
                best = new RoleShare(role, mean);
            }
        }
        return Optional.ofNullable(best);
    }

    private static void headlineTable(ReportSection section, RunData run, ReportOutput out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        List<String> columns = new ArrayList<>(MetricCatalogue.HEADLINE);
        Measures.compared().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
        for (String column : columns) {
            if (!Measures.applies(run, column)) {
                continue;
            }
            MetricCatalogue.Metric metric = Measures.find(column).orElseThrow();
            ReplicateSummary s = SchoolSections.summary(run, column);
            String[] r = Fmt.withInterval(metric, s.mean(), s.ciLow(), s.ciHigh());
            rows.add(List.of(metric.label(), r[0], Double.isNaN(s.ciLow()) ? Fmt.NONE : r[1] + " to " + r[2],
                    Fmt.value(metric, s.median()), Fmt.value(metric, s.min()) + " to " + Fmt.value(metric, s.max())));
            csv.add(List.of(column, metric.label(), Integer.toString(s.n()), Double.toString(s.mean()),
                    Double.toString(s.sd()), Double.toString(s.ciLow()), Double.toString(s.ciHigh()),
                    Double.toString(s.median()), Double.toString(s.min()), Double.toString(s.max())));
        }
        section.table("Headline measures over " + Fmt.replicates(run.replicates()),
                List.of("Measure", "Mean", "95% CI of the mean", "Median", "Range over replicates"), rows);
        out.table("headline", List.of("metric", "label", "n", "mean", "sd", "ci95_low", "ci95_high", "median", "min",
                "max"), csv);
    }
}
