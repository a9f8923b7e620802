package leadsim.demo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The exported champion lesson tells the truth about the frame it is shown with: a caption that
 * points at the champion's mark "(the C)" is shown only on days whose picture carries a C, and
 * one that says "the C is gone" only on days whose picture carries none; and the note that a
 * colour mode has nothing to show yet ("Commitment: the reform starts on day 0") hides no
 * person, team or student of the drawing.
 */
class LessonCaptionTruthTest {
    private static final String LESSON = "lessons/champion-leaves.yaml";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aCaptionMentionsTheChampionsCOnlyOnDaysItIsDrawn() throws Exception {
        String html = Files.readString(ExportedLessons.of(LESSON));
        int start = html.indexOf('>', html.indexOf("id=\"lesson-data\"")) + 1;
        JsonNode data = WebTesting.JSON.readTree(html.substring(start, html.indexOf("</script>", start)));
        JsonNode strings = data.get("strings");
        int commitment = -1;
        for (int i = 0; i < data.get("legends").size(); i++) {
            if ("commitment".equals(data.get("legends").get(i).get("id").asText())) {
                commitment = i;
            }
        }
        assertTrue(commitment >= 0, "the export has a commitment colour mode");
        List<String> wrong = new ArrayList<>();
        int mentions = 0;
        for (JsonNode branch : data.get("branches")) {
            for (int r = 0; r < branch.get("runs").size(); r++) {
                JsonNode run = branch.get("runs").get(r);
                JsonNode frames = run.get("frames");
                for (int day = 0; day < frames.size(); day++) {
                    JsonNode f = frames.get(day);
                    // the caption the page shows with this frame (export.js: the lesson's, or the branch's description)
                    String caption = branch.get("scripted").asBoolean()
                            ? (f.get("c").asInt() < 0 ? "" : strings.get(f.get("c").asInt()).asText())
                            : branch.get("label").asText() + ". " + branch.get("description").asText();
                    boolean drawn = false;
                    var badges = f.get("k").get(commitment).fields();
                    while (badges.hasNext()) {
                        drawn |= "C".equals(badges.next().getValue().asText());
                    }
                    String where = branch.get("id").asText() + ", " + run.get("label").asText() + ", day " + day;
                    if (caption.contains("(the C)")) {
                        mentions++;
                        if (!drawn) {
                            wrong.add(where + ": the caption says \"(the C)\" but no disc carries a C: " + caption);
                        }
                    }
                    if (caption.contains("the C is gone") && drawn) {
                        wrong.add(where + ": the caption says the C is gone but a disc carries one: " + caption);
                    }
                }
            }
        }
        assertTrue(mentions > 0, "the lesson points at the champion's C somewhere");
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " frames with an untrue caption, the first: " + String.join("\n", wrong.subList(0, Math.min(5, wrong.size()))));
        }
    }

    @Test
    void theNoteThatTheReformHasNotStartedHidesNoOneOnDayZero() throws Exception {
        Assumptions.assumeTrue(DevTools.isInstalled(),
                "skipping the browser test: no " + DevTools.BINARY + " (scripts/ensure-chromium.sh installs it, as root)");
        Path html = ExportedLessons.of(LESSON);
        for (int[] size : new int[][] {{1280, 720}, {1920, 1080}}) {
            try (DevTools browser = DevTools.launch(size[0], size[1])) {
                browser.open(html.toUri().toString());
                browser.waitFor("window.leadsimLesson && document.body.dataset.branch === 'scripted'", WAIT);
                browser.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
                assertEquals(0, browser.eval("Number(document.body.dataset.day)").asInt());
                // every note shown, against every drawn person, team, student and body of its own school box
                JsonNode overlaps = browser.eval("(() => {"
                        + " const out = []; let notes = 0;"
                        + " const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;"
                        + " for (const note of document.querySelectorAll('.missing-text')) {"
                        + "  if (getComputedStyle(note).display === 'none' || !note.textContent) continue;"
                        + "  notes++;"
                        + "  const box = note.getBoundingClientRect();"
                        + "  const svg = note.parentElement.querySelector('svg.school');"
                        + "  for (const shape of svg.querySelectorAll('circle, rect.node, .node')) {"
                        + "   const r = shape.getBoundingClientRect();"
                        + "   if (r.width > 0 && hit(box, r)) out.push(note.textContent + ' over ' + shape.tagName + ' '"
                        + "     + (shape.getAttribute('data-role') || shape.getAttribute('class') || '') + ' at ' + Math.round(r.left) + ',' + Math.round(r.top));"
                        + "  }"
                        + " }"
                        + " return {notes, out: out.slice(0, 5), count: out.length}; })()");
                assertEquals(2, overlaps.get("notes").asInt(), "day 0: each school says its reform starts on day 0");
                assertEquals(0, overlaps.get("count").asInt(), size[0] + "x" + size[1] + ": the note hides "
                        + overlaps.get("count").asInt() + " shapes, e.g. " + overlaps.get("out"));
                assertEquals("[]", browser.errors.toString());
            }
        }
    }
}
