package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import leadsim.metrics.Catalogue;
import leadsim.metrics.Measure;
import org.junit.jupiter.api.Test;

/** The schools table's short heads keep saying what each number is and its unit, and the key gives the full label. */
class SchoolColumnsTest {
    /** Every measure a schools table can show (DistrictSection.schoolsTable). */
    private static final List<String> SHOWN = List.of("needs_raised", "latency_rmean", "on_time_share", "open_share",
            "default_share", "lapse_share", "implementation_final");

    @Test
    void eachHeadIsShortAndEndsWithItsUnitOnALineOfItsOwn() {
        for (String measure : SHOWN) {
            Measure m = Catalogue.run(measure).orElseThrow();
            String[] lines = SchoolColumns.head(measure).split("\n");
            assertTrue(lines[0].length() <= 20, "a few words: " + lines[0]);
            int bracket = m.label().lastIndexOf(" (");
            String unit = SchoolColumns.isShare(measure) ? "(%)"
                    : m.label().endsWith(")") ? m.label().substring(bracket + 1) : null;
            if (unit == null) {
                assertEquals(1, lines.length, "no unit line for " + measure + ": " + m.label());
            } else {
                assertEquals(List.of(unit), List.of(lines).subList(1, lines.length), "the unit of " + measure);
            }
        }
    }

    @Test
    void theKeyGivesTheCatalogueLabelOfEveryShortenedHead() {
        String key = SchoolColumns.key(SHOWN);
        for (String measure : SHOWN) {
            String label = Catalogue.run(measure).orElseThrow().label();
            String words = SchoolColumns.head(measure).split("\n")[0];
            assertTrue(words.equals(label) || key.contains(words + ": " + SweepReport.lowerFirst(label) + "."),
                    "the key explains " + words + ": " + key);
        }
        assertTrue(key.endsWith("Shares are shown in percent."), key);
        assertEquals("", SchoolColumns.key(List.of()), "no key without columns");
    }
}
