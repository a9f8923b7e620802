package leadsim.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measure as the catalogue defines it. A family of per-role, per-body or per-person columns
 * has a name with a placeholder in angle brackets ({@code utilization_<role>}); the placeholder
 * matches any column suffix, and {@link #unitOf} gives the role, body or person a column is about.
 *
 * @param name      the column name, or a pattern such as {@code utilization_<role>}
 * @param file      where the column is: {@code runs} (runs.csv: one value per run) or {@code series}
 *                  (the daily series: one value per run and day)
 * @param label     short label for tables, with its unit ("Time to decision, mean (days)")
 * @param unit      the unit in words ("days", "share", "needs", or "" when the scale is its own)
 * @param kind      what sort of number it is
 * @param better    which direction is good
 * @param headline  whether reports and the terminal lead with it (and the Holm family holds it)
 * @param mechanism the part of the model that produces it; off means the column is absent
 * @param noun      the measure as the subject of a sentence ("the mean time to decision"), or ""
 * @param phrase    what reads before an amount in a sentence ("needs waited"), or ""
 * @param censoredBy for a {@link Kind#CENSORED_TIME}: the column that is 1 when the time is censored
 */
public record Measure(String name, String file, String label, String unit, Kind kind, Better better, boolean headline,
                      Mechanism mechanism, String noun, String phrase, String censoredBy) {

    private static final Pattern PLACEHOLDER = Pattern.compile("<([a-z]+)>");

    /** Whether this is a family of columns ({@code utilization_<role>}). */
    public boolean isFamily() {
        return name.contains("<");
    }

    /** The family's placeholder word ("role", "level", "person"), or "" for a single column. */
    public String unitKind() {
        Matcher m = PLACEHOLDER.matcher(name);
        return m.find() ? m.group(1) : "";
    }

    /** The column's stem: the name before the placeholder ({@code utilization_}), or the name itself. */
    public String stem() {
        int at = name.indexOf('<');
        return at < 0 ? name : name.substring(0, at);
    }

    /** Whether {@code column} is this measure (or a member of this family). */
    public boolean matches(String column) {
        if (!isFamily()) {
            return name.equals(column);
        }
        // the text after the placeholder must end the column too: top_wait_desk_<k>_share is not
        // top_wait_desk_<k>
        String suffix = name.substring(name.indexOf('>') + 1);
        return column.startsWith(stem()) && column.endsWith(suffix)
                && column.length() > stem().length() + suffix.length();
    }

    /** The role, body or person a family column is about ({@code teacher} of {@code utilization_teacher}), or "". */
    public String unitOf(String column) {
        return isFamily() && matches(column)
                ? column.substring(stem().length(), column.length() - (name.length() - name.indexOf('>') - 1)) : "";
    }

    /** The measure's name without its placeholder: the {@code measure} of a tidy row ({@code utilization}). */
    public String measureName() {
        if (!isFamily()) {
            return name;
        }
        String stem = stem();
        return stem.endsWith("_") ? stem.substring(0, stem.length() - 1) : stem;
    }

    public boolean lowerIsBetter() {
        return better == Better.LOWER;
    }
}
