package leadsim.model.garbagecan;

import java.nio.file.Path;
import leadsim.replicate.GarbageCanVariant;
import leadsim.scenario.Scenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioTemplate;

/** The shipped Garbage Can scenario, resolved at a variant, for tests. */
final class GarbageCans {
    static final Path BASE = Path.of("..", "scenarios", "replications", "garbage-can", "garbage-can.yaml");
    private static ScenarioTemplate template;

    private GarbageCans() {}

    static synchronized ScenarioTemplate template() {
        if (template == null) {
            try {
                template = ScenarioTemplate.load(BASE);
            } catch (ScenarioException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return template;
    }

    static Scenario scenario(GarbageCanVariant variant, String choices, String needs) {
        try {
            return template().resolve(variant.overrides(choices, needs)).scenario();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static GarbageCanSetup setup(GarbageCanVariant variant, String choices, String needs) {
        return GarbageCanSetup.of(scenario(variant, choices, needs), 1);
    }
}
