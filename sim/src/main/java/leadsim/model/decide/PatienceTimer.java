package leadsim.model.decide;

import sim.engine.SimState;
import sim.engine.Steppable;

/** Rings when a need's patience runs out (a need is its own delivery event, so this is apart). */
final class PatienceTimer implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Need need;

    PatienceTimer(Need need) {
        this.need = need;
    }

    @Override
    public void step(SimState state) {
        need.flow.patienceRanOut(need);
    }
}
