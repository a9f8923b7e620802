package leadsim.metrics;

/** What sort of number a measure is: it decides how it is summarised, compared and printed. */
public enum Kind {
    /** school days */
    TIME,
    /** a fraction of a whole, 0 to 1; printed as a percentage */
    SHARE,
    /** a whole number of things (needs, departures); printed as an integer */
    COUNT,
    /** a name (a role, a body); summarised by counting, never averaged */
    CATEGORY,
    /** a time that may not have ended when the run did; compared by Kaplan-Meier and log-rank */
    CENSORED_TIME,
    /** a score on its own scale (quality 0 to 1, escalations per need) */
    NUMBER;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
