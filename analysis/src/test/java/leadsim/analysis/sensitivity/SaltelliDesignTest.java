package leadsim.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.junit.jupiter.api.Test;

class SaltelliDesignTest {

    @Test
    void layoutIsABThenOneMixedBlockPerFactor() {
        SaltelliDesign d = SaltelliDesign.of(3, 8);
        assertEquals(8 * 5, d.size());
        assertEquals(new SaltelliDesign.Position(SaltelliDesign.BLOCK_A, 0), d.position(0));
        assertEquals(new SaltelliDesign.Position(SaltelliDesign.BLOCK_B, 7), d.position(15));
        SaltelliDesign.Position p = d.position(2 * 8 + 8 + 3); // AB_1, sample 3
        assertEquals(3, p.block());
        assertEquals(3, p.sample());
        assertTrue(p.isMixed());
        assertEquals(1, p.mixedFactor());
        assertEquals(27, d.row(SaltelliDesign.mixedBlock(1), 3));
        assertThrows(IndexOutOfBoundsException.class, () -> d.position(40));
    }

    @Test
    void pointsComeFromTheSobolSequenceWithoutItsZeroPoint() {
        SaltelliDesign d = SaltelliDesign.of(2, 4);
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(4);
        assertArrayEquals(new double[] {0, 0, 0, 0}, sobol.nextVector());
        double[] second = sobol.nextVector(); // (0.5, 0.5, 0.5, 0.5)
        assertArrayEquals(new double[] {second[0], second[1]}, d.point(0)); // A, sample 0
        assertArrayEquals(new double[] {second[2], second[3]}, d.point(4)); // B, sample 0
        double[] third = sobol.nextVector();
        // AB_0 sample 1: A's row with column 0 from B
        assertArrayEquals(new double[] {third[2], third[1]}, d.point(d.row(SaltelliDesign.mixedBlock(0), 1)));
        // AB_1 sample 1: A's row with column 1 from B
        assertArrayEquals(new double[] {third[0], third[3]}, d.point(d.row(SaltelliDesign.mixedBlock(1), 1)));
        for (double[] row : d.points()) {
            for (double v : row) {
                assertTrue(v >= 0 && v < 1);
            }
        }
    }
}
