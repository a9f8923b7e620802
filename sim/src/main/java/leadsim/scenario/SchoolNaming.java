package leadsim.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * The name of every school of a scenario, in the order the model numbers them: the name in
 * {@code schools:}, or {@code name#k} (k from 0) for the copies of an entry with more than one.
 */
public final class SchoolNaming {
    private SchoolNaming() {}

    public static List<String> names(Scenario scenario) {
        List<String> names = new ArrayList<>();
        for (Scenario.SchoolSpec spec : scenario.schools()) {
            for (int copy = 0; copy < spec.copies(); copy++) {
                names.add(spec.copies() == 1 ? spec.name() : spec.name() + "#" + copy);
            }
        }
        return names;
    }
}
