package leadsim.experiment.store;

import java.util.ArrayList;
import java.util.List;
import leadsim.model.SchoolSeries;

/**
 * Which daily measures per school a district run writes to the tidy series: a school's series
 * follow the district's kept columns, so a sweep's {@code series:} choice decides both.
 * {@code waiting} is kept with any {@code queue_<level>}, {@code decisions} with any
 * {@code decided_<level>}, and {@code gave_up}, {@code latency_mean}, {@code implementation} and
 * {@code reform_alive} with the district column of the same name.
 */
final class SchoolSeriesColumns {
    /** The per-school measures that share their name with a district column. */
    private static final List<String> SAME_NAME = List.of("gave_up", "latency_mean", "implementation", "reform_alive");

    private SchoolSeriesColumns() {}

    /** @param district the district's kept series columns */
    static List<String> kept(List<String> district) {
        List<String> kept = new ArrayList<>();
        if (district.stream().anyMatch(c -> c.startsWith("queue_"))) {
            kept.add(SchoolSeries.WAITING);
        }
        if (district.stream().anyMatch(c -> c.startsWith("decided_"))) {
            kept.add(SchoolSeries.DECISIONS);
        }
        SAME_NAME.stream().filter(district::contains).forEach(kept::add);
        return kept;
    }
}
