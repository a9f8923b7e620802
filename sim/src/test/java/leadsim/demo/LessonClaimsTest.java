package leadsim.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import leadsim.demo.lesson.LessonClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shipped lesson's captions tell the truth about the run they are shown over: each claim
 * under {@code expect:} is checked against the lesson played without a window. When the model
 * changes so that a caption no longer holds, this test names the lesson, the cue, its day and
 * the claim, with the numbers; fix the caption (or its claim), not the model.
 */
class LessonClaimsTest {
    @TempDir
    Path dir;

    @Test
    void everyShippedLessonsClaimsHold() throws Exception {
        List<String> failures = new ArrayList<>();
        int claims = 0;
        for (Path file : LessonsTest.lessons()) {
            DemoSetup setup = DemoSetup.of(file, null, null);
            List<LessonClaims.Verdict> verdicts = LessonClaims.check(setup);
            assertFalse(verdicts.isEmpty(), file + ": a lesson whose captions claim nothing checkable");
            for (LessonClaims.Verdict v : verdicts) {
                claims++;
                if (!v.holds()) {
                    failures.add(file.getFileName() + ": " + v);
                }
            }
        }
        assertTrue(failures.isEmpty(), "captions that do not hold:\n" + String.join("\n", failures));
        assertTrue(claims >= 20, "claims checked: " + claims);
    }

    /**
     * docs/demo.md gives the principal-bottleneck lesson's figures as {@code --check} measures them:
     * each fragment, its {@code %s} filled with the evidence of the claims named (a mean or value, or
     * both window means of a direction), is in the doc word for word.
     */
    @Test
    void theDemoDocGivesTheBottleneckLessonsFiguresAsMeasured() throws Exception {
        Path file = Scenarios.dir().resolve("lessons").resolve("principal-bottleneck.yaml");
        java.util.Map<String, List<String>> measured = new java.util.HashMap<>();
        for (LessonClaims.Verdict v : LessonClaims.check(DemoSetup.of(file, null, null))) {
            measured.put(v.claim().replace("`", ""), numbers(v.evidence()));
        }
        String doc = Files.readString(Path.of("..", "docs", "demo.md")).replaceAll("\\s+", " ");
        String[][] quoted = {
                {"days 6-20 (%s on average)", "mean queue_principal above 50 over days 6-20"},
                {"decided by default (%s);", "mean gave_up above 5 over days 6-20"},
                {"principal fall (%s to %s a day)", "mean arriving_principal above 18 over days 21-35",
                        "mean arriving_principal below 16 over days 36-50"},
                {"under 40 (%s)", "mean queue_principal below 40 over days 36-50"},
                {"above 15 a day (%s)", "mean escalations above 15 over days 36-50"},
                {"defaults above 2 (%s)", "mean gave_up above 2 over days 36-50"},
                {"reach the principal (%s)", "mean arriving_principal below 6 over days 51-65"},
                {"all but empty (%s)", "mean queue_principal below 2 over days 51-65"},
                {"defaults fall under 2 (%s)", "mean gave_up below 2 over days 51-65"},
                {"escalations (%s to %s a day)", "escalations rising over days 56-85"},
                {"principal (%s a day before, %s after, seed 2026)", "mean arriving_principal above 18 over days 21-35",
                        "mean arriving_principal below 16 over days 36-50"},
                {"decided by default (%s a day, from %s)", "mean gave_up above 2 over days 36-50",
                        "mean gave_up above 5 over days 6-20"}};
        List<String> wrong = new ArrayList<>();
        for (String[] q : quoted) {
            List<String> figures = new ArrayList<>();
            for (int i = 1; i < q.length; i++) {
                assertTrue(measured.containsKey(q[i]), "no claim `" + q[i] + "` in the lesson; it has " + measured.keySet());
                figures.addAll(measured.get(q[i]));
            }
            String fragment = String.format(java.util.Locale.ROOT, q[0], figures.toArray());
            if (!doc.contains(fragment)) {
                wrong.add(fragment);
            }
        }
        assertTrue(wrong.isEmpty(), "docs/demo.md should say, as --check measures:\n" + String.join("\n", wrong));
    }

