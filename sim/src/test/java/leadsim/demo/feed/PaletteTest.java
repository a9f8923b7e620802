package leadsim.demo.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import leadsim.demo.colour.Palette;
import org.junit.jupiter.api.Test;

/** The Swing charts colour their series from Palette.SERIES, the browser page's chart colours. */
class PaletteTest {
    @Test
    void theSwingChartsColourFromTheSharedSeriesColours() {
        var colours = SeriesColours.of(List.of("teacher (all 40)", "principal", "plc", "mean commitment", "latency"));
        colours.forEach((series, colour) -> assertTrue(Arrays.asList(Palette.SERIES).contains(colour), series));
    }
}
