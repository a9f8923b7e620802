package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A report laid out by headless Chromium in a 1280 px window and measured by page-probe.js in a copy
 * of it: the lines each table header takes, the lines each name takes and where it is cut, the first
 * cells of one section's tables, the words of the tables drawn on two lines, the tables wider than
 * their column and the page's width. A screenshot of that
 * section (or of the page's top) is kept where the caller says.
 */
record PageProbe(JsonNode result) {
    static final int WINDOW = 1280;

    /**
     * Measures {@code reportDir/report.html}.
     *
     * @param names   a (JavaScript) regular expression matching the names to measure in every table
     *                cell that starts with one (so not in a path that holds one), or null
     * @param section the h2 title of the section whose first cells are measured and shot, or null
     */
    static PageProbe measure(Path reportDir, String names, String section, Path screenshot) throws IOException {
        assumeTrue(Files.isExecutable(ReportTruthTest.CHROMIUM), "skipped: " + ReportTruthTest.CHROMIUM
                + " not found; run scripts/ensure-chromium.sh (as root) to install Debian's chromium and fonts");
        Map<String, String> config = new LinkedHashMap<>();
        config.put("names", names);
        config.put("section", section);
        ObjectMapper json = new ObjectMapper();
        String script;
        try (InputStream in = PageProbe.class.getResourceAsStream("page-probe.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path probe = reportDir.resolve("report-probe.html");
        Files.writeString(probe, Files.readString(reportDir.resolve("report.html")).replace("</body>",
                "<script>window.PROBE=" + json.writeValueAsString(config) + ";</script><script>" + script
                        + "</script></body>"));
        Files.createDirectories(screenshot.toAbsolutePath().getParent());
        Path shot = screenshot.toAbsolutePath();
        Files.deleteIfExists(shot);
        String dom = ReportTruthTest.chromium(probe, "--screenshot=" + shot, "--window-size=" + WINDOW + ",4000",
                "--hide-scrollbars", "--virtual-time-budget=5000", "--dump-dom");
        Files.delete(probe);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(WINDOW, image.getWidth(), "a screenshot at " + WINDOW + " px");
        Matcher m = Pattern.compile("data-probe=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), "the probe ran in the page (no data-probe)");
        return new PageProbe(json.readTree(m.group(1).replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&nbsp;", "\u00a0").replace("&amp;", "&")));
    }

    /** A (JavaScript) regular expression matching any of these names as written. */
    static String anyOf(List<String> names) {
        List<String> quoted = new ArrayList<>();
        names.forEach(n -> quoted.add(n.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0")));
        return String.join("|", quoted);
    }

    /** "text (n lines)" of every entry of a list of the result that takes more than {@code most} lines. */
    List<String> over(String list, int most) {
        return over(list, most, false);
    }

    /** As {@link #over(String, int)}, but only of the entries in rows, not heading a column. */
    List<String> inRowsOver(String list, int most) {
        return over(list, most, true);
    }

    private List<String> over(String list, int most, boolean rowsOnly) {
        List<String> over = new ArrayList<>();
        result.path(list).forEach(e -> {
            if (e.path("lines").asInt() > most && !(rowsOnly && e.path("head").asBoolean())) {
                over.add((e.has("name") ? e.path("name").asText() + " in [" + e.path("cell").asText() + "]"
                        : e.path("text").asText()) + " (" + e.path("lines").asInt() + " lines)");
            }
        });
        return over;
    }

    /** "word in [cell] (n lines)" of every word of a table drawn on more than one line, outside a .token. */
    List<String> splitWords() {
        List<String> split = new ArrayList<>();
        result.path("splitWords").forEach(e -> split.add(e.path("text").asText() + " in [" + e.path("cell").asText()
                + "] (" + e.path("lines").asInt() + " lines)"));
        return split;
    }

    /**
     * "champion-lea|ves-hierarchical in [cell]" of every name that goes on a new line anywhere but right after a
     * hyphen ('|' marks where its lines end).
     */
    List<String> namesCutButAfterAHyphen() {
        List<String> cut = new ArrayList<>();
        result.path("names").forEach(e -> {
            String splits = e.path("splits").asText();
            if (splits.replace("-|", "-").contains("|")) {
                cut.add(splits + " in [" + e.path("cell").asText() + "]");
            }
        });
        return cut;
    }

    int count(String list) {
        return result.path(list).size();
    }

    /** A number of the result, such as "words" or "tokens". */
    int number(String key) {
        return result.path(key).asInt();
    }

    /** Asserts that no table is wider than its column and the page fits the window. */
    void assertFits(String what) {
        assertEquals(0, result.path("wide").asInt(), "tables wider than the page at " + WINDOW + " px in " + what);
        assertTrue(result.path("page").asInt() <= WINDOW, "the page's width in " + what + ": " + result.path("page"));
    }
}
