package leadsim.demo.event;

import leadsim.demo.DemoRun;

/**
 * A quarter of the school leaves at once: the scenario event {@code turnover_wave} with share
 * 0.25 over every school role. Novices take the places (a leader's place first stands vacant,
 * then an interim, then a successor); what leavers used and their commitment go with them.
 */
final class TurnoverWaveEvent implements DemoEvent {
    static final String ID = "turnover_wave";
    static final double SHARE = 0.25;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Turnover wave";
    }

    @Override
    public boolean offered(DemoRun run) {
        return run.loaded().scenario().people().turnover().enabled();
    }

    @Override
    public String unavailable(DemoRun run) {
        return run.loaded().scenario().people().turnover().enabled() ? null
                : "Turnover is off in this scenario: turn it on with people: {turnover: {enabled: true}}";
    }

    @Override
    public String description() {
        return "Each person in the school leaves now with probability " + SHARE + " (turnover_wave); novices replace them";
    }

    @Override
    public String fire(DemoRun run) {
        if (unavailable(run) != null) {
            return null;
        }
        int before = run.sim().turnover().departures();
        run.sim().happen(ModelEvents.turnoverWave(SHARE));
        int left = run.sim().turnover().departures() - before;
        return String.format("Day %.0f: a turnover wave: %d people leave at once; novices take their places.", run.now(), left);
    }
}
