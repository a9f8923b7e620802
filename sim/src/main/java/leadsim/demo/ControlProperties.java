package leadsim.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import leadsim.demo.colour.ColourChoice;
import leadsim.demo.colour.ColourMode;
import leadsim.demo.colour.ColourModes;
import sim.util.Interval;
import sim.util.Propertied;
import sim.util.Properties;

/**
 * The Console's model inspector for a demo: the colour mode, and for each run its regime and
 * knobs (sliders over their ranges), all changeable while it plays. MASON builds its inspector
 * from a {@link Properties}; ours is a plain list because the knobs depend on the scenario's
 * roles. Every change takes the schedule's lock so it falls between two ticks of the model.
 */
final class ControlProperties extends Properties implements Propertied {
    private static final long serialVersionUID = 1L;

    private record Entry(String name, Class<?> type, Object domain, String description,
                         Supplier<Object> get, Consumer<Object> set) {}

    private final transient List<Entry> entries = new ArrayList<>();
    private final transient Object lock;

    ControlProperties(LockstepClock clock, ColourChoice colours) {
        this.lock = clock.schedule;
        List<ColourMode> modes = ColourModes.all();
        entries.add(new Entry("Colour shows", int.class, modes.stream().map(ColourMode::label).toArray(String[]::new),
                "What the colour of people and bodies shows, in every display",
                () -> modes.indexOf(colours.mode()), v -> colours.choose(modes.get((Integer) v))));
        boolean many = clock.runs().size() > 1;
        for (DemoRun run : clock.runs()) {
            String prefix = many ? run.label() + ": " : "";
            List<String> regimes = run.regimes().names();
            entries.add(new Entry(prefix + "Decision rights", int.class, regimes.toArray(String[]::new),
                    "Who decides what (a preset's decision-rights table); switching applies to needs raised from now on and leaves the culture as it is",
                    () -> Math.max(0, regimes.indexOf(run.regime())),
                    v -> {
                        if (run.sim().decisionFlow() != null) {
                            run.switchRegime(regimes.get((Integer) v));
                        }
                    }));
            for (LiveParameters.Knob knob : run.parameters().knobs()) {
                entries.add(new Entry(prefix + knob.label(), double.class, new Interval(knob.min(), knob.max()),
                        knob.description(), () -> run.parameters().get(knob.key()),
                        v -> run.parameters().set(knob.key(), ((Number) v).doubleValue())));
            }
        }
    }

    @Override
    public Properties properties() {
        return this;
    }

    @Override
    public boolean isVolatile() {
        return true; // lessons and buttons change values too: the inspector must re-read them
    }

    @Override
    public int numProperties() {
        return entries.size();
    }

    @Override
    public Object getValue(int index) {
        synchronized (lock) {
            return entries.get(index).get().get();
        }
    }

    @Override
    public Object getDomain(int index) {
        return entries.get(index).domain();
    }

    @Override
    public String getDescription(int index) {
        return entries.get(index).description();
    }

    @Override
    public boolean isReadWrite(int index) {
        return true;
    }

    @Override
    public String getName(int index) {
        return entries.get(index).name();
    }

    @Override
    public Class getType(int index) {
        return entries.get(index).type();
    }

    @Override
    protected Object _setValue(int index, Object value) {
        synchronized (lock) {
            entries.get(index).set().accept(value);
            return entries.get(index).get().get();
        }
    }
}
