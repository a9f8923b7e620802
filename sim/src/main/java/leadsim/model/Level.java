package leadsim.model;

/**
 * A place where decisions are taken and waited for: a role or a body. Metrics per level
 * ({@code decided_share_plc}, {@code wait_share_principal}, ...) are keyed by its name.
 */
public record Level(int index, String name, boolean isBody, boolean isOffice) {}
