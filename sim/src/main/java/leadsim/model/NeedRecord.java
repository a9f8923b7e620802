package leadsim.model;

/**
 * One need's whole story, as the needs log writes it: when and by whom it was raised, what
 * kind of matter it was, every desk or meeting it waited at (with times), how it ended and
 * who ended it. Open needs end "open" at the horizon with no decider.
 *
 * @param stations   {@code desk@arrived-left;...} in order (see {@link leadsim.model.decide.NeedTrail})
 * @param outcome    decided, workaround, lapse or open
 * @param decidedBy  the level that decided it (a role or body), the raiser's desk for a
 *                   workaround, empty for a lapse or an open need
 * @param endedAt    time of the decision or of giving up; the horizon for an open need
 * @param quality    quality of the decision, NaN for a lapse or an open need
 */
public record NeedRecord(long id, double raisedAt, String domain, String scope, double deadlineDays, String raisedBy,
                         int student, boolean rerouted, String stations, String outcome, String decidedBy,
                         double endedAt, double quality) {}
