package leadsim.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class MorrisScreeningTest {

    private static double[] run(MorrisScreening design, ToDoubleFunction<double[]> model) {
        double[][] points = design.points();
        double[] y = new double[points.length];
        for (int r = 0; r < y.length; r++) {
            y[r] = model.applyAsDouble(points[r]);
        }
        return y;
    }

    @Test
    void linearModelRecoversItsSlopes() {
        // y = 10 x1 + x2 + 0 x3 - 5 x4: every elementary effect equals the slope, so
        // mu* = |slope| exactly, mu = slope and sigma = 0; the ranking is x1, x4, x2, x3.
        MorrisScreening design = MorrisScreening.design(4, 4, 20, 2024L);
        List<MorrisScreening.Effect> effects = design.analyse(run(design, x -> 10 * x[0] + x[1] - 5 * x[3]));
        double[] muStar = effects.stream().mapToDouble(MorrisScreening.Effect::muStar).toArray();
        double[] mu = effects.stream().mapToDouble(MorrisScreening.Effect::mu).toArray();
        double[] sigma = effects.stream().mapToDouble(MorrisScreening.Effect::sigma).toArray();
        assertArrayEquals(new double[] {10, 1, 0, 5}, muStar, 1e-9);
        assertArrayEquals(new double[] {10, 1, 0, -5}, mu, 1e-9);
        assertArrayEquals(new double[] {0, 0, 0, 0}, sigma, 1e-9);
    }

    @Test
    void interactionShowsAsSpread() {
        // y = x1 x2 + x3: the effect of x1 is x2 (and vice versa), which varies over the
        // grid, so sigma > 0 for x1 and x2 while x3's effect is constant 1.
        MorrisScreening design = MorrisScreening.design(3, 4, 30, 11L);
        List<MorrisScreening.Effect> effects = design.analyse(run(design, x -> x[0] * x[1] + x[2]));
        assertTrue(effects.get(0).sigma() > 0.1);
        assertTrue(effects.get(1).sigma() > 0.1);
        assertEquals(1.0, effects.get(2).muStar(), 1e-9);
        assertEquals(0.0, effects.get(2).sigma(), 1e-9);
    }

    @Test
    void trajectoriesMoveOneFactorAtATimeOnTheGrid() {
        int k = 5;
        int p = 6;
        MorrisScreening design = MorrisScreening.design(k, p, 12, 5L);
        double delta = p / (2.0 * (p - 1)); // 0.6
        assertEquals(delta, design.delta(), 1e-15);
        double[][] x = design.points();
        assertEquals(12 * (k + 1), x.length);
        for (double[] row : x) {
            for (double v : row) {
                assertTrue(v >= 0 && v <= 1);
                double level = v * (p - 1);
                assertEquals(Math.rint(level), level, 1e-12, "on the grid");
            }
        }
        for (int t = 0; t < 12; t++) {
            boolean[] moved = new boolean[k];
            for (int s = 0; s < k; s++) {
                double[] before = x[t * (k + 1) + s];
                double[] after = x[t * (k + 1) + s + 1];
                int changed = -1;
                for (int i = 0; i < k; i++) {
                    if (before[i] != after[i]) {
                        assertEquals(-1, changed, "one factor per step");
                        changed = i;
                        assertEquals(delta, Math.abs(after[i] - before[i]), 1e-12);
                    }
                }
                assertTrue(changed >= 0 && !moved[changed], "each factor moves once per trajectory");
                moved[changed] = true;
            }
        }
    }

    @Test
    void sameSeedSameDesign() {
        assertArrayEquals(MorrisScreening.design(3, 4, 5, 1L).points(), MorrisScreening.design(3, 4, 5, 1L).points());
    }

    @Test
    void rejectsOddLevels() {
        assertThrows(IllegalArgumentException.class, () -> MorrisScreening.design(3, 5, 10, 1L));
    }
}
