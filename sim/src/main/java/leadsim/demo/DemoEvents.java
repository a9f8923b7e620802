package leadsim.demo;

import java.util.List;

/** The events offered as buttons and usable in lessons, in button order. */
final class DemoEvents {
    private DemoEvents() {}

    static List<DemoEvent> all() {
        return List.of(
                new SwitchRegimeEvent(),
                new NotYetEvent("champion_leaves", "Champion leaves",
                        "departures of reform champions (leadsim.model.reform)"),
                new NotYetEvent("mandate_practice", "Mandate a practice",
                        "practices and mandates (leadsim.model.innovate)"),
                new NotYetEvent("turnover_wave", "Turnover wave",
                        "staff turnover (leadsim.model.reform)"));
    }

    static DemoEvent byId(String id) {
        for (DemoEvent e : all()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    static List<String> ids() {
        return all().stream().map(DemoEvent::id).toList();
    }
}
