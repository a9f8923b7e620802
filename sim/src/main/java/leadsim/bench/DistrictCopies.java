package leadsim.bench;

import com.fasterxml.jackson.databind.node.DoubleNode;
import java.nio.file.Path;
import java.util.List;
import leadsim.scenario.Scenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioOverride;
import leadsim.scenario.ScenarioProblem;
import leadsim.scenario.ScenarioTemplate;

/**
 * Districts of N copies of one school, for the ladder. The file is loaded and validated in full
 * as it is (with {@code horizon.days} replaced when asked); a rung is that scenario with its
 * {@code schools:} replaced by its first entry copied N times, as {@code copies: N} in the file
 * would give. A school's file has one entry; a district's keeps its office, which then serves
 * every copy (districts with an office run on one schedule, so the ladder shows how their cost
 * grows). The run-size estimate's memory guard is not applied to the copies: the ladder
 * measures the heap itself and says what a rung needs when it runs out.
 */
final class DistrictCopies {
    private final Scenario school;

    private DistrictCopies(Scenario school) {
        this.school = school;
    }

    /** @param days school days per run, or null for the file's horizon */
    static DistrictCopies of(Path schoolFile, Double days) throws ScenarioException {
        ScenarioTemplate template = ScenarioTemplate.load(schoolFile);
        List<ScenarioOverride> overrides = days == null ? List.of()
                : List.of(new ScenarioOverride("horizon.days", DoubleNode.valueOf(days), "bench --days", 0, 0));
        Scenario scenario = template.resolve(overrides).scenario();
        if (scenario.garbageCan() != null) {
            throw notASchool(schoolFile, "garbage_can", "a Garbage Can organisation is not a school to copy");
        }
        return new DistrictCopies(scenario);
    }

    private static ScenarioException notASchool(Path file, String key, String message) {
        return new ScenarioException(new ScenarioProblem(file.toString(), 0, 0, key, message));
    }

    /** The file as loaded: a school, or a district whose first school is copied (under its office, if any). */
    Scenario school() {
        return school;
    }

    /** The name of the school copied: the file's first {@code schools:} entry. */
    String copiedSchool() {
        return school.schools().get(0).name();
    }

    /** True when the file is a district (several schools, or copies): its first school is copied, its office kept. */
    boolean fromDistrict() {
        return school.schools().size() > 1 || school.schools().get(0).copies() > 1;
    }

    /** School-years one run of a district of {@code copies} schools simulates. */
    double schoolYears(int copies) {
        return copies * school.horizon().days() / school.horizon().daysPerYear();
    }

    /**
     * The school copied {@code copies} times: every field as loaded but {@code schools}, which
     * becomes the first entry's school {@code copies} times (a district keeps its office, whose
     * desks and meetings then serve all the copies).
     */
    Scenario copies(int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("a district has at least one school (got " + copies + ")");
        }
        Scenario s = school;
        Scenario.SchoolSpec only = s.schools().get(0);
        List<Scenario.SchoolSpec> schools = List.of(new Scenario.SchoolSpec(only.name(), copies, only.students()));
        return s.withSchools(schools);
    }
}
