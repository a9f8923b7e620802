package leadsim.experiment;

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

    public NeedsCsv(Writer out) {
        this.out = out;
        write(String.join(",", COLUMNS));
    }

    @Override
    public void accept(NeedRecord r) {
        write(r.id() + "," + r.raisedAt() + "," + r.domain() + "," + r.scope() + "," + r.deadlineDays() + ","
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
