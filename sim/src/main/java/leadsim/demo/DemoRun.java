package leadsim.demo;

import java.util.List;
import leadsim.demo.event.ModelEvents;
import leadsim.demo.feed.DailySeries;
import leadsim.demo.feed.SchoolDays;
import leadsim.model.SchoolNames;
import leadsim.model.SchoolSim;
import leadsim.scenario.LoadedScenario;

/**
 * One scenario shown live: its MASON model, the observers that feed the display and the charts,
 * the regime it is under now and the caption on screen. Holds no Swing state, so the same run
 * feeds a Console window or an off-screen snapshot.
 */
public final class DemoRun implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String label;
    private final LoadedScenario loaded;
    private final long seed;
    private final SchoolSim sim;
    private final PathFlashes flashes = new PathFlashes();
    private final DailySeries series = new DailySeries();
    /** Each school's days, kept only for a district (two or more schools). */
    private final SchoolDays schoolDays = new SchoolDays();
    private final List<String> schoolNames;
    private final Regimes regimes;
    private final LiveParameters parameters;
    private volatile String regime;
    private volatile double regimeSince = Double.NaN;
    private volatile String caption = "";

    DemoRun(String label, LoadedScenario loaded, long seed) {
        this(label, loaded, seed, false);
    }

    /** @param keepSeries keep the model's own daily series (as {@code leadsim run} does), for a lesson's export */
    public DemoRun(String label, LoadedScenario loaded, long seed, boolean keepSeries) {
        this.label = label;
        this.loaded = loaded;
        this.seed = seed;
        this.sim = new SchoolSim(seed, loaded.scenario(), keepSeries);
        sim.watch(flashes);
        sim.watch(series);
        this.schoolNames = SchoolNames.of(loaded.scenario());
        if (isDistrict()) {
            sim.watch(schoolDays);
        }
        this.regimes = Regimes.of(loaded);
        this.regime = regimes.initial();
        this.parameters = new LiveParameters(this);
    }

    /** (Re)starts the model: a fresh organisation, its own regime, no flashes. */
    void start() {
        sim.setSeed(seed); // a restart replays the same history, as a fresh run with this seed would
        sim.start();
        flashes.reset();
        series.reset(sim.organisation().levels());
        schoolDays.reset(isDistrict() ? sim.organisation().schools() : 0, sim.organisation().levels());
        regime = regimes.initial();
        regimeSince = Double.NaN;
    }

    /** Runs the model's events up to day {@code t} (the last may overshoot by one event). */
    public void advanceTo(double t) {
        while (sim.schedule.getTime() < t && sim.stepOnce()) {
            // each step is one event time of the model
        }
        double now = now();
        series.closeDaysBefore(now, sim);
        if (isDistrict()) {
            schoolDays.closeDaysBefore(now, sim);
        }
        flashes.prune(now);
    }

    /** The model's clock in school days (0 before the first event). */
    public double now() {
        return Math.max(0, sim.schedule.getTime());
    }

    boolean ended() {
        return sim.schedule.getTime() >= loaded.scenario().horizon().days();
    }

    /**
     * Switches the decision-rights table now, as a scenario's {@code regime_change} event would
     * (so innovation's autonomy follows); needs already under way keep their route.
     */
    public void switchRegime(String name) {
        if (sim.decisionFlow() == null) {
            return; // not started yet: the run starts under its own table anyway
        }
        sim.happen(ModelEvents.rights(regimes.table(name)));
        regime = name;
        regimeSince = name.equals(regimes.initial()) ? Double.NaN : Math.floor(now());
    }

    public String label() {
        return label;
    }

    public LoadedScenario loaded() {
        return loaded;
    }

    public SchoolSim sim() {
        return sim;
    }

    /** Several schools (under an office): the demo shows an overview of them, and each school on its own. */
    public boolean isDistrict() {
        return schoolNames.size() >= 2;
    }

    /** The schools by name, in the model's order ({@code schools:}; {@code name#k} for copies). */
    public List<String> schoolNames() {
        return schoolNames;
    }

    /** Each school's days (empty unless {@link #isDistrict()}). */
    public SchoolDays schoolDays() {
        return schoolDays;
    }

    public PathFlashes flashes() {
        return flashes;
    }

    public DailySeries series() {
        return series;
    }

    public Regimes regimes() {
        return regimes;
    }

    public LiveParameters parameters() {
        return parameters;
    }

    public String regime() {
        return regime;
    }

    /** The day the rights in force were switched to, or NaN while the run keeps its own table. */
    public double regimeSince() {
        return regimeSince;
    }

    public String caption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption == null ? "" : caption;
    }
}
