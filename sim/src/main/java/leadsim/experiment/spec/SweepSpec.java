package leadsim.experiment.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import leadsim.experiment.design.Factor;
import leadsim.experiment.design.SeriesSelection;
import leadsim.scenario.ScenarioOverride;

/**
 * A sweep as its YAML spec describes it (see {@code scenarios/sweeps/README.md}): a base
 * scenario, fixed settings, factors, the design that combines them, replicates, the master
 * seed and which series to keep, as {@link SweepSpecReader} reads it from a {@link SweepSpecFile}; checked against the
 * scenario by {@link leadsim.experiment.run.ExperimentCheck}.
 *
 * @param name        the sweep's name (default: the spec file's name)
 * @param file        the spec file as named on the command line
 * @param sha256      hash of the spec's text
 * @param tree        the spec as read, for the manifest
 * @param scenario    the base scenario file, resolved against the spec's folder
 * @param replicates  runs per design point
 * @param seed        master seed, or null for the scenario's own seed
 * @param series      which daily series to keep per run
 * @param seriesPlace line and column of {@code series:} in the spec, for messages
 * @param sampling    how sampled factors are drawn, or null when every factor is a grid
 * @param fixed       settings applied at every design point ({@code set:})
 * @param factors     the factors, in the spec's order
 */
public record SweepSpec(String name, String file, String sha256, JsonNode tree, Path scenario, int replicates,
                        Long seed, SeriesSelection series, int[] seriesPlace, Sampling sampling,
                        List<ScenarioOverride> fixed, List<Factor> factors) {

    /**
     * A sampled design over the sampled factors, with its size: a Latin hypercube or Sobol
     * points ({@code points} given), a Saltelli design for Sobol indices (N base samples give
     * N (k + 2) points) or Morris trajectories for elementary effects (r trajectories on a
     * p-level grid give r (k + 1) points).
     *
     * @param method       lhs, sobol, saltelli or morris
     * @param points       the number of sampled points
     * @param baseSamples  N of a Saltelli design, else 0
     * @param trajectories r of a Morris design, else 0
     * @param levels       p of a Morris design, else 0
     */
    public record Sampling(String method, int points, int baseSamples, int trajectories, int levels) {
        public static final List<String> METHODS = List.of("lhs", "sobol", "saltelli", "morris");
        /** Morris grid levels when the spec gives none (the customary 4). */
        public static final int MORRIS_LEVELS = 4;

        /** A Latin hypercube or Sobol sample of {@code points} points. */
        public Sampling(String method, int points) {
            this(method, points, 0, 0, 0);
        }

        /** Whether the design is one whose rows a sensitivity analysis reads back in order. */
        public boolean structured() {
            return method.equals("saltelli") || method.equals("morris");
        }
    }
}
