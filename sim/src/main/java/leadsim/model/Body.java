package leadsim.model;

import java.util.List;

/** One instance of a body (the PLC of team 3 in school 0, the leadership team of school 1, ...). */
public final class Body implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int id;
    private final Level level;
    private final int school;
    private final int team;
    private final List<Person> members;
    private final boolean meets;

    public Body(int id, Level level, int school, int team, List<Person> members, boolean meets) {
        this.id = id;
        this.level = level;
        this.school = school;
        this.team = team;
        this.members = List.copyOf(members);
        this.meets = meets;
    }

    public int id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public int school() {
        return school;
    }

    public int team() {
        return team;
    }

    public List<Person> members() {
        return members;
    }

    /** True for a body that decides at meetings; false for a pooled desk served continuously. */
    public boolean meets() {
        return meets;
    }

    public boolean hasMember(Person person) {
        return members.contains(person);
    }

    @Override
    public String toString() {
        return level.name() + "#" + id;
    }
}
