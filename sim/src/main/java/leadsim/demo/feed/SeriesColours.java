package leadsim.demo.feed;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.demo.colour.Palette;

/**
 * The colour of each line of a demo chart, for the Console and the browser alike. A role or body
 * of the shipped scenarios keeps its own colour in every chart of every run (the principal is
 * red); the other lines of a chart (a district's roles, its schools) take, in order, the
 * colours no such name of that chart holds, so a Long Beach queue chart still has its principal
 * red and no two lines alike while the palette lasts.
 */
public final class SeriesColours {
    /** The roles and bodies of the shipped scenarios, each with the palette colour at its index. */
    static final List<String> KNOWN = List.of("teacher", "teacher leader", "assistant principal", "principal",
            "plc", "leadership team", "district", "superintendent");
    private static final Color[] PALETTE = Palette.SERIES;

    private SeriesColours() {}

    /** Each series name's colour, in the order given. */
    public static Map<String, Color> of(Collection<String> series) {
        boolean[] taken = new boolean[PALETTE.length];
        for (String s : series) {
            int known = KNOWN.indexOf(baseName(s));
            if (known >= 0) {
                taken[known % PALETTE.length] = true;
            }
        }
        List<Color> free = new ArrayList<>();
        for (int i = 0; i < PALETTE.length; i++) {
            if (!taken[i]) {
                free.add(PALETTE[i]);
            }
        }
        Map<String, Color> out = new LinkedHashMap<>();
        int next = 0;
        for (String s : series) {
            int known = KNOWN.indexOf(baseName(s));
            if (known >= 0) {
                out.put(s, PALETTE[known % PALETTE.length]);
            } else {
                // more lines than free colours: the palette again from its start
                out.put(s, free.isEmpty() ? PALETTE[next % PALETTE.length] : next < free.size() ? free.get(next)
                        : PALETTE[(next - free.size()) % PALETTE.length]);
                next++;
            }
        }
        return out;
    }

    /** The same as {@code #rrggbb} strings, for the browser. */
    public static Map<String, String> hex(Collection<String> series) {
        Map<String, String> out = new LinkedHashMap<>();
        of(series).forEach((name, colour) -> out.put(name, Palette.hex(colour)));
        return out;
    }

    /** "teacher (all 40)" as "teacher". */
    static String baseName(String series) {
        return series.replaceAll("\\s*\\(.*\\)$", "");
    }
}
