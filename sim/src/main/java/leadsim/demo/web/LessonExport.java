package leadsim.demo.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.demo.DemoException;
import leadsim.demo.LiveSession;
import leadsim.demo.draw.DistrictPicture;
import leadsim.demo.draw.SchoolPicture;
import leadsim.demo.lesson.LessonBranches;
import leadsim.experiment.store.AtomicFiles;
import leadsim.scenario.ScenarioException;

/**
 * A lesson as one self-contained HTML file that replays it without Java: every branch of the
 * lesson (as scripted, and its "what ifs") played in advance, day by day, with the school's
 * picture in every colour mode and the model's own daily series for the charts. The page's
 * code and style are inlined; it loads nothing from anywhere.
 */
public final class LessonExport {
    /** What was written: the file, its size, and the branches it offers. */
    public record Written(Path file, long bytes, List<String> branches, int days) {}

    private LessonExport() {}

    public static Written write(Path lesson, Long seed, Path out) throws ScenarioException, DemoException, IOException {
        List<LessonBranches.Branch> branches = LessonBranches.of(lesson, seed);
        Map<String, Object> data = data(lesson, branches);
        String html = page(data);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.write(out, html);
        return new Written(out, html.getBytes(StandardCharsets.UTF_8).length, branches.stream().map(LessonBranches.Branch::label).toList(),
                ((Number) data.get("days")).intValue());
    }

