package leadsim.experiment;

import ec.util.MersenneTwisterFast;
import java.util.List;
import leadsim.model.OrganisationBuilder;
import leadsim.model.RunRecorder;
import leadsim.model.RunResult;
import leadsim.scenario.Scenario;

/**
 * The metric and series columns a scenario's runs will report, known before any run: the
 * header of {@code runs.csv} is written first and must not depend on which run finishes
 * first. The names depend on the organisation's roles and bodies only, so an empty recorder
 * over the built organisation reports them without simulating a day.
 */
final class MetricColumns {
    private MetricColumns() {}

    record Probe(List<String> metrics, List<String> series) {}

    static Probe probe(Scenario scenario) {
        var organisation = OrganisationBuilder.build(scenario, new MersenneTwisterFast(1));
        RunResult empty = new RunRecorder(organisation, 0, 1, true).result(0);
        return new Probe(List.copyOf(empty.metrics().keySet()), List.copyOf(empty.seriesColumns()));
    }
}
