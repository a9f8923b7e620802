package leadsim.analysis.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TickThinningTest {

  @Test
  void dayColumnsGetALabelEveryTwentyDays() {
    // 3.75 px per column; a 3-character label needs about 41 px.
    assertEquals(20, TickThinning.stride(180, 3, 675));
  }

  @Test
  void fewColumnsKeepEveryLabel() {
    assertEquals(1, TickThinning.stride(5, 8, 675));
  }

  @Test
  void strideNeverExceedsTheColumnCount() {
    assertEquals(3, TickThinning.stride(3, 200, 100));
  }

  @Test
  void thinnedLabelsAreBlankedNotRemoved() {
    assertArrayEquals(new String[] {"0", " ", "2", " ", "4"},
        TickThinning.keepEvery(new String[] {"0", "1", "2", "3", "4"}, 2));
  }
}
