package leadsim.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwoFactorSurfaceTest {

    @Test
    void cellMeansWithEmptyCells() {
        double[] a = {0.5, 0.1, 0.5, 0.1, 0.5, 0.1};
        double[] b = {2, 1, 2, 2, 1, 2};
        double[] y = {10, 1, 20, 3, 7, 5};
        TwoFactorSurface s = TwoFactorSurface.of(a, b, y);
        assertEquals(List.of("0.1", "0.5"), s.levelsA());
        assertEquals(List.of("1", "2"), s.levelsB());
        assertArrayEquals(new double[] {0.1, 0.5}, s.valuesA());
        assertEquals(1.0, s.mean(0, 0));  // a = 0.1, b = 1
        assertEquals(4.0, s.mean(0, 1));  // a = 0.1, b = 2: (3 + 5) / 2
        assertEquals(7.0, s.mean(1, 0));  // a = 0.5, b = 1
        assertEquals(15.0, s.mean(1, 1)); // a = 0.5, b = 2: (10 + 20) / 2
        assertEquals(2, s.count(1, 1));
    }

    @Test
    void textLevelsAndMissingCells() {
        TwoFactorSurface s = TwoFactorSurface.of(List.of("x", "y", "x"), List.of("p", "q", "q"),
                new double[] {1, 2, Double.NaN});
        assertEquals(1.0, s.mean(0, 0));
        assertTrue(Double.isNaN(s.mean(0, 1))); // (x, q) only had a NaN
        assertEquals(0, s.count(0, 1));
        assertTrue(Double.isNaN(s.mean(1, 0))); // (y, p) never ran
        assertEquals(2.0, s.means()[1][1]);
    }
}
