package leadsim.experiment.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import leadsim.scenario.ScenarioOverride;

/**
 * One factor of a sweep: a scenario key path and either the values it takes on the grid
 * ({@code values} or a {@code range}, expanded) or the interval a sampled design draws from.
 *
 * @param path   scenario key path, e.g. {@code culture.psychological_safety}
 * @param values the grid values in order, or null for a sampled factor
 * @param sample the interval for a sampled factor, or null for a grid factor
 * @param file   the spec file (for messages)
 * @param line   line of the factor's entry in the spec
 * @param column column of the factor's entry in the spec
 */
public record Factor(String path, List<JsonNode> values, SampleRange sample, String file, int line, int column) {

    /** The interval a sampled factor draws from; whole numbers when {@code integer}. */
    public record SampleRange(double from, double to, boolean integer) {}

    public boolean sampled() {
        return sample != null;
    }

    /** The request to put {@code value} at this factor's path, located at the factor's entry. */
    public ScenarioOverride override(JsonNode value) {
        return new ScenarioOverride(path, value, file, line, column);
    }
}
