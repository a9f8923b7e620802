package leadsim.model.garbagecan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.replicate.GarbageCanVariant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three worked traces of the replication's specification (energies in hundredths, paper
 * entry orders m1 and w1), reproduced period by period and in every summary statistic.
 */
class GarbageCanTracesTest {

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource({"moderate, E1, A1, D1", "light, E0, A2, D2", "heavy, E2, A0, D0"})
    void reproducesTheWorkedTrace(String load, String energy, String access, String decision) throws IOException {
        List<String> expected = expected(load, energy, access, decision);
        GarbageCanHistory history = GarbageCanModel.run(
                GarbageCans.setup(new GarbageCanVariant(load, energy, access, decision), "m1", "w1"));
        List<String> lines = GarbageCanTrace.lines(history);
        for (int t = 0; t < 20; t++) {
            assertEquals(expected.get(t), lines.get(t), "period " + (t + 1));
        }
        assertEquals(summary(expected.get(20)), summary(history));
    }

    private static List<String> expected(String load, String energy, String access, String decision) throws IOException {
        String name = "/leadsim/garbagecan/trace-" + load + "-" + energy + "-" + access + "-" + decision + ".txt";
        try (InputStream in = GarbageCanTracesTest.class.getResourceAsStream(name)) {
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    /** The specification's summary line as name -> exact ten-thousandths (energies) or counts. */
    private static Map<String, Long> summary(String line) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String item : line.substring("Summary: ".length()).split(", ")) {
            String[] kv = item.split(" = ");
            String name = kv[0].replace("port resolutions", "port_resolutions");
            long value = GarbageCanStatistics.isEnergy(name)
                    ? new java.math.BigDecimal(kv[1]).movePointRight(4).longValueExact()
                    : Long.parseLong(kv[1]);
            m.put(name, value);
        }
        return m;
    }

    private static Map<String, Long> summary(GarbageCanHistory history) {
        Map<String, Long> all = GarbageCanStatistics.exact(history);
        all.remove("choices_made");
        all.remove("joint_shifts");
        return all;
    }
}
