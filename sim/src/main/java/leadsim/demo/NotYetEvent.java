package leadsim.demo;

/**
 * A button wired for an event the model cannot produce yet (a champion leaving, a mandate, a
 * turnover wave). It stays disabled, its tooltip saying what is missing; when the model gains
 * the event, replace this with a real {@link DemoEvent} under the same id so lessons keep working.
 */
final class NotYetEvent implements DemoEvent {
    private final String id;
    private final String label;
    private final String needs;

    NotYetEvent(String id, String label, String needs) {
        this.id = id;
        this.label = label;
        this.needs = needs;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String unavailable(DemoRun run) {
        return "Not in this model yet: needs " + needs;
    }

    @Override
    public String description() {
        return label;
    }

    @Override
    public String fire(DemoRun run) {
        return label + ": not in this model yet.";
    }
}
