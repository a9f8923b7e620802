package leadsim.model.decide;

/**
 * The stations of one need's journey, kept only when a needs log is asked for: each desk or
 * meeting agenda it queued at, with the time it arrived and the time it left (served, met,
 * gave up or rerouted), as compact text {@code name@arrived-left;...}.
 */
public final class NeedTrail implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final StringBuilder stations = new StringBuilder();
    private double arrived = Double.NaN;

    void arrive(String station, double now) {
        if (stations.length() > 0) {
            stations.append(';');
        }
        stations.append(station).append('@').append(fixed(now));
        arrived = now;
    }

    void leave(double now) {
        if (!Double.isNaN(arrived)) {
            stations.append('-').append(fixed(now));
            arrived = Double.NaN;
        }
    }

    /** Stations so far; a station still occupied has no leaving time. */
    public String stations() {
        return stations.toString();
    }

    /** Six decimals: enough to tell events apart, the same bytes on every platform. */
    private static String fixed(double t) {
        return String.format(java.util.Locale.ROOT, "%.6f", t);
    }
}
