package leadsim.model.garbagecan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary statistics of one run, computed from its end-of-period states (the replication
 * specification's section 9), under the specification's names. Counts are whole numbers;
 * energies are exact ten-thousandths, given in units of energy.
 *
 * <p>{@code joint_shifts} is not in the paper: the problem shifts in which some decision maker
 * also moved, in the same period, from another choice to the choice the problem moved to
 * (problems and decision makers moving together from choice to choice).
 *
 * <p>The last four ({@code port_*}) are the overlapping counters of the best-known public port,
 * kept only to show where they differ from the paper's styles: {@code port_resolutions} counts
 * choices open for two whole periods before being made, {@code port_oversights} choices made
 * that solved nothing, {@code port_flights} choices whose requirement fell in the period they
 * were made, {@code port_quickies} choices made in their entry period.
 */
public final class GarbageCanStatistics {
    /** The metric names, in the order runs.csv carries them. */
    public static final List<String> NAMES = List.of("resolution", "oversight", "flight", "choices_made",
            "choices_unmade", "problems_unsolved", "problem_activity", "problem_latency", "problem_shifts",
            "dm_activity", "dm_shifts", "joint_shifts", "energy_spent", "energy_reserve", "energy_wasted", "choice_active_periods",
            "port_resolutions", "port_oversights", "port_flights", "port_quickies");

    private GarbageCanStatistics() {}

    /** Every statistic of a run; energies as exact ten-thousandths. */
    public static Map<String, Long> exact(GarbageCanHistory h) {
        GarbageCanSetup setup = h.setup();
        int periods = h.periods();
        int choices = setup.choices().size();
        int needs = setup.needs().size();
        long[] byStyle = new long[Style.values().length];
        long made = 0;
        long wasted = 0;
        long active = 0;
        long portResolutions = 0;
        long portSolvedNothing = 0;
        long portFlights = 0;
        long portQuickies = 0;
        for (int c = 0; c < choices; c++) {
            int t = h.madeAt()[c];
            for (int u = 1; u <= periods; u++) {
                active += h.open(c, u) ? 1 : 0;
            }
            if (t == 0) {
                continue;
            }
            made++;
            byStyle[h.style()[c].ordinal()]++;
            wasted += h.spent()[t][c] - h.required()[t][c];
            portResolutions += t >= 2 && h.open(c, t - 1) && h.open(c, t - 2) ? 1 : 0;
            portSolvedNothing += h.style()[c] == Style.RESOLUTION ? 0 : 1;
            portFlights += h.open(c, t - 1) && h.required()[t][c] < h.required()[t - 1][c] ? 1 : 0;
            portQuickies += h.entered()[c] == t ? 1 : 0;
        }
        long unsolved = 0;
        long activity = 0;
        long latency = 0;
        long shifts = 0;
        for (int p = 0; p < needs; p++) {
            unsolved += h.solvedAt()[p] == 0 ? 1 : 0;
            for (int t = 1; t <= periods; t++) {
                activity += h.attachedAfter(p, t) ? 1 : 0;
                latency += h.needAt()[t][p] == GarbageCanHistory.LATENT ? 1 : 0;
                shifts += h.attachedAfter(p, t) && h.attachedAfter(p, t - 1)
                        && h.needAt()[t][p] != h.needAt()[t - 1][p] ? 1 : 0;
            }
        }
        long joint = 0;
        for (int t = 1; t <= periods; t++) {
            boolean[] gainedDecider = new boolean[choices];
            for (int d = 0; d < setup.deciders().size(); d++) {
                int at = h.deciderAt()[t][d];
                int before = h.deciderAt()[t - 1][d];
                if (at != GarbageCanHistory.IDLE && before != GarbageCanHistory.IDLE && before != at) {
                    gainedDecider[at] = true;
                }
            }
            for (int p = 0; p < needs; p++) {
                if (h.attachedAfter(p, t) && h.attachedAfter(p, t - 1) && h.needAt()[t][p] != h.needAt()[t - 1][p]
                        && gainedDecider[h.needAt()[t][p]]) {
                    joint++;
                }
            }
        }
        long dmActivity = 0;
        long dmShifts = 0;
        long spent = 0;
        for (int d = 0; d < setup.deciders().size(); d++) {
            for (int t = 1; t <= periods; t++) {
                int at = h.deciderAt()[t][d];
                int before = h.deciderAt()[t - 1][d];
                if (at != GarbageCanHistory.IDLE) {
                    dmActivity++;
                    spent += setup.effective()[d];
                    dmShifts += before != GarbageCanHistory.IDLE && before != at ? 1 : 0;
                }
            }
        }
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("resolution", byStyle[Style.RESOLUTION.ordinal()]);
        m.put("oversight", byStyle[Style.OVERSIGHT.ordinal()]);
        m.put("flight", byStyle[Style.FLIGHT.ordinal()]);
        m.put("choices_made", made);
        m.put("choices_unmade", choices - made);
        m.put("problems_unsolved", unsolved);
        m.put("problem_activity", activity);
        m.put("problem_latency", latency);
        m.put("problem_shifts", shifts);
        m.put("dm_activity", dmActivity);
        m.put("dm_shifts", dmShifts);
        m.put("joint_shifts", joint);
        m.put("energy_spent", spent);
        m.put("energy_reserve", setup.totalEnergy() - spent);
        m.put("energy_wasted", wasted);
        m.put("choice_active_periods", active);
        m.put("port_resolutions", portResolutions);
        m.put("port_oversights", portSolvedNothing);
        m.put("port_flights", portFlights);
        m.put("port_quickies", portQuickies);
        return m;
    }

    /** Whether a statistic is an energy (kept in ten-thousandths by {@link #exact}). */
    public static boolean isEnergy(String name) {
        return name.startsWith("energy_");
    }

    /** The statistics as runs.csv carries them: counts as whole numbers, energies in units. */
    public static Map<String, Object> metrics(GarbageCanHistory h) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        exact(h).forEach((name, value) -> metrics.put(name,
                isEnergy(name) ? (Object) (value / (double) GarbageCanSetup.UNIT) : (Object) value));
        return metrics;
    }
}
