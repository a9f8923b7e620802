package leadsim.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HolmTest {

    @Test
    void matchesRPAdjust() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm") -> 0.03 0.06 0.06 0.02
        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02},
                Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005}), 1e-12);
    }

    @Test
    void capsAtOneAndStaysMonotone() {
        // R: p.adjust(c(0.6, 0.2, 0.7), "holm") -> 1.0 0.6 1.0
        assertArrayEquals(new double[] {1.0, 0.6, 1.0}, Holm.adjust(new double[] {0.6, 0.2, 0.7}), 1e-12);
        // R: p.adjust(c(0.02, 0.03, 0.04), "holm") -> 0.06 0.06 0.06 (running maximum)
        assertArrayEquals(new double[] {0.06, 0.06, 0.06}, Holm.adjust(new double[] {0.02, 0.03, 0.04}), 1e-12);
    }

    @Test
    void nanStaysNaNAndDoesNotCount() {
        // R: p.adjust(c(0.01, NA, 0.04, 0.03, 0.005), "holm") -> 0.03 NA 0.06 0.06 0.02
        double[] adjusted = Holm.adjust(new double[] {0.01, Double.NaN, 0.04, 0.03, 0.005});
        assertEquals(0.03, adjusted[0], 1e-12);
        assertTrue(Double.isNaN(adjusted[1]));
        assertEquals(0.06, adjusted[2], 1e-12);
        assertEquals(0.06, adjusted[3], 1e-12);
        assertEquals(0.02, adjusted[4], 1e-12);
    }

    @Test
    void emptyAndInvalid() {
        assertEquals(0, Holm.adjust(new double[0]).length);
        assertThrows(IllegalArgumentException.class, () -> Holm.adjust(new double[] {0.5, 1.5}));
    }
}
