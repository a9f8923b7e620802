package leadsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import leadsim.metrics.Kind;
import org.junit.jupiter.api.Test;

/** The terminal's numbers: a mean of counts is not a count; an interval rounding would hide shows. */
class TerminalNumbersTest {

    @Test
    void aMeanOfCountsPrintsWithOneDecimalWhateverItsValue() {
        assertEquals("28.3", SummaryTable.number(Kind.COUNT, 28.3));
        assertEquals("28.0", SummaryTable.number(Kind.COUNT, 28.0), "a mean of 28 is printed as a mean too");
        assertEquals("61.1", SummaryTable.number(Kind.SHARE, 0.611));
    }

    @Test
    void distinctBoundsPrintDistinct() {
        // default_share_at_teacher_leader of the shipped comparison: -0.0 .. 0.0 hid -0.004 to 0.008 pp
        assertArrayEquals(new String[] {"0.00", "0.00", "0.01"},
                SummaryTable.withInterval(Kind.SHARE, 0.00002, -0.00004, 0.00008));
        assertArrayEquals(new String[] {"0.3", "0.2", "0.3"},
                SummaryTable.withInterval(Kind.SHARE, 0.0029, 0.0024, 0.0034));
    }
}
