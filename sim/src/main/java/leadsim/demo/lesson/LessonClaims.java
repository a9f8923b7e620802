package leadsim.demo.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import leadsim.demo.DemoRun;
import leadsim.demo.DemoSetup;
import leadsim.demo.LockstepClock;

/**
 * Checks what a lesson's captions claim ({@code expect:} on a cue) against the run the lesson
 * plays, so a caption cannot say the queue drains while the chart beside it climbs. The lesson
 * is played to its end without a window; every claim is then read off the recorded days.
 */
public final class LessonClaims {
    private static final Set<String> DIRECTIONS = Set.of("rising", "falling");
    private static final Set<String> RUNS = Set.of("a", "b");

    private LessonClaims() {}

    /** The outcome of one claim in one run. */
    public record Verdict(int cue, double day, String run, String claim, boolean holds, String evidence) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "cues[%d] (day %s), %s: %s %s (%s)", cue, LessonClaims.day(day), run, claim,
                    holds ? "holds" : "does NOT hold", evidence);
        }
    }

    /** What is wrong with the claims' shape, before any scenario is loaded (key paths and what is allowed). */
    static List<String> problems(Lesson lesson) {
        List<String> problems = new ArrayList<>();
        double last = lesson.days() == null ? Double.POSITIVE_INFINITY : lesson.days();
        for (int i = 0; i < lesson.cues().size(); i++) {
            Lesson.Cue cue = lesson.cues().get(i);
            if (cue.expect() == null) {
                continue;
            }
            for (int j = 0; j < cue.expect().size(); j++) {
                Lesson.Claim c = cue.expect().get(j);
                String at = "cues[" + i + "].expect[" + j + "]";
                if (c == null) {
                    problems.add(at + ": empty; a claim such as {measure: queue_principal, over_days: 10, direction: falling}");
                    continue;
                }
                if (c.measure() == null) {
                    problems.add(at + ".measure: missing; the measure the claim is about (latency, queue_<role>, ...)");
                }
                int kinds = (c.direction() != null ? 1 : 0) + (c.above() != null ? 1 : 0) + (c.below() != null ? 1 : 0)
                        + (c.higherIn() != null ? 1 : 0);
                if (kinds != 1) {
                    problems.add(at + ": give exactly one of direction, above, below, higher_in (found " + kinds + ")");
                }
                if (c.direction() != null && !DIRECTIONS.contains(c.direction())) {
                    problems.add(at + ".direction: unknown `" + c.direction() + "`; allowed: falling, rising");
                }
                if (c.overDays() != null && c.nextDays() != null) {
                    problems.add(at + ": give over_days (the days before the cue) or next_days (the days after it), not both");
                }
                for (Double n : new Double[] {c.overDays(), c.nextDays()}) {
                    if (n != null && (n < 1 || n != Math.rint(n))) {
                        problems.add(at + (n == c.overDays() ? ".over_days" : ".next_days") + ": " + n + " is not a whole number of days >= 1");
                    }
                }
                int window = window(cue.day() == null ? 0 : cue.day(), c).length;
                if (c.direction() != null && window < 2) {
                    problems.add(at + ": a direction needs a window of 2 days or more (over_days or next_days)");
                }
                if (cue.day() != null && c.overDays() == null && c.nextDays() == null && Math.floor(cue.day()) < 1) {
                    problems.add(at + ": on day 0 no day has been seen yet; give next_days");
                }
                if (cue.day() != null && c.nextDays() != null && Math.floor(cue.day()) + c.nextDays() > last) {
                    problems.add(at + ".next_days: the window ends on day " + day(Math.floor(cue.day()) + c.nextDays())
                            + ", after the lesson's last day " + day(last));
                }
                if (c.higherIn() != null && !RUNS.contains(c.higherIn())) {
                    problems.add(at + ".higher_in: unknown `" + c.higherIn() + "`; allowed: a, b");
                }
                if (c.higherIn() != null && lesson.compare() == null) {
                    problems.add(at + ".higher_in: the lesson compares nothing (add compare:)");
                }
                if (c.run() != null && !RUNS.contains(c.run())) {
                    problems.add(at + ".run: unknown `" + c.run() + "`; allowed: a, b");
                }
                if ("b".equals(c.run()) && lesson.compare() == null) {
                    problems.add(at + ".run: b, but the lesson compares nothing (add compare:)");
                }
            }
        }
        return problems;
    }

    /** Claims naming a measure some run they may be read in does not have. */
    public static List<String> unknownMeasures(Lesson lesson, List<DemoRun> runs) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lesson.cues().size(); i++) {
            Lesson.Cue cue = lesson.cues().get(i);
            for (int j = 0; cue.expect() != null && j < cue.expect().size(); j++) {
                Lesson.Claim c = cue.expect().get(j);
                List<DemoRun> in = c.higherIn() != null ? runs : runsOf(c, cue, runs);
                String at = "cues[" + i + "].expect[" + j + "]";
                if (c.school() != null) {
                    problems.addAll(unknownInSchool(at, c, in));
                    continue;
                }
                for (DemoRun run : in) {
                    if (!LessonMeasures.known(run, c.measure())) {
                        problems.add("cues[" + i + "].expect[" + j + "].measure: unknown `" + c.measure() + "` in " + run.label()
                                + "; allowed: " + String.join(", ", LessonMeasures.names(run)));
                    }
                }
            }
        }
        return problems;
    }

    /** A claim about one school: the school must be one of every run's, the measure one a school has. */
    private static List<String> unknownInSchool(String at, Lesson.Claim c, List<DemoRun> runs) {
        List<String> problems = new ArrayList<>();
        for (DemoRun run : runs) {
            if (!run.isDistrict()) {
                problems.add(at + ".school: " + run.label() + " has one school; a claim about one school (school: "
                        + c.school() + ") needs a district (two or more schools:)");
            } else if (!run.schoolNames().contains(c.school())) {
                problems.add(at + ".school: unknown `" + c.school() + "` in " + run.label() + "; allowed: "
                        + String.join(", ", run.schoolNames()));
            } else if (!LessonMeasures.namesInSchool(run).contains(c.measure())) {
                problems.add(at + ".measure: unknown `" + c.measure() + "` for one school of " + run.label() + "; allowed: "
                        + String.join(", ", LessonMeasures.namesInSchool(run)));
            }
        }
        return problems;
    }

    /**
     * Plays the lesson without a window to its last day (and the last day any claim looks at)
     * and judges every claim; pauses do not stop it.
     */
    public static List<Verdict> check(DemoSetup setup) {
        Lesson lesson = setup.lesson();
        List<Verdict> out = new ArrayList<>();
        if (lesson == null) {
            return out;
        }
        LockstepClock clock = setup.clock();
        clock.start();
        clock.runUntil(setup.days());
        List<DemoRun> runs = clock.runs();
        for (int i = 0; i < lesson.cues().size(); i++) {
            Lesson.Cue cue = lesson.cues().get(i);
            if (cue.expect() == null) {
                continue;
            }
            for (Lesson.Claim c : cue.expect()) {
                if (c.higherIn() != null) {
                    out.add(judgeBetween(i, cue.day(), c, runs));
                } else {
                    for (DemoRun run : runsOf(c, cue, runs)) {
                        out.add(judge(i, cue.day(), c, run));
                    }
                }
            }
        }
        return out;
    }

    /** The claim's measure in a run, day by day: the run's, or its school's when the claim names one. */
    private static double[] values(DemoRun run, Lesson.Claim c) {
        return c.school() == null ? LessonMeasures.daily(run, c.measure())
                : LessonMeasures.dailyInSchool(run, c.measure(), run.schoolNames().indexOf(c.school()));
    }

    private static Verdict judge(int cue, double day, Lesson.Claim c, DemoRun run) {
        int[] days = window(day, c);
        double[] values = values(run, c);
        String claim = describe(day, c);
        if (days.length == 0 || days[days.length - 1] > values.length) {
            return new Verdict(cue, day, run.label(), claim, false, "the run has only " + values.length + " days");
        }
        if (c.direction() != null) {
            int k = Math.max(1, (int) Math.round(days.length / 4.0));
            double first = mean(values, days[0], days[0] + k - 1);
            double last = mean(values, days[days.length - 1] - k + 1, days[days.length - 1]);
            boolean holds = "rising".equals(c.direction()) ? last > first : last < first;
            return new Verdict(cue, day, run.label(), claim, holds, String.format(Locale.ROOT,
                    "mean of days %s: %s, of days %s: %s", span(days[0], days[0] + k - 1), num(first),
                    span(days[days.length - 1] - k + 1, days[days.length - 1]), num(last)));
        }
        double mean = mean(values, days[0], days[days.length - 1]);
        boolean holds = c.above() != null ? mean > c.above() : mean < c.below();
        return new Verdict(cue, day, run.label(), claim, holds, (days.length == 1 ? "value " : "mean ") + num(mean));
    }

    private static Verdict judgeBetween(int cue, double day, Lesson.Claim c, List<DemoRun> runs) {
        int[] days = window(day, c);
        DemoRun high = runs.get("a".equals(c.higherIn()) ? 0 : 1);
        DemoRun low = runs.get("a".equals(c.higherIn()) ? 1 : 0);
        double[] h = values(high, c);
        double[] l = values(low, c);
        String claim = describe(day, c) + " (" + high.label() + " above " + low.label() + ")";
        int end = days[days.length - 1];
        if (end > h.length || end > l.length) {
            return new Verdict(cue, day, "both", claim, false, "the runs have only " + Math.min(h.length, l.length) + " days");
        }
        double mh = mean(h, days[0], end);
        double ml = mean(l, days[0], end);
        return new Verdict(cue, day, "both", claim, mh > ml,
                high.label() + " " + num(mh) + ", " + low.label() + " " + num(ml));
    }

    /** The claim in words, as the failure message and {@code leadsim demo --check} print it. */
    static String describe(double day, Lesson.Claim c) {
        int[] days = window(day, c);
        String when = days.length == 0 ? "no day" : days.length == 1 ? "on day " + days[0] : "over days " + span(days[0], days[days.length - 1]);
        String what = c.direction() != null ? c.direction()
                : c.above() != null ? "above " + num(c.above())
                : c.below() != null ? "below " + num(c.below())
                : "higher in " + c.higherIn();
        String stat = c.direction() != null || days.length == 1 ? "" : "mean ";
        String where = c.school() == null ? "" : " in " + c.school();
        return "`" + stat + c.measure() + where + " " + what + " " + when + "`";
    }

    /** School days the claim looks at (day d is the day ending at time d). */
    static int[] window(double cueDay, Lesson.Claim c) {
        int day = (int) Math.floor(cueDay);
        int from;
        int to;
        if (c.overDays() != null) {
            from = Math.max(1, day - c.overDays().intValue() + 1);
            to = day;
        } else if (c.nextDays() != null) {
            from = day + 1;
            to = day + c.nextDays().intValue();
        } else {
            from = day;
            to = day;
        }
        if (from < 1 || to < from) {
            return new int[0];
        }
        int[] out = new int[to - from + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = from + i;
        }
        return out;
    }

    private static List<DemoRun> runsOf(Lesson.Claim c, Lesson.Cue cue, List<DemoRun> runs) {
        String which = c.run() != null ? c.run() : cue.target() == null ? "both" : cue.target();
        return switch (which) {
            case "a" -> runs.subList(0, 1);
            case "b" -> runs.size() > 1 ? runs.subList(1, 2) : List.of();
            default -> runs;
        };
    }

    /** Mean of school days {@code from..to} (1-based, inclusive), skipping days without a value. */
    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        int n = 0;
        for (int d = from; d <= to; d++) {
            double v = values[d - 1];
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static String span(int from, int to) {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }

    static String day(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String num(double v) {
        if (!Double.isNaN(v) && v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return Double.isNaN(v) ? "no value" : String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.3g", v);
    }
}
