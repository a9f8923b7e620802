package leadsim.demo.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import leadsim.demo.colour.Palette;
import org.junit.jupiter.api.Test;

/** One rule for a chart line's colour, in the Console and the browser: known roles by name, the rest after them. */
class SeriesColoursTest {
    private static final Color[] P = Palette.SERIES;

    @Test
    void theShippedSchoolsRolesKeepTheirColoursAsBefore() {
        List<String> roles = List.of("teacher (all 40)", "teacher leader (all 8)", "assistant principal (all 2)", "principal",
                "plc (all 8)", "leadership team");
        Map<String, Color> c = SeriesColours.of(roles);
        for (int i = 0; i < roles.size(); i++) {
            assertEquals(P[i], c.get(roles.get(i)), roles.get(i));
        }
    }

    @Test
    void aDistrictsOwnRolesTakeTheColoursLeftAndThePrincipalStaysRed() {
        // the queue chart of a Long Beach high school, in the order the feed gives it
        List<String> roles = List.of("teacher (all 60)", "lead teacher (all 5)", "counselor (all 5)", "slc coordinator",
                "assistant principal (all 2)", "principal", "pathway team (all 5)", "site team");
        Map<String, Color> c = SeriesColours.of(roles);
        assertEquals(P[3], c.get("principal"), "red, as in every chart");
        assertEquals(P[0], c.get("teacher (all 60)"));
        assertEquals(P[2], c.get("assistant principal (all 2)"));
        assertEquals(List.of(P[1], P[4], P[5], P[6], P[7]), List.of(c.get("lead teacher (all 5)"), c.get("counselor (all 5)"),
                c.get("slc coordinator"), c.get("pathway team (all 5)"), c.get("site team")), "the free colours, in order");
        assertEquals(8, new HashSet<>(c.values()).size(), "eight lines, eight colours");
    }

    @Test
    void moreLinesThanColoursStartThePaletteAgainAndTheBrowserGetsTheSameAsHex() {
        List<String> schools = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            schools.add("school#" + i);
        }
        Map<String, Color> c = SeriesColours.of(schools);
        for (int i = 0; i < 10; i++) {
            assertEquals(P[i % P.length], c.get("school#" + i));
        }
        assertEquals(Palette.hex(P[3]), SeriesColours.hex(List.of("cabrillo", "principal")).get("principal"));
        assertEquals(Palette.hex(P[0]), SeriesColours.hex(List.of("cabrillo", "principal")).get("cabrillo"));
    }
}
