package leadsim.demo.colour;

import java.util.List;

/** The colour modes in menu order; the first is the default. */
public final class ColourModes {
    private static final List<ColourMode> ALL = List.of(
            new QueueColour(),
            new ExpertiseColour(),
            new AdoptionColour(),
            new CommitmentColour());

    private ColourModes() {}

    public static List<ColourMode> all() {
        return ALL;
    }

    public static ColourMode byId(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    public static List<String> ids() {
        return ALL.stream().map(ColourMode::id).toList();
    }
}
