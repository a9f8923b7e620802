package leadsim.demo;

import java.util.List;

/** The events offered as buttons and usable in lessons, in button order. */
final class DemoEvents {
    private DemoEvents() {}

    static List<DemoEvent> all() {
        return List.of(
                new SwitchRegimeEvent(false),
                new SwitchRegimeEvent(true),
                new ChampionLeavesEvent(),
                new MandatePracticeEvent(),
                new TurnoverWaveEvent());
    }

    static DemoEvent byId(String id) {
        for (DemoEvent e : all()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** The events that can happen at all in this run (its mechanism is on): the buttons a window shows. */
    static List<DemoEvent> offered(DemoRun run) {
        return all().stream().filter(e -> e.offered(run)).toList();
    }

    static List<String> ids() {
        return all().stream().map(DemoEvent::id).toList();
    }
}
