package leadsim.scenario;

import java.util.regex.Pattern;

/**
 * A scenario's name becomes a directory name (results/&lt;name&gt;/...), so it may hold only
 * characters that are safe in a path on every system: no separators, no leading dot (which
 * would allow {@code ..} to climb out of results/), no spaces.
 */
public final class ScenarioNames {
    public static final int MAX_LENGTH = 100;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    /** What users read when a name is refused. */
    public static final String RULE = "letters, digits, '.', '_' and '-', starting with a letter or digit, at most "
            + MAX_LENGTH + " characters (the name is used as a directory name)";

    private ScenarioNames() {}

    public static boolean allowed(String name) {
        return name != null && name.length() <= MAX_LENGTH && ALLOWED.matcher(name).matches();
    }

    /**
     * The default name for a file that gives none: its stem, with every run of other
     * characters turned into '-' (so "my school (draft).yaml" is named my-school-draft).
     */
    static String fromStem(String stem) {
        String name = NOT_ALLOWED.matcher(stem).replaceAll("-").replaceFirst("^[._-]+", "").replaceFirst("-+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
        }
        return name.isEmpty() ? "scenario" : name;
    }
}
