package leadsim.demo.event;

import java.util.List;
import leadsim.demo.DemoRun;

/** The events offered as buttons and usable in lessons, in button order. */
public final class DemoEvents {
    private DemoEvents() {}

    public static List<DemoEvent> all() {
        return List.of(
                new SwitchRegimeEvent(false),
                new SwitchRegimeEvent(true),
                new ChampionLeavesEvent(),
                new MandatePracticeEvent(),
                new TurnoverWaveEvent());
    }

    public static DemoEvent byId(String id) {
        for (DemoEvent e : all()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** The events that can happen at all in this run (its mechanism is on): the buttons a window shows. */
    public static List<DemoEvent> offered(DemoRun run) {
        return all().stream().filter(e -> e.offered(run)).toList();
    }

    public static List<String> ids() {
        return all().stream().map(DemoEvent::id).toList();
    }
}
