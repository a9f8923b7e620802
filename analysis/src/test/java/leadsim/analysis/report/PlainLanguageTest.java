package leadsim.analysis.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlainLanguageTest {

  private static final String A = "hierarchical school";
  private static final String B = "distributed school";

  private static DifferenceFacts waited(double mean, double low, double high, double p) {
    return new DifferenceFacts("needs waited", "days", A, B, mean, low, high, p, true);
  }

  @Test
  void significantImprovement() {
    assertEquals(
        "In the distributed school, needs waited 2.1 days less on average than in the"
            + " hierarchical school (95% CI 1.8 to 2.4 days less), which is better.",
        PlainLanguage.describe(waited(-2.13, -2.41, -1.84, 0.0001)));
  }

  @Test
  void distinctBoundsPrintDistinct() {
    // 1.66 to 1.74 at two significant figures is "1.7 to 1.7": one more decimal for all three
    assertArrayEquals(new String[] {"1.70", "1.66", "1.74"},
        PlainLanguage.withInterval(1.7012, 1.6631, 1.7388, PlainLanguage::significant));
    assertArrayEquals(new String[] {"1.6", "1.6", "1.7"},
        PlainLanguage.withInterval(1.649, 1.625, 1.673, PlainLanguage::significant), "distinct already");
    assertArrayEquals(new String[] {"16", "16", "16"},
        PlainLanguage.withInterval(15.9, 15.9, 15.9, PlainLanguage::significant), "one number is one number");
    assertArrayEquals(new String[] {"100", "100", "100"},
        PlainLanguage.withInterval(100, 99.99999999999, 100.00000000001, PlainLanguage::significant),
        "a rounding error apart is one number");
    assertEquals(
        "In the distributed school, meetings took 15.9 hours less on average than in the"
            + " hierarchical school (95% CI 15.8 to 16.0 hours less), which is better.",
        PlainLanguage.describe(new DifferenceFacts("meetings took", "hours", A, B, -15.9, -15.96, -15.84,
            0.001, true)));
  }

  @Test
  void intervalAcrossZeroIsCalledChance() {
    assertEquals(
        "In the distributed school, needs waited 0.31 days more on average than in the"
            + " hierarchical school (95% CI 0.18 days less to 0.79 days more); this difference is"
            + " not statistically significant: it could be chance.",
        PlainLanguage.describe(waited(0.31, -0.18, 0.79, 0.21)));
  }

  @Test
  void significantWorseningWhenLowerIsBetter() {
    var facts = new DifferenceFacts("meetings took", "hours", A, B, 12.46, 8.04, 16.9, 0.001, true);
    assertEquals(
        "In the distributed school, meetings took 12 hours more on average than in the"
            + " hierarchical school (95% CI 8.0 to 17 hours more), which is worse.",
        PlainLanguage.describe(facts));
  }

  @Test
  void sharesAreSaidInPercentagePoints() {
    var facts = new DifferenceFacts(
        "the adoption share was", DifferenceFacts.SHARE, A, B, 0.052, 0.031, 0.074, 0.001, false);
    assertEquals(
        "In the distributed school, the adoption share was 5.2 percentage points higher on average"
            + " than in the hierarchical school (95% CI 3.1 to 7.4 percentage points higher),"
            + " which is better.",
        PlainLanguage.describe(facts));
  }

  @Test
  void aShareThatFellWhenHigherIsBetter() {
    var facts = new DifferenceFacts(
        "the adoption share was", DifferenceFacts.SHARE, A, B, -0.12, -0.2, -0.04, 0.003, false);
    assertEquals(
        "In the distributed school, the adoption share was 12 percentage points lower on average"
            + " than in the hierarchical school (95% CI 4.0 to 20 percentage points lower),"
            + " which is worse.",
        PlainLanguage.describe(facts));
  }

  @Test
  void withoutUnitTheNumbersStandAlone() {
    var facts = new DifferenceFacts("decisions were made", "", A, B, 3.04, 1.2, 4.9, 0.01, false);
    assertEquals(
        "In the distributed school, decisions were made 3.0 more on average than in the"
            + " hierarchical school (95% CI 1.2 to 4.9 more), which is better.",
        PlainLanguage.describe(facts));
  }

  @Test
  void intervalTouchingZeroStartsAtZero() {
    assertEquals(
        "In the distributed school, needs waited 1.2 days more on average than in the"
            + " hierarchical school (95% CI 0 to 2.4 days more); this difference is not"
            + " statistically significant: it could be chance.",
        PlainLanguage.describe(waited(1.2, 0.0, 2.4, 0.05)));
  }

  @Test
  void noDifferenceAtAll() {
    assertEquals(
        "In the distributed school, needs waited about the same on average as in the hierarchical"
            + " school (95% CI 0.50 days less to 0.50 days more); this difference is not"
            + " statistically significant: it could be chance.",
        PlainLanguage.describe(waited(0.0, -0.5, 0.5, 1.0)));
  }

  @Test
  void smallPButIntervalIncludingZeroIsNotSignificant() {
    assertFalse(PlainLanguage.isSignificant(waited(-1, -2, 0.1, 0.01)));
  }

  @Test
  void intervalExcludingZeroButLargePIsNotSignificant() {
    assertFalse(PlainLanguage.isSignificant(waited(-1, -2, -0.1, 0.07)));
  }

  @Test
  void withoutAPValueTheIntervalDecides() {
    assertTrue(PlainLanguage.isSignificant(waited(-1, -2, -0.1, Double.NaN)));
  }

  @Test
  void roundingKeepsTwoSignificantFiguresAndAllIntegerDigits() {
    assertEquals("123", PlainLanguage.significant(123.4));
    assertEquals("21", PlainLanguage.significant(21.43));
    assertEquals("10", PlainLanguage.significant(9.96));
    assertEquals("2.1", PlainLanguage.significant(2.143));
    assertEquals("2.3", PlainLanguage.significant(2.25));
    assertEquals("1.0", PlainLanguage.significant(1.0));
    assertEquals("0.0047", PlainLanguage.significant(0.004712));
    assertEquals("-2.1", PlainLanguage.significant(-2.149));
    assertEquals("0", PlainLanguage.significant(0.0));
  }

  @Test
  void reversedIntervalIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> waited(1, 2, 1, 0.5));
  }
}
