package leadsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import leadsim.model.decide.FlowObserver;
import leadsim.testing.Runs;
import org.junit.jupiter.api.Test;

/**
 * Every person's hours add up: over a run of the shipped distributed school, deciding time
 * (as the recorder books it) + meeting time + idle time = the window, for every person, where
 * idle time is measured apart, from the gaps between the intervals the flow reports. Booking
 * any interval twice, or letting a meeting and a decision overlap, would break the sum.
 * Meeting hours are checked against the meetings held: weekly, 1 hour, from day 5.
 */
class HoursAccountingTest {
    private record Interval(double start, double end) {}

    @Test
    void decidingPlusMeetingsPlusIdleIsTheWholeDay() {
        var scenario = Runs.variant("distributed.yaml", null, null, "horizon: {warmup_days: 0}\n");
        SchoolSim sim = new SchoolSim(11, scenario, false);
        Map<Person, List<Interval>> busy = new HashMap<>();
        Map<Person, Double> met = new HashMap<>();
        sim.watch(new FlowObserver() {
            @Override
            public void served(Person person, double start, double end) {
                busy.computeIfAbsent(person, p -> new ArrayList<>()).add(new Interval(start, end));
            }

            @Override
            public void met(Person person, double start, double end) {
                busy.computeIfAbsent(person, p -> new ArrayList<>()).add(new Interval(start, end));
                met.merge(person, end - start, Double::sum);
            }
        });
        RunResult result = sim.run();
        double window = scenario.horizon().days();
        RunRecorder recorder = sim.recorder();
        int checked = 0;
        for (Person person : sim.organisation().people()) {
            List<Interval> intervals = busy.getOrDefault(person, List.of());
            double idle = idleTime(intervals, window);
            double deciding = recorder.decidingDays(person);
            double meeting = recorder.meetingDays(person);
            assertEquals(window, deciding + meeting + idle, 1e-6, person + ": deciding + meeting + idle");
            // in hours: 1-hour meetings every 5 days from day 5; the last ones may still run at the end
            double hours = meeting * person.capacityHours();
            int bodies = person.role().equals("teacher") ? 1 : person.role().equals("teacher_leader") ? 2
                    : 1; // a teacher sits on a PLC; a teacher leader on a PLC and the leadership team
            double held = bodies * Math.floor(window / 5);
            assertTrue(hours <= held + 1e-9 && hours >= held - bodies - 1e-9,
                    person + ": " + hours + " meeting hours for " + held + " meeting hours held");
            checked++;
        }
        assertEquals(51, checked, "every person of the school");
        double teacherShare = result.number("meeting_share_teacher");
        assertEquals(Math.floor(window / 5) / 0.7 / window, teacherShare, 0.01, "1 hour a week of 0.7 a day");
    }

    /** Time in [0, window] covered by no interval; overlapping intervals are a booking error. */
    private static double idleTime(List<Interval> intervals, double window) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort((a, b) -> Double.compare(a.start(), b.start()));
        double covered = 0;
        double last = 0;
        for (Interval i : sorted) {
            assertTrue(i.start() >= last - 1e-9, "a person does two things at once at " + i.start());
            double from = Math.max(i.start(), 0);
            double to = Math.min(i.end(), window);
            covered += Math.max(0, to - from);
            last = Math.max(last, i.end());
        }
        return window - covered;
    }
}
