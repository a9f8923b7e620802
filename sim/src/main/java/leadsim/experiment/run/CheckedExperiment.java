package leadsim.experiment.run;

import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.design.Experiment;
import leadsim.experiment.store.Layout;

/**
 * An experiment whose every design point resolved to a valid scenario, with the columns its
 * runs will fill and a hash of everything that decides its results (each point's resolved
 * scenario, seeds, replicates, columns). Resume and merge compare that hash, so results of
 * different experiments never mix.
 *
 * @param experiment    the experiment
 * @param metricColumns metric columns of runs.csv: every point's metrics, in first-seen order
 * @param seriesColumns the series columns kept per run (empty: no series files)
 * @param designSha256  hash of what decides the results
 * @param warnings      distinct warnings over all points (e.g. a desk loaded over capacity)
 * @param largestRunBytes the memory estimate of one run of the largest design point ({@link leadsim.scenario.RunSize})
 */
public record CheckedExperiment(Experiment experiment, List<String> metricColumns, List<String> seriesColumns,
                                String designSha256, List<String> warnings, double largestRunBytes) {

    /** The header of runs.csv. */
    public List<String> header() {
        List<String> header = new ArrayList<>(Layout.RUN_COLUMNS);
        header.addAll(experiment.factorColumns());
        header.addAll(metricColumns);
        return header;
    }

    public boolean keepsSeries() {
        return !seriesColumns.isEmpty();
    }
}
