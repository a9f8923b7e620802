package leadsim.replicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.nio.file.Path;
import leadsim.analysis.chart.CategoryBarChart;
import leadsim.analysis.chart.ChartFiles;
import leadsim.analysis.chart.SavedChart;
import leadsim.analysis.report.ReportSection;
import leadsim.replicate.GarbageCanReplication.Run;

/**
 * A Garbage Can reading of leadsim's hierarchical-versus-distributed comparison: the
 * hierarchical school read as hierarchical access and decision structures (A1, D1: important
 * needs may go to many forums, the most important forums take only the most important needs and
 * people), the distributed school as specialised ones (A2, D2: each need has its own forum, each
 * forum its own people). Flight and oversight shares under each reading at rising load.
 */
final class RegimeReading {
    record Regime(String name, String access, String decision) {}

    static final List<Regime> REGIMES = List.of(new Regime("hierarchical (A1, D1)", "A1", "D1"),
            new Regime("distributed (A2, D2)", "A2", "D2"));

    private RegimeReading() {}

    static List<Run> of(List<Run> runs, Regime regime, String load) {
        return StyleShares.select(runs, r -> r.variant().access().equals(regime.access())
                && r.variant().decision().equals(regime.decision()) && r.variant().load().equals(load));
    }

    static void section(ReportSection section, Path out, List<Run> runs) {
        section.paragraph("A stylised reading, not a run of the shipped school scenarios: the hierarchical school as "
                + "hierarchical access and decision structures (A1, D1: important needs may go to many forums, the "
                + "most important forums admit only the most important needs and people), the distributed school "
                + "as specialised ones (A2, D2: each need has its own forum, each forum its own people). Pooled over "
                + "the three energy distributions and the random draws. A queueing model counts how long needs wait; "
                + "this reading adds how choices get made when they are made: with problems solved (resolution), "
                + "after the problems left (flight), or while the problems were elsewhere (oversight).");
        List<List<String>> rows = new ArrayList<>();
        double[][] flight = new double[REGIMES.size()][GarbageCanVariant.LOADS.size()];
        double[][] oversight = new double[REGIMES.size()][GarbageCanVariant.LOADS.size()];
        for (int g = 0; g < REGIMES.size(); g++) {
            Regime regime = REGIMES.get(g);
            for (int l = 0; l < GarbageCanVariant.LOADS.size(); l++) {
                String load = GarbageCanVariant.LOADS.get(l);
                List<Run> cell = of(runs, regime, load);
                StyleShares s = StyleShares.of(cell);
                flight[g][l] = s.flight();
                oversight[g][l] = s.oversight();
                rows.add(List.of(regime.name(), load, Integer.toString(s.runs()), GarbageCanFindings.pct(s.resolution()),
                        GarbageCanFindings.pct(s.oversight()), GarbageCanFindings.pct(s.flight()),
                        String.format(Locale.ROOT, "%.2f", s.unmadeMean()),
                        String.format(Locale.ROOT, "%.2f", GarbageCanFindings.mean(cell, "problems_unsolved")),
                        String.format(Locale.ROOT, "%.1f", GarbageCanFindings.mean(cell, "problem_latency"))));
            }
        }
        section.table("Decision styles (share of choices made), choices unmade (of 10), problems unsolved (of 20) and "
                        + "problem latency (problem-periods spent attached to no choice), mean per run.",
                List.of("regime, read as", "load", "runs", "resolution", "oversight", "flight", "choices unmade",
                        "problems unsolved", "problem latency"), rows);
        CategoryBarChart.Builder chart = CategoryBarChart.builder("Flight and oversight by regime and load",
                "load", "share of the choices made", GarbageCanVariant.LOADS);
        for (int g = 0; g < REGIMES.size(); g++) {
            chart.series(REGIMES.get(g).name() + ": flight", flight[g]);
            chart.series(REGIMES.get(g).name() + ": oversight", oversight[g]);
        }
        SavedChart saved = ChartFiles.save(chart.build(), out.resolve("figures").resolve("regimes-flight-oversight"));
        section.figure(saved.png(), saved.svg(), String.format(Locale.ROOT, "Share of choices made by flight and by "
                        + "oversight. Hierarchical reading: flight %s, %s, %s and oversight %s, %s, %s at light, "
                        + "moderate and heavy load; distributed reading: flight %s, %s, %s and oversight %s, %s, %s.",
                GarbageCanFindings.pct(flight[0][0]), GarbageCanFindings.pct(flight[0][1]), GarbageCanFindings.pct(flight[0][2]),
                GarbageCanFindings.pct(oversight[0][0]), GarbageCanFindings.pct(oversight[0][1]), GarbageCanFindings.pct(oversight[0][2]),
                GarbageCanFindings.pct(flight[1][0]), GarbageCanFindings.pct(flight[1][1]), GarbageCanFindings.pct(flight[1][2]),
                GarbageCanFindings.pct(oversight[1][0]), GarbageCanFindings.pct(oversight[1][1]), GarbageCanFindings.pct(oversight[1][2])),
                "Bar chart of flight and oversight shares by regime and load");
    }
}
