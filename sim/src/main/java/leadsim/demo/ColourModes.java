package leadsim.demo;

import java.util.List;

/** The colour modes in menu order; the first is the default. */
final class ColourModes {
    private static final List<ColourMode> ALL = List.of(
            new QueueColour(),
            new ExpertiseColour(),
            new AdoptionColour(),
            new CommitmentColour());

    private ColourModes() {}

    static List<ColourMode> all() {
        return ALL;
    }

    static ColourMode byId(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    static List<String> ids() {
        return ALL.stream().map(ColourMode::id).toList();
    }
}
