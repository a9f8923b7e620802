package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** On every common screen the Console covers no run window, and the type is large enough for a room. */
class WindowPlanTest {
    @ParameterizedTest(name = "{0}x{1}, {2} run(s)")
    @CsvSource({"1280, 720, 1", "1280, 720, 2", "1366, 768, 2", "1920, 1080, 1", "1920, 1080, 2", "2560, 1440, 2",
        "1280, 1024, 2"})
    void theConsoleCoversNothingAndTheTypeIsLarge(int width, int height, int runs) {
        Rectangle screen = new Rectangle(0, 0, width, height);
        WindowPlan plan = new WindowPlan(screen, runs);
        for (int i = 0; i < runs; i++) {
            Rectangle window = plan.window(i);
            assertTrue(screen.contains(window), "window " + i + " " + window + " on the screen " + screen);
            if (!plan.consoleTucked) {
                assertFalse(plan.console().intersects(window), "the Console " + plan.console() + " covers window " + i + " " + window);
            }
            for (int j = 0; j < i; j++) {
                assertFalse(plan.window(j).intersects(window), "windows " + j + " and " + i + " overlap");
            }
        }
        assertTrue(plan.caption >= 17, "caption type " + plan.caption + " px");
        assertTrue(plan.chartType >= 13, "chart type " + plan.chartType + " px");
        assertTrue(plan.consoleTucked || screen.contains(plan.console()), "the Console on the screen");
    }
}
