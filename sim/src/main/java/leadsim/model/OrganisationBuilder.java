package leadsim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.scenario.Headcount;
import leadsim.scenario.Scenario;
import leadsim.scenario.Scenario.Role;
import leadsim.scenario.Vocabulary;

/**
 * Turns a scenario's tables into people, teams, bodies and students. The order of creation is
 * fixed (schools, then roles in file order, then the office) so that one seed gives one school.
 */
public final class OrganisationBuilder {
    private final Scenario scenario;
    private final MersenneTwisterFast random;
    private final List<Level> levels = new ArrayList<>();
    private final Map<String, Level> levelByName = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final List<List<List<Person>>> byLevelAndSchool = new ArrayList<>();
    private final Map<String, Role> roleSpecs = new HashMap<>();

    private OrganisationBuilder(Scenario scenario, MersenneTwisterFast random) {
        this.scenario = scenario;
        this.random = random;
    }

    public static Organisation build(Scenario scenario, MersenneTwisterFast random) {
        return new OrganisationBuilder(scenario, random).build();
    }

    private Organisation build() {
        Map<String, Role> officeRoles = scenario.office() == null || scenario.office().roles() == null
                ? Map.of() : scenario.office().roles();
        Map<String, Scenario.Body> officeBodies = scenario.office() == null || scenario.office().bodies() == null
                ? Map.of() : scenario.office().bodies();
        Map<String, Scenario.Body> schoolBodies = scenario.bodies() == null ? Map.of() : scenario.bodies();
        scenario.roles().forEach((name, role) -> addLevel(name, false, false, role));
        officeRoles.forEach((name, role) -> addLevel(name, false, true, role));
        schoolBodies.keySet().forEach(name -> addLevel(name, true, false, null));
        officeBodies.keySet().forEach(name -> addLevel(name, true, true, null));

        int schools = Headcount.schoolCount(scenario);
        int teams = Headcount.teams(scenario.roles());
        for (Level level : levels) {
            List<List<Person>> slots = new ArrayList<>();
            for (int s = 0; s <= schools; s++) {
                slots.add(new ArrayList<>());
            }
            byLevelAndSchool.add(slots);
        }
        List<Integer> studentsPerSchool = new ArrayList<>();
        for (Scenario.SchoolSpec spec : scenario.schools()) {
            for (int copy = 0; copy < spec.copies(); copy++) {
                int school = studentsPerSchool.size();
                studentsPerSchool.add(Headcount.students(scenario, spec));
                scenario.roles().forEach((name, role) -> hire(levelByName.get(name), role, school, teams));
            }
        }
        officeRoles.forEach((name, role) -> hire(levelByName.get(name), role, -1, 0));
        people.forEach(this::assignSupervisor);

        List<Body> bodies = new ArrayList<>();
        Map<Integer, Body[][]> bodyIndex = new HashMap<>();
        schoolBodies.forEach((name, spec) -> formBodies(levelByName.get(name), spec, schools, teams, bodies, bodyIndex));
        officeBodies.forEach((name, spec) -> formBodies(levelByName.get(name), spec, schools, teams, bodies, bodyIndex));
        Students students = enrol(studentsPerSchool);
        return new Organisation(levels, levelByName, people, bodies, schools, teams, byLevelAndSchool, bodyIndex, students);
    }

    private void addLevel(String name, boolean body, boolean office, Role spec) {
        Level level = new Level(levels.size(), name, body, office);
        levels.add(level);
        levelByName.put(name, level);
        if (spec != null) {
            roleSpecs.put(name, spec);
        }
    }

    private void hire(Level level, Role role, int school, int teams) {
        int slot = level.isOffice() ? byLevelAndSchool.get(level.index()).size() - 1 : school;
        List<Person> here = byLevelAndSchool.get(level.index()).get(slot);
        if (role.perTeam() != null) {
            for (int team = 0; team < teams; team++) {
                for (int k = 0; k < role.perTeam(); k++) {
                    here.add(newPerson(level, role, school, team));
                }
            }
            return;
        }
        for (int i = 0; i < role.count(); i++) {
            int team = role.teamSize() == null ? -1 : i / role.teamSize();
            here.add(newPerson(level, role, school, team));
        }
    }

    /** A new person of a role with freshly drawn expertise: also how turnover replaces someone. */
    public static double[] drawExpertise(Role role, MersenneTwisterFast random) {
        double[] expertise = new double[Vocabulary.DOMAINS.size()];
        for (int d = 0; d < expertise.length; d++) {
            double draw = role.expertise().mean() + role.expertise().sd() * random.nextGaussian();
            expertise[d] = Math.min(1.0, Math.max(0.0, draw));
        }
        return expertise;
    }

