package leadsim.analysis.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one self-contained {@code report.html}: title, subtitle, then sections in the order they
 * were added. Figures are embedded, the style sheet is inline, and there is no script and no
 * external resource, so the file can be opened offline, mailed, archived and printed as is.
 *
 * <pre>{@code
 * HtmlReport report = new HtmlReport("Distributed vs hierarchical leadership")
 *     .subtitle("40 replicates per scenario, paired by seed");
 * report.section("Decisions")
 *     .paragraph("...")
 *     .meaning(PlainLanguage.describe(facts))
 *     .figure(png, svg, "Waiting times per scenario", "Two curves ...");
 * report.write(Path.of("results/run-1/report.html"));
 * }</pre>
 *
 * <p>The output depends only on what was added (no timestamps), so the same inputs give the same
 * bytes.
 */
public final class HtmlReport {

  private final String title;
  private String subtitle;
  private final List<ReportSection> sections = new ArrayList<>();

  /** Starts a report with the given title (also the browser tab's title). */
  public HtmlReport(String title) {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a report needs a title");
    }
    this.title = title;
  }

  /** Sets the line shown under the title; null for none. */
  public HtmlReport subtitle(String subtitle) {
    this.subtitle = subtitle;
    return this;
  }

  /** Appends a new section and returns it for filling. */
  public ReportSection section(String sectionTitle) {
    ReportSection section = new ReportSection(sectionTitle, "s" + (sections.size() + 1));
    sections.add(section);
    return section;
  }

  /**
   * The complete HTML document.
   *
   * @param reportDir the directory the report will live in; figure links are made relative to it
   */
  public String toHtml(Path reportDir) {
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(title)).append("</title>\n<style>\n")
        .append(ReportCss.CSS).append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(Html.escape(title)).append("</h1>\n");
    if (subtitle != null && !subtitle.isBlank()) {
      out.append("<p class=\"subtitle\">").append(Html.escape(subtitle)).append("</p>\n");
    }
    if (sections.size() > 1) {
      out.append("<nav aria-label=\"Contents\"><ol>\n");
      for (ReportSection section : sections) {
        out.append("<li><a href=\"#").append(section.anchor()).append("\">")
            .append(Html.escape(section.title())).append("</a></li>\n");
      }
      out.append("</ol></nav>\n");
    }
    out.append("</header>\n<main>\n");
    for (ReportSection section : sections) {
      section.render(out, reportDir);
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /**
   * Writes the report to {@code file} (UTF-8), creating its directory. The file appears complete
   * or not at all: it is written beside the target and then moved into place.
   */
  public void write(Path file) {
    Path absolute = file.toAbsolutePath();
    Path dir = absolute.getParent();
    String html = toHtml(dir);
    Path temp = dir.resolve(absolute.getFileName() + "." + ProcessHandle.current().pid() + ".part");
    try {
      Files.createDirectories(dir);
      Files.writeString(temp, html, StandardCharsets.UTF_8);
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + file, e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the report itself was written or the error above already explains the failure
      }
    }
  }
}
