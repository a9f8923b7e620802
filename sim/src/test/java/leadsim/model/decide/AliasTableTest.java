package leadsim.model.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class AliasTableTest {
    @Test
    void drawsInProportionToWeight() {
        double[] weights = {1, 3, 0, 6};
        AliasTable table = new AliasTable(weights);
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        int[] counts = new int[weights.length];
        int draws = 1_000_000;
        for (int i = 0; i < draws; i++) {
            counts[table.draw(random)]++;
        }
        // binomial sd at p = 0.6 and n = 1e6 is under 0.0005: 0.003 is six sd
        assertEquals(0.1, counts[0] / (double) draws, 0.003);
        assertEquals(0.3, counts[1] / (double) draws, 0.003);
        assertEquals(0, counts[2], "a zero weight is never drawn");
        assertEquals(0.6, counts[3] / (double) draws, 0.003);
    }

    @Test
    void equalWeightsAreUniform() {
        AliasTable table = new AliasTable(new double[] {2, 2, 2, 2, 2});
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int[] counts = new int[5];
        for (int i = 0; i < 500_000; i++) {
            counts[table.draw(random)]++;
        }
        for (int c : counts) {
            assertEquals(0.2, c / 500_000.0, 0.003);
        }
    }
}
