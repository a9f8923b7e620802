package leadsim.experiment.run;

import java.util.List;
import leadsim.metrics.Catalogue;
import leadsim.model.RunResult;
import leadsim.model.SchoolSim;
import leadsim.scenario.Scenario;

/**
 * The metric and series columns a scenario's runs will report, known before any run: the
 * header of {@code runs.csv} is written first and must not depend on which run finishes
 * first. The names depend on the organisation and the mechanisms switched on only, so a
 * simulation started and measured at once reports them without simulating a day. Measures of a
 * mechanism the scenario leaves off (the catalogue says which) are not columns at all.
 */
final class MetricColumns {
    private MetricColumns() {}

    record Probe(List<String> metrics, List<String> series) {}

    static Probe probe(Scenario scenario) {
        RunResult empty = new SchoolSim(1, scenario, true).columnsOnly();
        return new Probe(Catalogue.measuredColumns("runs", empty.metrics().keySet(), scenario),
                Catalogue.measuredColumns("series", empty.seriesColumns(), scenario));
    }
}
