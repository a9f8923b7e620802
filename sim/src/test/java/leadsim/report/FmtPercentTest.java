package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A share in a sentence says "100%" only when it is all of them. */
class FmtPercentTest {

    @Test
    void aShareShortOfAllNeverPrintsAsAHundredPercent() {
        assertEquals("99.7%", Fmt.wordsPercent(0.997), "two significant figures would print 100%");
        assertEquals("99.96%", Fmt.wordsPercent(0.9996));
        assertEquals("100%", Fmt.wordsPercent(1.0));
        assertEquals("97%", Fmt.wordsPercent(0.9725), "below 99.5% the usual two figures");
        assertEquals("0.30%", Fmt.wordsPercent(0.003), "two significant figures, as before");
    }
}