    /** The figures of a verdict's evidence: "mean 66.5" or "value 0" gives one, "mean of days 1-2: 3, of days 7-8: 66" two. */
    private static List<String> numbers(String evidence) {
        java.util.regex.Matcher one = java.util.regex.Pattern.compile("(?:mean|value) (\\S+)").matcher(evidence);
        if (one.matches()) {
            return List.of(one.group(1));
        }
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher each = java.util.regex.Pattern.compile(": ([^,]+)").matcher(evidence);
        while (each.find()) {
            out.add(each.group(1));
        }
        return out;
    }

    @Test
    void aFalseClaimIsReportedWithTheCueDayRunAndNumbers() throws Exception {
        Path lesson = lesson("""
                scenario: hierarchical.yaml
                days: 20
                cues:
                  - day: 20
                    caption: The principal's queue drains.
                    expect:
                      - {measure: queue_principal, over_days: 20, direction: falling}
                """);
        List<LessonClaims.Verdict> verdicts = LessonClaims.check(DemoSetup.of(lesson, null, null));
        assertEquals(1, verdicts.size());
        LessonClaims.Verdict v = verdicts.get(0);
        assertFalse(v.holds());
        assertTrue(v.toString().startsWith("cues[0] (day 20), hierarchical: `queue_principal falling over days 1-20` does NOT hold "
                + "(mean of days 1-5: "), v.toString());
    }

    @Test
    void comparisonsAndThresholdsAreJudgedOnWindowMeans() throws Exception {
        Path lesson = lesson("""
                scenario: hierarchical.yaml
                compare: distributed.yaml
                days: 20
                cues:
                  - day: 0
                    expect:
                      - {measure: latency, next_days: 20, higher_in: a}
                      - {measure: latency, next_days: 20, higher_in: b}
                  - day: 20
                    expect:
                      - {measure: psychological_safety, run: a, below: 0.5}
                      - {measure: psychological_safety, run: b, above: 0.5}
                      - {measure: queue_principal, above: 1000}
                """);
        List<LessonClaims.Verdict> verdicts = LessonClaims.check(DemoSetup.of(lesson, null, null));
        assertEquals(List.of(true, false, true, true, false, false), verdicts.stream().map(LessonClaims.Verdict::holds).toList(),
                verdicts.toString());
        assertTrue(verdicts.get(4).toString().contains("hierarchical: `queue_principal above 1000 on day 20` does NOT hold (value "),
                verdicts.get(4).toString());
    }

    @Test
    void badClaimsAreRefusedOnLoadWithTheKeyPathAndWhatIsAllowed() throws Exception {
        Path lesson = lesson("""
                scenario: hierarchical.yaml
                days: 30
                cues:
                  - day: 0
                    expect:
                      - {measure: latency, direction: falling}
                  - day: 10
                    expect:
                      - {measure: queue_principal, over_days: 5, direction: sideways}
                      - {measure: latency, over_days: 5, above: 1, below: 2}
                      - {measure: latency, next_days: 30, above: 1}
                      - {measure: latency, over_days: 5, higher_in: b}
                      - {measure: happiness, over_days: 5, above: 1}
                """);
        DemoException e = assertThrows(DemoException.class, () -> DemoSetup.of(lesson, null, null));
        String m = e.getMessage();
        assertTrue(m.contains("cues[0].expect[0]: a direction needs a window of 2 days or more (over_days or next_days)"), m);
        assertTrue(m.contains("cues[0].expect[0]: on day 0 no day has been seen yet; give next_days"), m);
        assertTrue(m.contains("cues[1].expect[0].direction: unknown `sideways`; allowed: falling, rising"), m);
        assertTrue(m.contains("cues[1].expect[1]: give exactly one of direction, above, below, higher_in (found 2)"), m);
        assertTrue(m.contains("cues[1].expect[2].next_days: the window ends on day 40, after the lesson's last day 30"), m);
        assertTrue(m.contains("cues[1].expect[3].higher_in: the lesson compares nothing (add compare:)"), m);

        Path unknown = lesson("""
                scenario: hierarchical.yaml
                cues:
                  - day: 10
                    expect: {measure: happiness, over_days: 5, above: 1}
                """);
        e = assertThrows(DemoException.class, () -> DemoSetup.of(unknown, null, null));
        assertTrue(e.getMessage().contains("cues[0].expect[0].measure: unknown `happiness` in hierarchical; allowed: latency, "),
                e.getMessage());
        assertTrue(e.getMessage().contains("queue_principal"), e.getMessage());
    }

