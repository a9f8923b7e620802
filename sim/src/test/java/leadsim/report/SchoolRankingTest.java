package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which schools the small multiples show: all when they fit; of 200, the 8 slowest, 8 spread
 * evenly between and the 8 fastest, in rank order, none twice; ties keep the model's order.
 */
class SchoolRankingTest {
    private static SchoolRanking ranking(int n) {
        Map<String, Double> means = new LinkedHashMap<>();
        List<String> slowestFirst = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            means.put("s" + k, (double) (n - k));
            slowestFirst.add("s" + k);
        }
        return new SchoolRanking(slowestFirst, means);
    }

    @Test
    void twoHundredSchoolsShowTheEndsAndAnEvenSpreadBetween() {
        SchoolRanking r = ranking(200);
        List<String> shown = r.shown(24);
        assertEquals(24, shown.size());
        assertEquals(24, new HashSet<>(shown).size(), "no school twice");
        assertEquals(List.of("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7"), shown.subList(0, 8), "the 8 slowest");
        assertEquals(List.of("s192", "s193", "s194", "s195", "s196", "s197", "s198", "s199"), shown.subList(16, 24),
                "the 8 fastest");
        int previous = -1;
        for (String school : shown.subList(8, 16)) {
            int rank = Integer.parseInt(school.substring(1));
            assertTrue(rank > 7 && rank < 192, "between the ends: " + shown);
            assertTrue(previous < 0 || rank - previous >= 20, "in rank order, spread evenly (gaps of 23): " + shown);
            previous = rank;
        }
        assertTrue(r.shownWords(24).startsWith("24 of the 200 schools: the 8 slowest, 8 spread evenly between and"
                + " the 8 fastest"));
    }

    @Test
    void fewSchoolsAreAllShownSlowestFirst() {
        SchoolRanking r = ranking(4);
        assertEquals(List.of("s0", "s1", "s2", "s3"), r.shown(24));
        assertEquals("all 4 schools, slowest first", r.shownWords(24));
        assertEquals(1, r.rank("s0"));
        assertEquals("s0", r.slowest());
        assertEquals("s3", r.fastest());
    }
}
