package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The browser page's chart colours (Palette.SERIES) are the Swing charts' colours. */
class PaletteTest {
    @Test
    void theBrowserChartsUseTheSwingChartsSeriesColours() {
        var chart = DemoCharts.create(new LatencyFeed(), 300, 200);
        assertArrayEquals(chart.getStyler().getSeriesColors(), Palette.SERIES);
    }
}
