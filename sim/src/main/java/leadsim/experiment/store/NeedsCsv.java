package leadsim.experiment.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Consumer;
import leadsim.model.NeedRecord;

/**
 * Writes the needs log, one row per need, as CSV: the event log researchers read the way
 * process miners do. Times keep every digit (Java's shortest round-trip form), so the log
 * reproduces the run's measures exactly.
 */
public final class NeedsCsv implements Consumer<NeedRecord> {
    public static final List<String> COLUMNS = List.of("need", "raised_at", "domain", "scope", "deadline_days",
            "raised_by", "student", "rerouted", "stations", "outcome", "decided_by", "ended_at", "quality");

    private final Writer out;
    /** "run id," before every row of a run's part of needs.csv.gz; empty for a log of its own. */
    private final String prefix;

    /** A log of its own, with its header line. */
    public NeedsCsv(Writer out) {
        this.out = out;
        this.prefix = "";
        write(String.join(",", COLUMNS));
    }

    /** One run's rows of needs.csv.gz: each row starts with the run id, and there is no header. */
    static NeedsCsv rowsOfRun(Writer out, long runId) {
        return new NeedsCsv(out, runId + ",");
    }

    private NeedsCsv(Writer out, String prefix) {
        this.out = out;
        this.prefix = prefix;
    }

    @Override
    public void accept(NeedRecord r) {
        write(prefix + r.id() + "," + r.raisedAt() + "," + r.domain() + "," + r.scope() + "," + r.deadlineDays() + ","
                + r.raisedBy() + "," + (r.student() < 0 ? "" : Integer.toString(r.student())) + "," + r.rerouted() + ","
                + r.stations() + "," + r.outcome() + "," + r.decidedBy() + "," + r.endedAt() + ","
                + (Double.isNaN(r.quality()) ? "" : Double.toString(r.quality())));
    }

    private void write(String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
