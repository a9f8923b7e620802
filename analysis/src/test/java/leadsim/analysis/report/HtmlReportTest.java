package leadsim.analysis.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import leadsim.analysis.chart.ChartFiles;
import leadsim.analysis.chart.SampleCharts;
import leadsim.analysis.chart.SavedChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  @Test
  void titleSubtitleAndSectionsAppearInOrder(@TempDir Path dir) {
    HtmlReport report = new HtmlReport("Leadership & decisions").subtitle("40 runs <paired>");
    report.section("First").paragraph("alpha");
    report.section("Second").paragraph("beta");
    String html = report.toHtml(dir);
    assertTrue(html.contains("<title>Leadership &amp; decisions</title>"), html);
    assertTrue(html.contains("<h1>Leadership &amp; decisions</h1>"));
    assertTrue(html.contains("<p class=\"subtitle\">40 runs &lt;paired&gt;</p>"));
    int first = html.indexOf("<h2>First</h2>");
    int second = html.indexOf("<h2>Second</h2>");
    assertTrue(first > 0 && second > first, "sections out of order");
    assertTrue(html.indexOf("alpha") < html.indexOf("beta"));
    assertTrue(html.contains("<a href=\"#s2\">Second</a>"), "contents list links to sections");
  }

  @Test
  void aSingleSectionNeedsNoContentsList(@TempDir Path dir) {
    HtmlReport report = new HtmlReport("t");
    report.section("Only").paragraph("x");
    assertFalse(report.toHtml(dir).contains("<nav"));
  }

  @Test
  void textIsEscapedEverywhere(@TempDir Path dir) {
    HtmlReport report = new HtmlReport("t");
    report.section("S <i>")
        .heading("H & h")
        .paragraph("<script>alert(1)</script>")
        .meaning("less < more")
        .caution("Worse: <b>", "waits > before")
        .details("Manifest", "{\"seed\": 42, \"note\": \"<x>\"}");
    String html = report.toHtml(dir);
    assertFalse(html.contains("<script"), "markup in text must not become markup");
    assertTrue(html.contains("<h2>S &lt;i&gt;</h2>"));
    assertTrue(html.contains("<h3>H &amp; h</h3>"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(html.contains("<div class=\"meaning\"><strong>What this means</strong>less &lt; more"));
    assertTrue(html.contains("<div class=\"meaning caution\"><strong>Worse: &lt;b&gt;</strong>waits &gt; before"));
    assertTrue(html.contains("<details><summary>Manifest</summary>"));
    assertTrue(html.contains("{&quot;seed&quot;: 42, &quot;note&quot;: &quot;&lt;x&gt;&quot;}"));
  }

  @Test
  void figureIsEmbeddedAndLinkedRelativeToTheReport(@TempDir Path dir) throws Exception {
    SavedChart chart = ChartFiles.save(SampleCharts.survival(), dir.resolve("figures/km curve"));
    HtmlReport report = new HtmlReport("t");
    report.section("S").figure(chart.png(), chart.svg(), "Survival", "Two \"step\" curves");
    String html = report.toHtml(dir);

    Matcher data = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
    assertTrue(data.find(), "no inline PNG");
    assertArrayEquals(Files.readAllBytes(chart.png()), Base64.getDecoder().decode(data.group(1)));
    assertTrue(html.contains("alt=\"Two &quot;step&quot; curves\""));
    assertTrue(html.contains("width=\"900\" height=\"560\""));
    assertTrue(html.contains("<a href=\"figures/km%20curve.png\">PNG</a>"), html);
    assertTrue(html.contains("<a href=\"figures/km%20curve.svg\">SVG</a>"));
    assertTrue(html.contains("<figcaption>Survival"));
  }

  @Test
  void linksClimbOutOfTheReportDirectoryWhenNeeded() {
    assertEquals("../charts/a.png",
        FigureBlock.relativeLink(Path.of("/r/report"), Path.of("/r/charts/a.png")));
  }

  @Test
  void reportUsesNoExternalResourcesAndNoScript(@TempDir Path dir) throws Exception {
    SavedChart chart = ChartFiles.save(SampleCharts.ecdf(), dir.resolve("ecdf"));
    HtmlReport report = new HtmlReport("t");
    report.section("S").figure(chart.png(), "c", "alt").table(null, List.of("a"),
        List.of(List.of("1")));
    String html = report.toHtml(dir);
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find());
    assertFalse(html.contains("<link"));
    assertFalse(html.contains("<script"));
    assertFalse(html.contains("@import"));
  }

  @Test
  void writeCreatesTheDirectoryAndLeavesNoPartialFile(@TempDir Path dir) throws Exception {
    HtmlReport report = new HtmlReport("Überblick");
    report.section("S").paragraph("naïve café");
    Path file = dir.resolve("out/report.html");
    report.write(file);
    String written = Files.readString(file);
    assertTrue(written.startsWith("<!DOCTYPE html>"));
    assertTrue(written.contains("naïve café"), "UTF-8 round trip");
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertEquals(List.of("report.html"),
          files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void sameInputsGiveTheSameBytes(@TempDir Path dir) {
    HtmlReport a = new HtmlReport("t");
    a.section("S").paragraph("p").table(null, List.of("x"), List.of(List.of("1")));
    HtmlReport b = new HtmlReport("t");
    b.section("S").paragraph("p").table(null, List.of("x"), List.of(List.of("1")));
    assertEquals(a.toHtml(dir), b.toHtml(dir));
  }

  @Test
  void figureWithoutAltTextIsRefused(@TempDir Path dir) {
    ReportSection section = new HtmlReport("t").section("S");
    assertThrows(IllegalArgumentException.class,
        () -> section.figure(dir.resolve("x.png"), "caption", " "));
  }

  @Test
  void missingFigureFileFailsLoudly(@TempDir Path dir) {
    HtmlReport report = new HtmlReport("t");
    report.section("S").figure(dir.resolve("missing.png"), "c", "alt");
    assertThrows(UncheckedIOException.class, () -> report.write(dir.resolve("report.html")));
  }
}
