package leadsim.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.Scenario;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioLoader;
import leadsim.scenario.ScenarioMapper;

/**
 * The decision-rights tables a run can switch between while it runs: the scenario's own table,
 * then the hierarchical and distributed presets' tables. Each preset table is obtained by
 * loading this very scenario with that preset's rights instead of its own, so the loader's
 * validation guarantees the table fits this organisation; a preset that does not fit (say, one
 * naming a PLC in a school without PLCs) is simply not offered.
 */
public final class Regimes implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** The presets a live demo swaps between; the order is the order of the menu. */
    public static final List<String> PRESETS = List.of("hierarchical", "distributed");

    private final Map<String, Map<String, Map<String, List<String>>>> tables = new LinkedHashMap<>();
    /** Each preset's own culture {psychological safety, transparency}, for a switch that takes it too. */
    private final Map<String, double[]> cultures = new LinkedHashMap<>();
    private final String own;

    private Regimes(String own) {
        this.own = own;
    }

    static Regimes of(LoadedScenario loaded) {
        String preset = loaded.scenario().preset();
        // the file's own table is named after its preset when it does not override the rights
        Regimes regimes = new Regimes(preset != null ? preset : "as in " + loaded.scenario().name());
        regimes.tables.put(regimes.own, loaded.scenario().decisionRights());
        for (String name : PRESETS) {
            if (!regimes.tables.containsKey(name)) {
                Scenario scenario = asPreset(loaded, name);
                if (scenario != null) {
                    regimes.tables.put(name, scenario.decisionRights());
                }
            }
            Scenario scenario = asPreset(loaded, name);
            if (scenario != null) {
                regimes.cultures.put(name, new double[] {
                    scenario.culture().psychologicalSafety(), scenario.culture().transparency()});
            }
        }
        return regimes;
    }

    /** This scenario with the preset's decision rights and culture instead of its own, or null when they do not fit. */
    private static Scenario asPreset(LoadedScenario loaded, String preset) {
        ObjectMapper yaml = ScenarioMapper.yaml();
        try {
            ObjectNode tree = (ObjectNode) yaml.readTree(loaded.resolvedYaml());
            tree.remove("decision_rights");
            tree.remove("culture");
            tree.put("preset", preset);
            String text = yaml.writeValueAsString(tree);
            return ScenarioLoader.parse(text, loaded.file() + " with " + preset + " rights", preset).scenario();
        } catch (ScenarioException | java.io.IOException e) {
            return null;
        }
    }

    /** Names in menu order; the first is the scenario's own table. */
    List<String> names() {
        return new ArrayList<>(tables.keySet());
    }

    public String initial() {
        return own;
    }

    Map<String, Map<String, List<String>>> table(String name) {
        return tables.get(name);
    }

    /** The preset's own culture {psychological safety, transparency}, or null when it does not fit. */
    public double[] culture(String name) {
        double[] c = cultures.get(name);
        return c == null ? null : c.clone();
    }

    /** The regime a "switch the regime now" button goes to: hierarchical <-> distributed. */
    public String opposite(String current) {
        String target = "hierarchical".equals(current) ? "distributed" : "hierarchical";
        return tables.containsKey(target) ? target : null;
    }
}
