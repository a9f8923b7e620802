package leadsim.analysis.survival;

/**
 * How the pointwise confidence interval of a Kaplan-Meier curve is built from Greenwood's
 * variance. Both follow R's {@code survfit(..., conf.type = ...)} exactly.
 */
public enum ConfidenceType {
    /**
     * Symmetric on log S: {@code S exp(±z se)}, upper end capped at 1. R's default
     * ({@code conf.type = "log"}).
     */
    LOG,
    /**
     * Symmetric on log(-log S): {@code exp(-exp(log(-log S) ± z se / log S))}. Stays inside
     * (0, 1) and covers better in small samples (Kalbfleisch and Prentice); R's
     * {@code conf.type = "log-log"}. At S = 1 the interval is [1, 1].
     */
    LOG_LOG
}
