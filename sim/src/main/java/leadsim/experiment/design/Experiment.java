package leadsim.experiment.design;

import java.util.List;
import leadsim.experiment.store.Manifest;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioProblem;

/**
 * Many runs of many scenarios: design points times replicates. Run {@code k} is design point
 * {@code k / replicates}, replicate {@code k % replicates}. A sweep ({@link Sweep}) makes its
 * points from factors; a comparison ({@link Comparison}) has one point per scenario file.
 * Implementations are immutable and thread-safe: workers resolve scenarios concurrently.
 */
public interface Experiment {
    /** "run", "sweep" or "compare", recorded in the manifest. */
    String kind();

    String name();

    long points();

    int replicates();

    default long runs() {
        return points() * replicates();
    }

    long masterSeed();

    /** The seed of a run: a pure function of the master seed, the point and the replicate. */
    long seed(long point, int replicate);

    /** How seeds are made, in words, for the manifest. */
    String seedRule();

    /** Columns that say what a design point is (factor paths, or "scenario"). */
    List<String> factorColumns();

    /** A design point's cells for those columns, as CSV text. */
    List<String> factorCells(long point);

    /** A design point in words, for tables and reports: the scenario's label, or the factor values. */
    default String label(long point) {
        List<String> cells = factorCells(point);
        List<String> columns = factorColumns();
        List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            parts.add(columns.get(i) + "=" + cells.get(i));
        }
        return String.join(", ", parts);
    }

    /** The scenario of a design point, validated. */
    LoadedScenario scenario(long point) throws ScenarioException;

    /** Checks once what does not depend on the point (a sweep's factor paths). */
    void checkPaths() throws ScenarioException;

    SeriesSelection series();

    /** Whether every run writes its needs log ({@code leadsim run --needs}). */
    default boolean keepsNeeds() {
        return false;
    }

    /** A problem with the series selection, placed where the selection was made. */
    ScenarioProblem seriesProblem(String message);

    /** What the manifest records about this kind of experiment beyond what every kind has. */
    Manifest.Details describe();
}
