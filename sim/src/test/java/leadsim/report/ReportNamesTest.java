package leadsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name in a table of the "School by school" section (a school, a desk) is never broken over two
 * lines, and the page still fits a 1280 px window. A district of 160 copies of the shipped
 * distributed school, 40 of them named {@code cabrillo-high-school#k} and 120 {@code school#k},
 * with a reform whose champion leaves (so the survival table is there too), runs and is reported;
 * then headless Chromium lays the page out at 1280 px and a script in a copy of it counts, for the
 * first cell of every row of every table of the section, the lines its text takes (the distinct
 * tops of the text's client rectangles). Before names were marked, {@code school#63} was drawn as
 * {@code school#6} above {@code 3}, and {@code teacher leader} on two lines. A screenshot of the
 * section is kept at {@code sim/target/district-reports/long-names.png}.
 */
class ReportNamesTest {

    @TempDir
    Path work;

    @Test
    void noSchoolOrDeskNameIsBrokenAndThePageFits1280() throws Exception {
        String text = Files.readString(Path.of("..", "scenarios", "distributed.yaml"));
        String district = text.replaceFirst("(?m)^(  days:)\\s*180\\b", "$1 60")
                .replaceFirst("(?m)^name: distributed$", "name: long-names")
                + "schools:\n  - {name: cabrillo-high-school, copies: 40}\n  - {name: school, copies: 120}\n"
                + "reform:\n  enabled: true\n  start_day: 0\n  champion_role: principal\n"
                + "  ownership: {roles: [teacher_leader], team_share: 0.5}\n"
                + "events:\n  - {at_day: 30, type: leader_departs, role: principal}\n";
        assertTrue(district.contains("days: 60") && district.contains("name: long-names"),
                "distributed.yaml changed: update this test");
        Path scenario = work.resolve("long-names.yaml");
        Files.writeString(scenario, district);
        Path dir = work.resolve("run");
        var run = ReportCommandTest.leadsim("run", scenario.toString(), "--replicates", "1", "--threads", "2",
                "--quiet", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = DistrictReportTest.KEPT.resolve("long-names");
        var report = ReportCommandTest.leadsim("report", dir.toString(), "--out", out.toString());
        assertEquals(0, report.exitCode(), report.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<td class=\"name\">school#"), "the schools' names are marked as names");
        assertTrue(html.contains("<td class=\"name\">teacher leader</td>"), "the desks' names are marked as names");
        assertTrue(html.contains("Reform survival, school by school"), "the survival table is in the section");

        assumeTrue(Files.isExecutable(ReportTruthTest.CHROMIUM), "skipped: " + ReportTruthTest.CHROMIUM
                + " not found; run scripts/ensure-chromium.sh (as root) to install Debian's chromium and fonts");
        Path probe = out.resolve("report-names-probe.html");
        // On load: the first cell of each row of each table of "School by school", by its place, not its
        // class, so a name the code forgot to mark is measured too; then the other sections are hidden
        // for the screenshot, once the page's width has been measured with all of them shown.
        Files.writeString(probe, html.replace("</body>", "<script>window.addEventListener('load',function(){"
                + "var cells=0,broken=[],wide=0,section=null;"
                + "document.querySelectorAll('section').forEach(function(s){var h=s.querySelector('h2');"
                + "if(h&&h.textContent==='School by school'){section=s;}});"
                + "section.querySelectorAll('tbody tr').forEach(function(tr){var td=tr.cells[0];"
                + "if(!td||!td.textContent.trim()){return;}cells++;var r=document.createRange();"
                + "r.selectNodeContents(td);var tops={};var rects=r.getClientRects();"
                + "for(var i=0;i<rects.length;i++){if(rects[i].width>0){tops[Math.round(rects[i].top)]=1;}}"
                + "if(Object.keys(tops).length>1){broken.push(td.textContent);}});"
                + "document.querySelectorAll('.table-wrap').forEach(function(w){"
                + "if(w.scrollWidth>w.clientWidth+1){wide++;}});"
                + "var b=document.body.dataset;b.cells=cells;b.broken=broken.join('|')||'none';b.wide=wide;"
                + "b.page=document.documentElement.scrollWidth;"
                + "document.querySelectorAll('section').forEach(function(s){if(s!==section){s.style.display='none';}});"
                + "});</script></body>"));
        Files.createDirectories(DistrictReportTest.KEPT);
        Path shot = DistrictReportTest.KEPT.resolve("long-names.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        String dom = ReportTruthTest.chromium(probe, "--screenshot=" + shot, "--window-size=1280,4000",
                "--hide-scrollbars", "--virtual-time-budget=5000", "--dump-dom");
        Files.delete(probe);
        assertEquals("none", attribute(dom, "broken"), "names broken over two lines at 1280 px");
        // 12 schools and the gap row, 6 desks, the survival table's row
        assertTrue(Integer.parseInt(attribute(dom, "cells")) >= 12 + 1 + 6 + 1, "name cells measured: "
                + attribute(dom, "cells"));
        assertEquals("0", attribute(dom, "wide"), "tables wider than the page at 1280 px");
        assertTrue(Integer.parseInt(attribute(dom, "page")) <= 1280, "the page's width: " + attribute(dom, "page"));
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1280, image.getWidth(), "a screenshot at 1280 px");
    }

    private static String attribute(String dom, String name) {
        Matcher m = Pattern.compile("data-" + name + "=\"([^\"]*)\"").matcher(dom);
        assertTrue(m.find(), "the probe ran in the page (no data-" + name + ")");
        return m.group(1);
    }
}
