package leadsim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a school that ran as a lane of its own sits in its district: its people and body
 * instances renumbered to the district's (the k-th person of a role in the school is the k-th
 * person of that role in the district's school; bodies likewise), and its needs log renamed
 * to the district's desk names and numbering.
 */
final class DistrictNumbering {
    private final Organisation district;
    /** [level][school] -> the district's body instances of that level in that school, in order. */
    private final Map<Integer, List<List<Body>>> bodies = new HashMap<>();
    private long nextNeedId;

    DistrictNumbering(Organisation district) {
        this.district = district;
        for (Body body : district.bodies()) {
            if (body.school() < 0) {
                continue;
            }
            List<List<Body>> bySchool = bodies.computeIfAbsent(body.level().index(), k -> {
                List<List<Body>> list = new ArrayList<>();
                for (int s = 0; s < district.schools(); s++) {
                    list.add(new ArrayList<>());
                }
                return list;
            });
            bySchool.get(body.school()).add(body);
        }
    }

    /** The district id of each of the lane's people, by the lane's person id. */
    int[] people(Organisation lane, int school) {
        int[] ids = new int[lane.people().size()];
        int[] seen = new int[lane.levels().size()];
        for (Person p : lane.people()) {
            int level = p.level().index();
            ids[p.id()] = district.peopleOf(district.levels().get(level), school).get(seen[level]++).id();
        }
        return ids;
    }

    /** The district id of each of the lane's body instances, by the lane's body id. */
    int[] bodies(Organisation lane, int school) {
        int[] ids = new int[lane.bodies().size()];
        int[] seen = new int[lane.levels().size()];
        for (Body b : lane.bodies()) {
            int level = b.level().index();
            ids[b.id()] = bodies.get(level).get(school).get(seen[level]++).id();
        }
        return ids;
    }

    /** Lane desk name -> district desk name, for the needs log. */
    static Map<String, String> deskNames(Organisation lane, DeskNames laneNames, DeskNames districtNames,
                                         Organisation district, int[] people, int[] bodies) {
        Map<String, String> names = new HashMap<>();
        for (Person p : lane.people()) {
            names.put(laneNames.of(p), districtNames.of(district.people().get(people[p.id()])));
        }
        for (Body b : lane.bodies()) {
            names.put(laneNames.of(b), districtNames.of(district.bodies().get(bodies[b.id()])));
        }
        return names;
    }

    /** A lane's need as the district's log writes it: the next district id, its student and desks renamed. */
    NeedRecord record(NeedRecord need, int studentOffset, Map<String, String> names) {
        return new NeedRecord(nextNeedId++, need.raisedAt(), need.domain(), need.scope(), need.deadlineDays(),
                names.getOrDefault(need.raisedBy(), need.raisedBy()),
                need.student() < 0 ? need.student() : need.student() + studentOffset, need.rerouted(),
                stations(need.stations(), names), need.outcome(), names.getOrDefault(need.decidedBy(), need.decidedBy()),
                need.endedAt(), need.quality());
    }

    /** Renames the desks of a trail {@code desk@arrived-left;...}. */
    private static String stations(String trail, Map<String, String> names) {
        if (trail.isEmpty()) {
            return trail;
        }
        StringBuilder out = new StringBuilder(trail.length() + 8);
        for (String station : trail.split(";", -1)) {
            if (out.length() > 0) {
                out.append(';');
            }
            int at = station.indexOf('@');
            String desk = at < 0 ? station : station.substring(0, at);
            out.append(names.getOrDefault(desk, desk));
            if (at >= 0) {
                out.append(station, at, station.length());
            }
        }
        return out.toString();
    }
}
