package leadsim.experiment.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.analysis.stats.PairedDifference;
import leadsim.analysis.survival.LogRank;
import leadsim.analysis.table.Table;
import org.junit.jupiter.api.Test;

/** The one comparison: pairs by seed, one Holm family, censored times by Kaplan-Meier and log-rank. */
class ComparisonsTest {

    @Test
    void replicatesArePairedBySeedNotByPosition() {
        // the scenario's rows come in another order, and its replicate of seed 30 is missing
        Table base = Table.fromRows(List.of("run_id", "point", "replicate", "seed", "latency_mean"), List.of(
                List.of("0", "0", "0", "10", "5"), List.of("1", "0", "1", "20", "7"), List.of("2", "0", "2", "30", "9"),
                List.of("3", "0", "3", "40", "6")));
        Table alt = Table.fromRows(List.of("run_id", "point", "replicate", "seed", "latency_mean"), List.of(
                List.of("7", "1", "3", "40", "4"), List.of("4", "1", "0", "10", "3"), List.of("5", "1", "1", "20", "6")));
        Comparisons.Row row = Comparisons.of(List.of("a", "b"), List.of(base, alt)).get(0);
        PairedDifference expected = PairedDifference.of(new double[] {5, 7, 6}, new double[] {3, 6, 4});
        assertEquals(expected, row.paired());
        assertEquals(3, row.pairs());
        assertEquals(6.0, row.baselineValue(), 1e-12, "the baseline's mean over the pairs");
        assertTrue(row.inFamily(), "latency_mean is a headline measure");
        assertEquals(expected.tPValue(), row.holm(), 1e-15, "a family of one: Holm changes nothing");
    }

    @Test
    void aCensoredTimeIsComparedByKaplanMeierAndLogRankAndStaysOutOfTheFamily() {
        List<String> columns = List.of("run_id", "point", "replicate", "seed", "reform_survival_days", "reform_censored",
                "latency_mean", "on_time_share");
        Table base = Table.fromRows(columns, List.of(
                List.of("0", "0", "0", "1", "100", "0", "5", "0.5"), List.of("1", "0", "1", "2", "150", "0", "6", "0.6"),
                List.of("2", "0", "2", "3", "200", "1", "7", "0.55"), List.of("3", "0", "3", "4", "NaN", "NaN", "8", "0.4")));
        Table alt = Table.fromRows(columns, List.of(
                List.of("4", "1", "0", "1", "300", "1", "4", "0.7"), List.of("5", "1", "1", "2", "250", "0", "5", "0.8"),
                List.of("6", "1", "2", "3", "400", "1", "6", "0.75"), List.of("7", "1", "3", "4", "350", "1", "6", "0.6")));
        List<Comparisons.Row> rows = Comparisons.of(List.of("a", "b"), List.of(base, alt));
        Comparisons.Row survival = rows.stream().filter(r -> r.metric().equals("reform_survival_days")).findFirst()
                .orElseThrow();
        assertTrue(survival.isCensored());
        assertNull(survival.paired(), "never a t test on censored values");
        assertEquals(150.0, survival.baselineValue(), 1e-12, "Kaplan-Meier median of 100, 150, 200+");
        double p = LogRank.test(new double[] {100, 150, 200}, new boolean[] {true, true, false},
                new double[] {300, 250, 400, 350}, new boolean[] {false, true, false, false}).pValue();
        assertEquals(p, survival.p(), 1e-15);
        assertFalse(survival.inFamily());
        assertEquals(List.of("reform_survival_days", "Kaplan-Meier median", "log-rank"),
                survival.cells().subList(0, 3));
        // the family: the headline measures both measured (latency_mean, on_time_share), adjusted together
        List<Comparisons.Row> family = rows.stream().filter(Comparisons.Row::inFamily).toList();
        assertEquals(List.of("latency_mean", "on_time_share"), family.stream().map(Comparisons.Row::metric).toList());
        double[] adjusted = leadsim.analysis.stats.Holm.adjust(family.stream().mapToDouble(Comparisons.Row::p).toArray());
        assertEquals(adjusted[0], family.get(0).holm(), 1e-15);
        assertEquals(adjusted[1], family.get(1).holm(), 1e-15);
        assertEquals(2, Comparisons.familySize(rows, "b"));
        assertTrue(Double.isNaN(rows.stream().filter(r -> r.metric().equals("reform_censored")).findFirst()
                .orElseThrow().holm()), "outside the family: no Holm p");
    }
}
