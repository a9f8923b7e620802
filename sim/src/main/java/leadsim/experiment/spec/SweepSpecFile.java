package leadsim.experiment.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import leadsim.scenario.Expected;

/**
 * A sweep spec's keys as the file writes them (see {@code scenarios/sweeps/README.md}), bound by
 * Jackson through {@link leadsim.scenario.BoundYaml} exactly as scenarios are: these records name
 * every key a spec may have, so unknown keys and values of the wrong kind are reported from them.
 * What the values mean (ranges, one kind of levels per factor, the sampling design's size) is
 * checked by {@link SweepSpecReader}, which turns this into a {@link SweepSpec}.
 */
record SweepSpecFile(
        String name,
        String description,
        String scenario,
        Integer replicates,
        Long seed,
        @Expected("none, all, or a list of series columns (* matches any text), e.g. [latency_mean, queue_*]")
        List<String> series,
        @Expected("{method: lhs or sobol, points: N}, {method: saltelli, base_samples: N}"
                + " or {method: morris, trajectories: R}")
        Sampling sampling,
        @Expected("a map of scenario key paths to values, e.g. {horizon.days: 60}")
        Map<String, JsonNode> set,
        @Expected("a list of factors, e.g. [{path: culture.psychological_safety, values: [0.2, 0.8]}]")
        List<FactorEntry> factors) {

    /** One factor: a scenario key path and exactly one of its levels' forms. */
    record FactorEntry(
            String path,
            @Expected("a non-empty list of values, e.g. [0.2, 0.5, 0.8]")
            List<JsonNode> values,
            @Expected("{from: A, to: B, step: S} or {from: A, to: B, count: N}")
            Range range,
            @Expected("{from: A, to: B} (and integer: true for whole numbers)")
            Sample sample) {}

    /** A grid from {@code from} to {@code to}, by {@code step} or in {@code count} values; decimals stay decimal. */
    record Range(BigDecimal from, BigDecimal to, BigDecimal step, Integer count) {}

    /** The interval a sampled design draws a factor from. */
    record Sample(BigDecimal from, BigDecimal to, Boolean integer) {}

    /** The sampled design; which of its sizes applies depends on the method. */
    record Sampling(String method, Integer points, Integer baseSamples, Integer trajectories, Integer levels) {}
}
