package leadsim.analysis.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import leadsim.analysis.chart.ChartFiles;
import leadsim.analysis.chart.SampleCharts;
import leadsim.analysis.chart.SavedChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens a real report in headless Chromium: the page must load without script or console errors,
 * every embedded figure must decode, and a screenshot is kept for a person to look at
 * ({@code analysis/target/report-screenshot.png}).
 *
 * <p>Skipped, with a message, where Chromium is not installed; {@code scripts/ensure-chromium.sh}
 * installs it (CI runs it before the build).
 */
class ReportRendersInChromiumTest {

  /**
   * Added to a copy of the report only (the report itself has no script): counts script errors
   * from the first moment, and after load writes the image counts into the DOM, which
   * {@code --dump-dom} then prints.
   */
  private static final String PROBE_HEAD =
      "<script>window.__errors=0;window.addEventListener('error',function(){window.__errors++;});"
          + "</script>\n";
  private static final String PROBE_BODY =
      "<script>window.addEventListener('load',function(){var broken=0;"
          + "for(var i=0;i<document.images.length;i++){var im=document.images[i];"
          + "if(!im.complete||im.naturalWidth===0){broken++;}}"
          + "document.body.dataset.images=document.images.length;"
          + "document.body.dataset.brokenImages=broken;"
          + "document.body.dataset.errors=window.__errors;});</script>\n";

  private static final Path TARGET = Path.of(System.getProperty("basedir", ".")).resolve("target");
  private static final Path WORK = TARGET.resolve("chromium-report");

  @BeforeAll
  static void needsChromium() {
    assumeTrue(HeadlessChromium.isInstalled(),
        "skipped: " + HeadlessChromium.BINARY + " not found; run scripts/ensure-chromium.sh"
            + " (as root) to install Debian's chromium and fonts");
  }

  @Test
  void reportLoadsWithoutErrorsAndAllFiguresDecode() throws Exception {
    Path report = writeSampleReport();
    Path probe = WORK.resolve("report-probe.html");
    Files.writeString(probe, withProbe(Files.readString(report)));

    HeadlessChromium.Result result = HeadlessChromium.run(probe,
        List.of("--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom"));

    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals("3", bodyData(result.stdout(), "images"), "figures in the page");
    assertEquals("0", bodyData(result.stdout(), "broken-images"), "figures that did not decode");
    assertEquals("0", bodyData(result.stdout(), "errors"), "script errors");
    List<String> console = consoleLines(result.stderr());
    assertTrue(console.isEmpty(), "console messages: " + console);
  }

  @Test
  void screenshotShowsTheReport() throws Exception {
    Path report = writeSampleReport();
    Path screenshot = TARGET.resolve("report-screenshot.png");
    Files.deleteIfExists(screenshot);

    HeadlessChromium.Result result = HeadlessChromium.run(report,
        List.of("--screenshot=" + screenshot.toAbsolutePath(), "--window-size=1100,3000",
            "--hide-scrollbars"));

    assertEquals(0, result.exitCode(), result.stderr());
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertNotNull(image, "no screenshot written");
    assertEquals(1100, image.getWidth());
    assertEquals(3000, image.getHeight());
    // The figures alone bring thousands of colours; a blank or unstyled page has a handful.
    assertTrue(distinctColours(image) > 500, "screenshot looks empty");
  }

  @Test
  void probeNoticesABrokenImageAndAScriptError() throws Exception {
    // Guards the guard: if the probe could not see failures, the test above would prove nothing.
    Files.createDirectories(WORK);
    Path page = WORK.resolve("broken.html");
    Files.writeString(page, withProbe("<!DOCTYPE html><html><head><title>b</title></head><body>"
        + "<img src=\"missing.png\" alt=\"missing\"><script>notDefined();</script></body></html>"));

    HeadlessChromium.Result result = HeadlessChromium.run(page,
        List.of("--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", "--dump-dom"));

    assertEquals("1", bodyData(result.stdout(), "broken-images"));
    assertEquals("1", bodyData(result.stdout(), "errors"));
    assertTrue(!consoleLines(result.stderr()).isEmpty(), "the script error reached the console");
  }

  /** A report like a real one: several figures, a table, plain language, a manifest. */
  private static Path writeSampleReport() {
    Path figures = WORK.resolve("figures");
    SavedChart ecdf = ChartFiles.save(SampleCharts.ecdf(), figures.resolve("waiting-ecdf"));
    SavedChart bands = ChartFiles.save(SampleCharts.bands(), figures.resolve("adoption"));
    SavedChart bars = ChartFiles.save(SampleCharts.sensitivity(), figures.resolve("sensitivity"));

    HtmlReport report = new HtmlReport("Distributed vs hierarchical leadership")
        .subtitle("Made-up numbers for a rendering test: 40 paired replicates per scenario");
    report.section("Decisions")
        .paragraph("Each need raised by staff waits in a queue until someone with authority"
            + " decides it. The figure shows how long needs waited in each scenario.")
        .meaning(PlainLanguage.describe(new DifferenceFacts("needs waited", "days",
            "hierarchical school", "distributed school", -2.13, -2.41, -1.84, 0.0001, true)))
        .figure(ecdf.png(), ecdf.svg(), "Figure 1. Waiting time per need, all replicates pooled.",
            "Three rising step curves; the distributed curves rise fastest.")
        .table("Table 1. Mean waiting time per scenario",
            List.of("Scenario", "Mean (days)", "95% CI (days)", "Replicates"),
            List.of(List.of("hierarchical", "6.0", "5.7 to 6.3", "40"),
                List.of("distributed", "3.5", "3.3 to 3.7", "40"),
                List.of("distributed + coaching", "2.5", "2.3 to 2.7", "40")));
    report.section("Adoption")
        .figure(bands.png(), bands.svg(), "Figure 2. Share of teachers using the practice.",
            "Two S-shaped curves with shaded bands; one falls after day 180.")
        .figure(bars.png(), bars.svg(), "Figure 3. Sensitivity indices per factor.",
            "Paired bars per factor; team size has the largest indices.");
    report.section("Provenance")
        .details("Manifest (manifest.json)", "{\n  \"seed\": 42,\n  \"replicates\": 40\n}");
    Path file = WORK.resolve("report.html");
    report.write(file);
    return file;
  }

  private static String withProbe(String html) {
    return html.replace("</head>", PROBE_HEAD + "</head>").replace("</body>", PROBE_BODY + "</body>");
  }

  private static String bodyData(String dom, String name) {
    Matcher m = Pattern.compile("<body[^>]*\\sdata-" + name + "=\"([^\"]*)\"").matcher(dom);
    assertTrue(m.find(), "probe did not report data-" + name + "; DOM starts: "
        + dom.substring(0, Math.min(400, dom.length())));
    return m.group(1);
  }

  /** Chromium logs page console output, errors included, as lines with "CONSOLE". */
  private static List<String> consoleLines(String stderr) {
    return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
  }

  private static int distinctColours(BufferedImage image) {
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return colours.size();
  }
}
