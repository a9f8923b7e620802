package leadsim.report;

import java.util.Locale;

/**
 * A scenario's name as a sentence uses it. A one-word name is a kind of school ("the
 * distributed school"); a longer name is a scenario ("the champion-leaves-hierarchical
 * scenario"), so a sentence never reads "the champion leaves hierarchical school".
 */
final class ScenarioNames {
    private ScenarioNames() {}

    /** Without the article: "distributed school", "champion-leaves-hierarchical scenario". */
    static String place(String scenarioName) {
        String name = scenarioName.strip();
        if (name.toLowerCase(Locale.ROOT).endsWith("school")) {
            return name;
        }
        boolean oneWord = name.matches("[\\p{L}]+");
        return oneWord ? name + " school" : name + " scenario";
    }

    /** With the article: "the distributed school". */
    static String the(String scenarioName) {
        return "the " + place(scenarioName);
    }

    /** "The distributed school" at the start of a sentence. */
    static String The(String scenarioName) {
        return "The " + place(scenarioName);
    }
}
