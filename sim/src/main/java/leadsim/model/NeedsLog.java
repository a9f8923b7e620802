package leadsim.model;

import java.util.function.Consumer;
import leadsim.model.decide.FlowObserver;
import leadsim.model.decide.Need;
import leadsim.model.decide.Outcome;
import leadsim.scenario.Vocabulary;

/**
 * Turns the decision flow's reports into one {@link NeedRecord} per need, handed to a sink as
 * each need ends (and for needs still open, at the horizon), in the order the recorder counts
 * them, so a log reproduces the run's measures exactly. Like the measures, it covers the needs
 * raised after the warm-up. Writing is the sink's business: the model touches no file.
 */
final class NeedsLog implements FlowObserver, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Consumer<NeedRecord> sink;
    private final DeskNames names;
    private final double warmup;

    NeedsLog(Consumer<NeedRecord> sink, DeskNames names, double warmup) {
        this.sink = sink;
        this.names = names;
        this.warmup = warmup;
    }

    @Override
    public void decided(Need need, Level level, double quality, double now) {
        if (need.created() < warmup) {
            return;
        }
        sink.accept(record(need, Outcome.DECIDED, level.name(), now, quality));
    }

    @Override
    public void gaveUp(Need need, Level level, Outcome how, double quality, double now) {
        if (need.created() < warmup) {
            return;
        }
        String by = how == Outcome.WORKAROUND ? names.of(need.origin()) : "";
        sink.accept(record(need, how, by, now, quality));
    }

    /** A need still open when the run ends. */
    void open(Need need, double horizon) {
        sink.accept(record(need, Outcome.OPEN, "", horizon, Double.NaN));
    }

    private NeedRecord record(Need need, Outcome outcome, String decidedBy, double endedAt, double quality) {
        return new NeedRecord(need.sequence(), need.created(), Vocabulary.DOMAINS.get(need.domain()),
                Vocabulary.SCOPES.get(need.scope()), need.deadline() - need.created(), names.of(need.origin()),
                need.student(), need.rerouted(), need.trail() == null ? "" : need.trail().stations(), outcome.word(),
                decidedBy, endedAt, quality);
    }
}
