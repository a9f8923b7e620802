package leadsim.model.innovate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import leadsim.testing.Runs;
import leadsim.model.SchoolSim;
import leadsim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * A teacher's autonomy is the share of her own needs (her students' included) whose right she
 * holds alone. Hierarchical: instruction/student and assessment/student, 40 of 90 student weights, at 1.26 needs a
 * day from students and 0.1 of her own: 0.56 / 1.36 = 0.412. Distributed: 80 of 90 student
 * weights and assessment/classroom (15 of 100) of her own: (1.12 + 0.015) / 1.36 = 0.834.
 */
class AutonomyTest {
    private static double teacherAutonomy(Scenario scenario) {
        SchoolSim sim = new SchoolSim(1, scenario, false);
        sim.start();
        return Autonomy.of("teacher", scenario, sim.organisation(), sim.decisionFlow());
    }

    @Test
    void fromTheDecisionRights() {
        assertEquals(0.412, teacherAutonomy(Runs.load("hierarchical.yaml")), 0.001);
        assertEquals(0.834, teacherAutonomy(Runs.load("distributed.yaml")), 0.001);
    }
}