    private Person newPerson(Level level, Role role, int school, int team) {
        Person person = new Person(people.size(), level, school, team, role.capacityHours(), drawExpertise(role, random));
        people.add(person);
        return person;
    }

    private void assignSupervisor(Person person) {
        String bossRole = roleSpecs.get(person.role()).reportsTo();
        if (bossRole == null) {
            return;
        }
        Level boss = levelByName.get(bossRole);
        List<Person> candidates = byLevelAndSchool.get(boss.index()).get(boss.isOffice() ? byLevelAndSchool.get(boss.index()).size() - 1 : person.school());
        if (candidates.isEmpty()) {
            return;
        }
        Person chosen = null;
        if (person.team() >= 0) {
            for (Person c : candidates) {
                if (c.team() == person.team()) {
                    chosen = c;
                    break;
                }
            }
        }
        if (chosen == null) {
            int key;
            if (boss.isOffice()) {
                key = person.school() >= 0 ? person.school() : ordinal(person);
            } else {
                key = person.team() >= 0 ? person.team() : ordinal(person);
            }
            chosen = candidates.get(key % candidates.size());
        }
        person.reportTo(chosen);
    }

    private int ordinal(Person person) {
        List<Person> same = byLevelAndSchool.get(person.level().index())
                .get(person.level().isOffice() ? byLevelAndSchool.get(0).size() - 1 : person.school());
        return same.indexOf(person);
    }

    private void formBodies(Level level, Scenario.Body spec, int schools, int teams,
                            List<Body> bodies, Map<Integer, Body[][]> index) {
        boolean meets = "meeting".equals(spec.mode());
        switch (spec.per()) {
            case "team" -> {
                Body[][] bySchool = new Body[schools][Math.max(1, teams)];
                for (int s = 0; s < schools; s++) {
                    for (int t = 0; t < teams; t++) {
                        List<Person> members = new ArrayList<>();
                        for (String role : spec.members()) {
                            for (Person p : byLevelAndSchool.get(levelByName.get(role).index()).get(s)) {
                                if (p.team() == t) {
                                    members.add(p);
                                }
                            }
                        }
                        bySchool[s][t] = add(new Body(bodies.size(), level, s, t, members, meets), bodies);
                    }
                }
                index.put(level.index(), bySchool);
            }
            case "school" -> {
                Body[][] bySchool = new Body[schools][1];
                for (int s = 0; s < schools; s++) {
                    List<Person> members = new ArrayList<>();
                    for (String role : spec.members()) {
                        members.addAll(byLevelAndSchool.get(levelByName.get(role).index()).get(s));
                    }
                    bySchool[s][0] = add(new Body(bodies.size(), level, s, -1, members, meets), bodies);
                }
                index.put(level.index(), bySchool);
            }
            default -> {
                List<Person> members = new ArrayList<>();
                for (String role : spec.members()) {
                    byLevelAndSchool.get(levelByName.get(role).index()).forEach(members::addAll);
                }
                index.put(level.index(), new Body[][] {{add(new Body(bodies.size(), level, -1, -1, members, meets), bodies)}});
            }
        }
    }

    private static Body add(Body body, List<Body> bodies) {
        bodies.add(body);
        return body;
    }

    /** Students go round-robin to the team-forming role (the teachers) of their school. */
    private Students enrol(List<Integer> studentsPerSchool) {
        Level teacherLevel = null;
        for (var entry : scenario.roles().entrySet()) {
            if (entry.getValue().teamSize() != null) {
                teacherLevel = levelByName.get(entry.getKey());
            }
        }
        int total = studentsPerSchool.stream().mapToInt(Integer::intValue).sum();
        Person[] teacher = new Person[teacherLevel == null ? 0 : total];
        double[] draw = new double[teacher.length];
        int at = 0;
        for (int s = 0; teacherLevel != null && s < studentsPerSchool.size(); s++) {
            List<Person> teachers = byLevelAndSchool.get(teacherLevel.index()).get(s);
            for (int i = 0; i < studentsPerSchool.get(s) && !teachers.isEmpty(); i++) {
                teacher[at] = teachers.get(i % teachers.size());
                draw[at] = random.nextDouble();
                at++;
            }
        }
        if (at < teacher.length) {
            teacher = java.util.Arrays.copyOf(teacher, at);
            draw = java.util.Arrays.copyOf(draw, at);
        }
        return new Students(teacher, draw);
    }
}
