package leadsim.demo.draw;

/** The soft disc behind a team on the display, so a PLC reads as one cluster. */
final class TeamHalo implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    final double radius;

    TeamHalo(double radius) {
        this.radius = radius;
    }
}
