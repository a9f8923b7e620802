package leadsim.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;
import leadsim.model.decide.Outcome;

/**
 * Every school seen: the district's recorder is told of everything, and one recorder per school
 * (and one for the office) of that part's own needs, by where they were raised, and its own
 * people's time. Each part is measured by the very code that measures the district, so counts
 * add up exactly and means reproduce the district's when weighted by their counts.
 */
final class SchoolRecorders implements FlowObserver, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final RunRecorder district;
    /** [school] for schools, [schools] for the office. */
    private final RunRecorder[] parts;
    private final List<String> names;
    /** The per-school daily series, or null when the run keeps no series. */
    private final SchoolDays days;

    SchoolRecorders(RunRecorder district, RunRecorder[] parts, List<String> names, SchoolDays days) {
        this.district = district;
        this.parts = parts;
        this.names = names;
        this.days = days;
    }

    private RunRecorder of(Need need) {
        int school = need.origin().school();
        return parts[school < 0 ? parts.length - 1 : school];
    }

    private RunRecorder of(Person person) {
        int school = person.school();
        return parts[school < 0 ? parts.length - 1 : school];
    }

    /** Metrics per school name, and the office's row last (when the office has people). */
    Map<String, Map<String, Object>> rows(boolean office) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        for (int s = 0; s < names.size(); s++) {
            rows.put(names.get(s), parts[s].result(Steps.NONE).metrics());
        }
        if (office) {
            rows.put(SchoolNames.OFFICE, parts[parts.length - 1].result(Steps.NONE).metrics());
        }
        return rows;
    }

    RunRecorder[] parts() {
        return parts;
    }

    @Override
    public void raised(Need need, double now) {
        district.raised(need, now);
        of(need).raised(need, now);
        if (days != null) {
            days.raised(need);
        }
    }

    @Override
    public void handedOff(Need need, Person from, Level toLevel, int hops, double now) {
        district.handedOff(need, from, toLevel, hops, now);
    }

    @Override
    public void escalated(Need need, Person from, double now) {
        district.escalated(need, from, now);
        of(need).escalated(need, from, now);
    }

    @Override
    public void waited(Need need, Level level, double waited, double now) {
        district.waited(need, level, waited, now);
        of(need).waited(need, level, waited, now);
    }

    @Override
    public void served(Person person, double start, double end) {
        district.served(person, start, end);
        of(person).served(person, start, end);
    }

    @Override
    public void met(Person person, double start, double end) {
        district.met(person, start, end);
        of(person).met(person, start, end);
    }

    @Override
    public void gaveUp(Need need, Level level, Outcome how, double quality, double now) {
        district.gaveUp(need, level, how, quality, now);
        of(need).gaveUp(need, level, how, quality, now);
        if (days != null) {
            days.gaveUp(need, now);
        }
    }

    @Override
    public void rerouted(Need need, Level level, double now) {
        district.rerouted(need, level, now);
        of(need).rerouted(need, level, now);
    }

    @Override
    public void reworked(Need need, Level level, double now) {
        district.reworked(need, level, now);
        of(need).reworked(need, level, now);
    }

    @Override
    public void advised(Need need, Level level, double advice, double now) {
        district.advised(need, level, advice, now);
        of(need).advised(need, level, advice, now);
    }

    @Override
    public void queueChanged(Level level, int delta) {
        district.queueChanged(level, delta);
    }

    @Override
    public void decided(Need need, Level level, double quality, double now) {
        district.decided(need, level, quality, now);
        of(need).decided(need, level, quality, now);
        if (days != null) {
            days.decided(need, now);
        }
    }
}
