package leadsim.model.garbagecan;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A run period by period, one line per period, in the notation of the replication's worked
 * traces: {@code Cc: P[..] D[..] R/S} for every choice open in (or made at the end of) the
 * period, with the needs and decision makers attached that period, R and S in hundredths,
 * {@code MADE-x} with the style letter, and the latent needs. Numbers are 1-based.
 */
public final class GarbageCanTrace {
    private GarbageCanTrace() {}

    public static List<String> lines(GarbageCanHistory h) {
        List<String> lines = new ArrayList<>();
        int choices = h.setup().choices().size();
        for (int t = 1; t <= h.periods(); t++) {
            StringJoiner line = new StringJoiner("; ");
            for (int c = 0; c < choices; c++) {
                if (!h.open(c, t) && h.madeAt()[c] != t) {
                    continue;
                }
                List<Integer> needs = new ArrayList<>();
                for (int p = 0; p < h.needAt()[t].length; p++) {
                    if (h.needAt()[t][p] == c) {
                        needs.add(p + 1);
                    }
                }
                List<Integer> deciders = new ArrayList<>();
                for (int d = 0; d < h.deciderAt()[t].length; d++) {
                    if (h.deciderAt()[t][d] == c) {
                        deciders.add(d + 1);
                    }
                }
                String made = h.madeAt()[c] == t ? " MADE-" + h.style()[c].letter() : "";
                line.add("C" + (c + 1) + ": P" + needs + " D" + deciders + " " + hundredths(h.required()[t][c]) + "/"
                        + hundredths(h.spent()[t][c]) + made);
            }
            List<Integer> latent = new ArrayList<>();
            for (int p = 0; p < h.needAt()[t].length; p++) {
                if (h.needAt()[t][p] == GarbageCanHistory.LATENT) {
                    latent.add(p + 1);
                }
            }
            String text = line.toString() + (latent.isEmpty() ? "" : "; latent " + latent);
            lines.add(String.format("t=%2d  %s", t, text));
        }
        return lines;
    }

    /** Ten-thousandths as hundredths: every effective energy here is a whole number of hundredths. */
    private static String hundredths(long tenThousandths) {
        return tenThousandths % 100 == 0 ? Long.toString(tenThousandths / 100) : Double.toString(tenThousandths / 100.0);
    }
}