    /** Plays every branch to the lesson's last day and gathers what the page shows. */
    static Map<String, Object> data(Path lesson, List<LessonBranches.Branch> branches) {
        LessonBranches.Branch first = branches.get(0);
        int days = (int) Math.ceil(first.session().lastDay());
        Strings strings = new Strings();
        Strings palette = new Strings();
        List<SchoolPicture.Legend> legends = SchoolPicture.legends();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", first.session().title());
        data.put("lesson", lesson.getFileName().toString());
        data.put("days", days);
        data.put("daysPerSecond", first.session().daysPerSecond());
        data.put("colour", first.session().colour());
        data.put("legends", legends);
        data.put("seriesColours", SchoolPicture.seriesColours());
        List<Map<String, Object>> out = new ArrayList<>();
        for (LessonBranches.Branch branch : branches) {
            LiveSession session = branch.session();
            session.start();
            int runs = session.runs();
            if (!data.containsKey("layouts")) {
                // a district is replayed as its overview: a replay cannot open a school (the live demo can)
                List<Object> layouts = new ArrayList<>();
                List<Object> overviews = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    DistrictPicture overview = session.overview(r);
                    layouts.add(overview == null ? session.picture(r).layout() : null);
                    overviews.add(overview == null ? null : overview.layout().withHint(
                            "A replay shows the district; to open a school: leadsim demo " + lesson.getFileName() + " --web"));
                }
                data.put("layouts", layouts);
                data.put("overviews", overviews);
                data.put("colour", session.colour());
            }
            List<List<Object>> frames = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                frames.add(new ArrayList<>());
            }
            for (int d = 0; d <= days; d++) {
                if (d > 0) {
                    session.runUntil(d);
                }
                for (int r = 0; r < runs; r++) {
                    DistrictPicture overview = session.overview(r);
                    frames.get(r).add(overview == null ? frame(session.picture(r), legends, strings, palette)
                            : frame(overview, legends, strings, palette));
                }
            }
            List<Map<String, Object>> runData = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                Map<String, double[]> series = LessonBranches.series(session, r, days);
                Map<String, Object> run = new LinkedHashMap<>();
                run.put("label", session.overview(r) != null ? session.overview(r).layout().label() : session.picture(r).layout().label());
                run.put("frames", frames.get(r));
                List<Map<String, Object>> charts = new ArrayList<>();
                List<LiveSession.Chart> specs = session.charts(r);
                Map<String, Map<String, String>> columns = LessonBranches.chartColumns(session, r);
                for (LiveSession.Chart spec : specs) {
                    Map<String, Object> chart = new LinkedHashMap<>();
                    chart.put("id", spec.id());
                    chart.put("title", spec.title());
                    chart.put("shortTitle", spec.shortTitle());
                    chart.put("yLabel", spec.yLabel());
                    chart.put("yMax", spec.yMax());
                    chart.put("unavailable", spec.unavailable());
                    Map<String, Object> named = new LinkedHashMap<>();
                    Map<String, String> cols = columns.getOrDefault(spec.id(), Map.of());
                    if (spec.unavailable() == null) {
                        cols.forEach((name, column) -> named.put(name, column));
                    }
                    chart.put("columns", named);
                    chart.put("colours", leadsim.demo.feed.SeriesColours.hex(named.keySet()));
                    charts.add(chart);
                }
                run.put("charts", charts);
                // only the columns the charts plot: the file stays small
                Map<String, double[]> kept = new LinkedHashMap<>();
                for (Map<String, String> cols : columns.values()) {
                    for (String column : cols.values()) {
                        if (series.containsKey(column)) {
                            kept.put(column, series.get(column));
                        }
                    }
                }
                run.put("series", kept);
                runData.add(run);
            }
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("id", branch.id());
            b.put("label", branch.label());
            b.put("description", branch.description());
            b.put("scripted", branch.scripted());
            b.put("changes", branch.changes());
            b.put("pauses", branch.pauses());
            b.put("runs", runData);
            out.add(b);
        }
        data.put("branches", out);
        data.put("strings", strings.list);
        data.put("palette", palette.list);
        return data;
    }

    /** One run on one day: regime, caption, busy, lit paths, and every colour mode's fills, badges, note and gap. */
    private static Map<String, Object> frame(SchoolPicture picture, List<SchoolPicture.Legend> legends, Strings strings, Strings palette) {
        SchoolPicture.State state = picture.state();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("r", strings.of(state.regime()));
        f.put("t", strings.of(state.title()));
        f.put("c", strings.of(state.caption()));
        f.put("b", state.busy());
        List<Double> paths = new ArrayList<>();
        for (double[] p : state.paths()) {
            for (double v : p) {
                paths.add(v);
            }
        }
        f.put("p", paths);
        List<List<Integer>> fills = new ArrayList<>();
        List<Map<Integer, String>> badges = new ArrayList<>();
        List<Integer> notes = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        for (SchoolPicture.Legend legend : legends) {
            SchoolPicture.Colours colours = picture.colours(legend.id());
            List<Integer> idx = new ArrayList<>(colours.fills().size());
            colours.fills().forEach(c -> idx.add(palette.of(c)));
            fills.add(idx);
            Map<Integer, String> shown = new LinkedHashMap<>();
            for (int i = 0; i < colours.badges().size(); i++) {
                if (colours.badges().get(i) != null) {
                    shown.put(i, colours.badges().get(i));
                }
            }
            badges.add(shown);
            notes.add(strings.of(colours.note()));
            gaps.add(strings.of(colours.unavailable()));
        }
        f.put("f", fills);
        f.put("k", badges);
        f.put("n", notes);
        f.put("u", gaps);
        return f;
    }

    /**
     * A district's overview on one day: title, caption, each tile's leaders' posts, and per
     * colour mode each tile's fill and words and the office's fills, badges, note and gap.
     */
    private static Map<String, Object> frame(DistrictPicture overview, List<SchoolPicture.Legend> legends, Strings strings,
            Strings palette) {
        Map<String, Object> f = new LinkedHashMap<>();
        List<Map<String, Object>> modes = new ArrayList<>();
        for (SchoolPicture.Legend legend : legends) {
            DistrictPicture.State state = overview.state(legend.id());
            if (modes.isEmpty()) {
                f.put("t", strings.of(state.title()));
                f.put("c", strings.of(state.caption()));
                f.put("l", state.tiles().stream().map(t -> strings.of(t.leaders())).toList());
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tf", state.tiles().stream().map(t -> palette.of(t.fill())).toList());
            m.put("tw", state.tiles().stream().map(t -> strings.of(t.words())).toList());
            m.put("of", state.officeFills().stream().map(palette::of).toList());
            Map<Integer, String> badges = new LinkedHashMap<>();
            for (int i = 0; i < state.officeBadges().size(); i++) {
                if (state.officeBadges().get(i) != null) {
                    badges.put(i, state.officeBadges().get(i));
                }
            }
            m.put("ob", badges);
            m.put("n", strings.of(state.note()));
            m.put("u", strings.of(state.unavailable()));
            modes.add(m);
        }
        f.put("m", modes);
        return f;
    }

    /** The HTML: the template with the style, the drawing code, the player and the data inlined. */
    static String page(Map<String, Object> data) {
        // "</" inside a script element would end it early; JSON allows "<\/" for the same text
        String json = Json.write(data).replace("</", "<\\/");
        return WebResources.text("export.html")
                .replace("/*DEMO_CSS*/", WebResources.text("demo.css"))
                .replace("/*DEMO_JS*/", WebResources.text("demo.js"))
                .replace("/*EXPORT_JS*/", WebResources.text("export.js"))
                .replace("\"__LESSON_DATA__\"", json);
    }

    /** A table of strings (captions, notes) or colours, so each is written once; -1 for none. */
    private static final class Strings {
        final List<String> list = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        int of(String s) {
            if (s == null || s.isEmpty()) {
                return -1;
            }
            return index.computeIfAbsent(s, k -> {
                list.add(k);
                return list.size() - 1;
            });
        }
    }
}
