package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberLabelsTest {

  @Test
  void compactDropsFloatingPointNoise() {
    assertEquals("0.3", NumberLabels.compact(0.1 + 0.2));
  }

  @Test
  void compactKeepsThreeSignificantFiguresButEveryIntegerDigit() {
    assertEquals("0.0123", NumberLabels.compact(0.012345));
    assertEquals("1235", NumberLabels.compact(1234.5));
    assertEquals("12", NumberLabels.compact(12.0));
    assertEquals("-0.186", NumberLabels.compact(-0.186));
    assertEquals("0", NumberLabels.compact(-0.0));
  }

  @Test
  void niceRangeRoundsOutwardToAStepOfAboutATenthOfTheSpan() {
    assertArrayEquals(new double[] {-1, 18}, NumberLabels.niceRange(-0.93, 17.4), 1e-12);
    assertArrayEquals(new double[] {-0.2, 0.4}, NumberLabels.niceRange(-0.186, 0.384), 1e-12);
  }

  @Test
  void niceRangeOfOneValueIsWidened() {
    assertArrayEquals(new double[] {4.5, 5.5}, NumberLabels.niceRange(5, 5), 1e-12);
  }
}
