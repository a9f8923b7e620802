package leadsim.replicate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import leadsim.scenario.ScenarioOverride;

/**
 * One of the 81 variants of the Garbage Can Model: a load, an energy distribution, an access
 * structure and a decision structure, each named as in the paper's design (the named levels of
 * the base scenario's {@code garbage_can} record).
 */
public record GarbageCanVariant(String load, String energy, String access, String decision) {
    public static final List<String> LOADS = List.of("light", "moderate", "heavy");
    public static final List<String> ENERGIES = List.of("E0", "E1", "E2");
    public static final List<String> ACCESS = List.of("A0", "A1", "A2");
    public static final List<String> DECISION = List.of("D0", "D1", "D2");

    /** All 81, load varying slowest, then energy, access and decision (the sweep's order). */
    public static List<GarbageCanVariant> all() {
        List<GarbageCanVariant> all = new ArrayList<>();
        for (String load : LOADS) {
            for (String energy : ENERGIES) {
                for (String access : ACCESS) {
                    for (String decision : DECISION) {
                        all.add(new GarbageCanVariant(load, energy, access, decision));
                    }
                }
            }
        }
        return all;
    }

    /** The overrides that put this variant's levels, and the given entry orders, into the base scenario. */
    public List<ScenarioOverride> overrides(String choiceOrder, String needOrder) {
        return List.of(at("garbage_can.load", load), at("garbage_can.energy", energy),
                at("garbage_can.access", access), at("garbage_can.decision", decision),
                at("garbage_can.entry.choices", choiceOrder), at("garbage_can.entry.needs", needOrder));
    }

    /** The factor level of this variant for one of the four factors, by the factor's name. */
    public String level(String factor) {
        return switch (factor) {
            case "load" -> load;
            case "energy" -> energy;
            case "access" -> access;
            case "decision" -> decision;
            default -> throw new IllegalArgumentException("no factor " + factor);
        };
    }

    private static ScenarioOverride at(String path, String value) {
        return new ScenarioOverride(path, JsonNodeFactory.instance.textNode(value), "garbage-can variant", 0, 0);
    }
}
