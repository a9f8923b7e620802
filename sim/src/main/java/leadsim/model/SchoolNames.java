package leadsim.model;

import java.util.List;
import leadsim.scenario.Scenario;
import leadsim.scenario.SchoolNaming;

/** School names of a run ({@link SchoolNaming}) and the name of the office's row. */
public final class SchoolNames {
    /** The row of the central office (needs raised by office staff, the office's time). */
    public static final String OFFICE = "office";

    private SchoolNames() {}

    public static List<String> of(Scenario scenario) {
        return SchoolNaming.names(scenario);
    }
}
