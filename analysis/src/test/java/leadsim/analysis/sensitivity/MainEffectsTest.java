package leadsim.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainEffectsTest {

    @Test
    void meanAndTIntervalPerLevelInNumericOrder() {
        // Level 1: outputs 1, 3 -> mean 2, sd sqrt(2); R: t.test(c(1, 3))$conf.int -> -10.706205 14.706205
        // Level 2: outputs 2, 4, 6 -> mean 4, sd 2;   R: t.test(c(2, 4, 6))$conf.int -> -0.968275 8.968275
        // Level 10: one output -> no interval. Sorted numerically: 1, 2, 10 (text order would put 10 second).
        double[] levels = {2, 1, 10, 2, 1, 2};
        double[] y = {2, 1, 5, 4, 3, 6};
        List<LevelMean> effects = MainEffects.of(levels, y);
        assertEquals(List.of("1", "2", "10"), effects.stream().map(LevelMean::level).toList());
        LevelMean one = effects.get(0);
        assertEquals(2, one.n());
        assertEquals(2.0, one.mean(), 1e-12);
        assertEquals(-10.706205, one.ciLow(), 1e-6);
        assertEquals(14.706205, one.ciHigh(), 1e-6);
        LevelMean two = effects.get(1);
        assertEquals(4.0, two.mean(), 1e-12);
        assertEquals(-0.968275, two.ciLow(), 1e-6);
        assertEquals(8.968275, two.ciHigh(), 1e-6);
        assertEquals(10.0, effects.get(2).value());
        assertTrue(Double.isNaN(effects.get(2).ciLow()));
    }

    @Test
    void textLevelsSortNumbersNumericallyThenWords() {
        List<String> levels = List.of("flat", "10", "9", "hierarchy", "9", "0.5");
        double[] y = {1, 2, 3, 4, 5, Double.NaN};
        List<LevelMean> effects = MainEffects.of(levels, y);
        assertEquals(List.of("0.5", "9", "10", "flat", "hierarchy"), effects.stream().map(LevelMean::level).toList());
        assertEquals(0, effects.get(0).n()); // its only output was NaN
        assertEquals(4.0, effects.get(1).mean(), 1e-12);
        assertTrue(Double.isNaN(effects.get(3).value()));
    }
}
