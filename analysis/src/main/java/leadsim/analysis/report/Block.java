package leadsim.analysis.report;

import java.nio.file.Path;

/** One piece of a report section, able to write itself as HTML. */
sealed interface Block
    permits Block.Heading, Block.Paragraph, Block.Meaning, Block.Details, TableBlock, FigureBlock {

  /**
   * Appends this block's HTML.
   *
   * @param reportDir the directory report.html is written to, for relative links
   */
  void render(StringBuilder out, Path reportDir);

  /** A sub-heading inside a section. */
  record Heading(String text) implements Block {
    @Override
    public void render(StringBuilder out, Path reportDir) {
      out.append("<h3>").append(Html.escape(text)).append("</h3>\n");
    }
  }

  /** Running text; always escaped, so data can never inject markup. */
  record Paragraph(String text) implements Block {
    @Override
    public void render(StringBuilder out, Path reportDir) {
      out.append("<p>").append(Html.escape(text)).append("</p>\n");
    }
  }

  /**
   * The plain-language box that tells a non-statistician what a result means; a caution (a result
   * that got worse, a comparison that is not like for like, a warning) is drawn in another colour
   * so it is not read past.
   */
  record Meaning(String label, String text, boolean caution) implements Block {
    Meaning(String label, String text) {
      this(label, text, false);
    }

    @Override
    public void render(StringBuilder out, Path reportDir) {
      out.append(caution ? "<div class=\"meaning caution\"><strong>" : "<div class=\"meaning\"><strong>")
          .append(Html.escape(label))
          .append("</strong>").append(Html.escape(text)).append("</div>\n");
    }
  }

  /** A collapsed block of preformatted text, such as the run manifest. */
  record Details(String summary, String preformatted) implements Block {
    @Override
    public void render(StringBuilder out, Path reportDir) {
      out.append("<details><summary>").append(Html.escape(summary)).append("</summary>\n<pre>")
          .append(Html.escape(preformatted)).append("</pre></details>\n");
    }
  }
}