    @Test
    void aClaimAboutOneSchoolIsReadInThatSchoolAndNamesIt() throws Exception {
        Path lesson = lesson("""
                scenario: long-beach-reform-distributed.yaml
                days: 30
                cues:
                  - day: 30
                    expect:
                      - {measure: implementation, school: jordan, over_days: 30, direction: rising}
                      - {measure: queue_total, school: wilson, over_days: 30, above: 1000}
                """);
        List<LessonClaims.Verdict> verdicts = LessonClaims.check(DemoSetup.of(lesson, null, null));
        assertEquals(2, verdicts.size(), verdicts.toString());
        assertTrue(verdicts.get(0).holds(), verdicts.get(0).toString());
        assertTrue(verdicts.get(0).toString().startsWith(
                "cues[0] (day 30), long-beach-reform-distributed: `implementation in jordan rising over days 1-30` holds"),
                verdicts.get(0).toString());
        assertFalse(verdicts.get(1).holds(), "a school of ninety staff has nothing like 1000 needs waiting");
        assertTrue(verdicts.get(1).toString().contains("`mean queue_total in wilson above 1000 over days 1-30` does NOT hold"),
                verdicts.get(1).toString());
    }

    @Test
    void aClaimAboutOneSchoolMustNameASchoolOfTheDistrictAndAMeasureASchoolHas() throws Exception {
        Path lesson = lesson("""
                scenario: long-beach-reform-distributed.yaml
                days: 10
                cues:
                  - day: 10
                    expect:
                      - {measure: implementation, school: poly, above: 0.5}
                      - {measure: escalations, school: jordan, above: 1}
                      - {measure: queue_superintendent, school: jordan, above: 1}
                """);
        DemoException e = assertThrows(DemoException.class, () -> DemoSetup.of(lesson, null, null));
        String m = e.getMessage();
        assertTrue(m.contains("cues[0].expect[0].school: unknown `poly` in long-beach-reform-distributed; allowed: cabrillo, jordan, "
                + "millikan, wilson"), m);
        assertTrue(m.contains("cues[0].expect[1].measure: unknown `escalations` for one school of long-beach-reform-distributed; "
                + "allowed: latency, needs_raised, queue_total, queue_teacher"), m);
        assertTrue(m.contains("cues[0].expect[2].measure: unknown `queue_superintendent` for one school"), m);

        Path single = lesson("""
                scenario: hierarchical.yaml
                days: 10
                cues:
                  - day: 10
                    expect:
                      - {measure: latency, school: jordan, above: 0.5}
                """);
        e = assertThrows(DemoException.class, () -> DemoSetup.of(single, null, null));
        assertTrue(e.getMessage().contains("cues[0].expect[0].school: hierarchical has one school; a claim about one school "
                + "(school: jordan) needs a district (two or more schools:)"), e.getMessage());
    }

    private Path lesson(String text) throws Exception {
        for (String name : List.of("hierarchical.yaml", "distributed.yaml", "districts/long-beach-reform-distributed.yaml")) {
            Path copy = dir.resolve(Path.of(name).getFileName().toString());
            if (!Files.exists(copy)) {
                Files.copy(Scenarios.file(name), copy);
            }
        }
        Path file = dir.resolve("lesson-" + Math.abs(text.hashCode()) + ".yaml");
        Files.writeString(file, text);
        return file;
    }
}
