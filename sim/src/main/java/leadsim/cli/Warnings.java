package leadsim.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints warnings, a few at most: a sweep can repeat one warning at many design points. */
final class Warnings {
    private static final int SHOWN = 5;

    private Warnings() {}

    static void print(PrintWriter err, List<String> warnings) {
        warnings.stream().limit(SHOWN).forEach(w -> err.println("warning: " + w));
        if (warnings.size() > SHOWN) {
            err.println("warning: ... and " + (warnings.size() - SHOWN) + " more (all in manifest.json)");
        }
        err.flush();
    }
}
