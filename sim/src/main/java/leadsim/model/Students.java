package leadsim.model;

/**
 * Students as parallel arrays rather than objects: a district holds tens of thousands, and
 * all a student needs here is a teacher and a fixed draw that decides high-need status.
 */
public final class Students implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Person[] teacher;
    private final double[] needDraw;

    Students(Person[] teacher, double[] needDraw) {
        this.teacher = teacher;
        this.needDraw = needDraw;
    }

    public int count() {
        return teacher.length;
    }

    public Person teacher(int student) {
        return teacher[student];
    }

    /**
     * A student is high-need in a stream whose high-need share exceeds this draw; one draw per
     * student keeps the same students high-need across streams with the same share.
     */
    public double needDraw(int student) {
        return needDraw[student];
    }

    public boolean isHighNeed(int student, double share) {
        return needDraw[student] < share;
    }
}
