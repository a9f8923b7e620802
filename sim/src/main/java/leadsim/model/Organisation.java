package leadsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Everyone in the run, how they are grouped, and which body or person holds a place in the
 * structure. Built once per run by {@link OrganisationBuilder}; people may later be replaced
 * (turnover) but the slots stay.
 */
public final class Organisation implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Level> levels;
    private final Map<String, Level> levelByName;
    private final List<Person> people;
    private final List<Body> bodies;
    /** (body kind, school) -> instances, built on first use. */
    private transient java.util.Map<java.util.List<Integer>, Integer> bodiesBySchool;
    private final int schools;
    private final int teamsPerSchool;
    /** [level][school or office = schools] -> people of that role there. */
    private final List<List<List<Person>>> byLevelAndSchool;
    /** [body level][school][team or 0] -> body instance, null where none. */
    private final Map<Integer, Body[][]> bodyIndex;
    private final Students students;
    /** Each school's people and bodies (the office's and district-wide ones are in none), built on first use. */
    private transient SchoolMembers members;

    /** [school] -> people, [school] -> bodies, each in the order of {@link #people()} and {@link #bodies()}. */
    private record SchoolMembers(List<List<Person>> people, List<List<Body>> bodies) {}

    Organisation(List<Level> levels, Map<String, Level> levelByName, List<Person> people, List<Body> bodies,
                 int schools, int teamsPerSchool, List<List<List<Person>>> byLevelAndSchool,
                 Map<Integer, Body[][]> bodyIndex, Students students) {
        this.levels = List.copyOf(levels);
        this.levelByName = Map.copyOf(levelByName);
        this.people = Collections.unmodifiableList(people);
        this.bodies = List.copyOf(bodies);
        this.schools = schools;
        this.teamsPerSchool = teamsPerSchool;
        this.byLevelAndSchool = byLevelAndSchool;
        this.bodyIndex = bodyIndex;
        this.students = students;
    }

    public List<Level> levels() {
        return levels;
    }

    public Level level(String name) {
        return levelByName.get(name);
    }

    public List<Person> people() {
        return people;
    }

    public List<Body> bodies() {
        return bodies;
    }

    public int schools() {
        return schools;
    }

    public int teamsPerSchool() {
        return teamsPerSchool;
    }

    public Students students() {
        return students;
    }

    /** People of a role in a school; office roles live at school index {@code schools()}. */
    public List<Person> peopleOf(Level role, int school) {
        int at = role.isOffice() ? schools : school;
        return byLevelAndSchool.get(role.index()).get(at);
    }

    /**
     * Everyone of one school, every role, in the order of {@link #people()} (the office's people
     * are in no school); {@code school} from 0 to {@link #schools()} - 1.
     */
    public List<Person> peopleIn(int school) {
        return members().people().get(school);
    }

    /** The bodies of one school (its PLCs, its leadership team), in the order of {@link #bodies()}. */
    public List<Body> bodiesIn(int school) {
        return members().bodies().get(school);
    }

    private SchoolMembers members() {
        SchoolMembers m = members;
        if (m == null) {
            // immutable lists: a reader on another thread (a live display) sees them whole
            m = new SchoolMembers(bySchool(people, Person::school), bySchool(bodies, Body::school));
            members = m;
        }
        return m;
    }

    private <T> List<List<T>> bySchool(List<T> all, java.util.function.ToIntFunction<T> schoolOf) {
        List<List<T>> out = new ArrayList<>();
        for (int s = 0; s < schools; s++) {
            out.add(new ArrayList<>());
        }
        for (T member : all) {
            int s = schoolOf.applyAsInt(member);
            if (s >= 0 && s < schools) {
                out.get(s).add(member);
            }
        }
        return out.stream().map(List::copyOf).toList();
    }

    /** Everyone of a role across all schools and the office. */
    public List<Person> peopleOf(Level role) {
        List<Person> all = new ArrayList<>();
        byLevelAndSchool.get(role.index()).forEach(all::addAll);
        return all;
    }

    /**
     * The person of a role who serves a given team of a school when the role is not on the
     * requester's own reporting line: a fixed share-out by team, so the same team always goes
     * to the same assistant principal.
     */
    public Person assigned(Level role, int school, int team) {
        List<Person> candidates = peopleOf(role, school);
        if (candidates.isEmpty()) {
            return null;
        }
        for (Person p : candidates) {
            if (p.team() == team && team >= 0) {
                return p;
            }
        }
        int key = role.isOffice() ? Math.max(school, 0) : Math.max(team, 0);
        return candidates.get(key % candidates.size());
    }

    /** The body of a kind that serves a team of a school (its PLC, its school's team, the district's). */
    public Body body(Level kind, int school, int team) {
        Body[][] bySchool = bodyIndex.get(kind.index());
        if (bySchool == null) {
            return null;
        }
        if (bySchool[0].length == 1 && bySchool[0][0].school() < 0) {
            return bySchool[0][0]; // one body for the whole district
        }
        Body[] byTeam = bySchool[Math.max(school, 0)];
        return byTeam.length == 1 ? byTeam[0] : byTeam[Math.max(team, 0) % byTeam.length];
    }

    /** Instances of a body kind (8 PLCs in a school of 8 teams, 1 leadership team, ...). */
    /** Instances of a body in one school (or the office's, for school -1), counted once per organisation. */
    public int bodiesOf(Level kind, int school) {
        if (bodiesBySchool == null) {
            bodiesBySchool = new java.util.HashMap<>();
            for (Body body : bodies) {
                bodiesBySchool.merge(java.util.List.of(body.level().index(), body.school()), 1, Integer::sum);
            }
        }
        return bodiesBySchool.getOrDefault(java.util.List.of(kind.index(), school), 0);
    }

    public int bodiesOf(Level kind) {
        int n = 0;
        for (Body body : bodies) {
            if (body.level() == kind) {
                n++;
            }
        }
        return n;
    }

    /** Members of the team (teachers and per-team roles) of a school. */
    public List<Person> team(int school, int team) {
        List<Person> members = new ArrayList<>();
        for (Level level : levels) {
            if (level.isBody() || level.isOffice()) {
                continue;
            }
            for (Person p : peopleOf(level, school)) {
                if (p.team() == team) {
                    members.add(p);
                }
            }
        }
        return members;
    }
}
