package leadsim.analysis.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {

    @TempDir
    Path dir;

    private static Table sample() {
        return Table.fromRows(List.of("scenario", "replicate", "score"), List.of(
                List.of("flat", "0", "0.10"),
                List.of("hierarchy", "0", "1e-3"),
                List.of("flat", "1", ""),
                List.of("distributed", "0", "NA"),
                List.of("hierarchy", "1", "2.50")));
    }

    @Test
    void columnsRowsAndNumbers() {
        Table t = sample();
        assertEquals(List.of("scenario", "replicate", "score"), t.columns());
        assertEquals(5, t.rowCount());
        double[] score = t.numbers("score");
        assertEquals(0.1, score[0]);
        assertEquals(0.001, score[1]);
        assertTrue(Double.isNaN(score[2]), "empty cell");
        assertTrue(Double.isNaN(score[3]), "NA");
        assertEquals(2.5, score[4]);
        assertEquals(List.of("0.10", "1e-3", "", "NA", "2.50"), t.strings("score")); // text kept as given
        assertEquals(List.of("hierarchy", "1", "2.50"), t.row(4));
    }

    @Test
    void numbersRejectJavaLiteralsButAcceptInfinities() {
        Table t = Table.fromRows(List.of("x"), List.of(List.of("1d"), List.of("0x1p3"), List.of(" -2.5E+2 "),
                List.of("Inf"), List.of("-Infinity"), List.of(".5"), List.of("NaN")));
        double[] x = t.numbers("x");
        assertTrue(Double.isNaN(x[0]));
        assertTrue(Double.isNaN(x[1]));
        assertEquals(-250.0, x[2]);
        assertEquals(Double.POSITIVE_INFINITY, x[3]);
        assertEquals(Double.NEGATIVE_INFINITY, x[4]);
        assertEquals(0.5, x[5]);
        assertTrue(Double.isNaN(x[6]));
    }

    @Test
    void groupByKeepsFirstSeenOrderAndRowOrder() {
        Map<String, Table> groups = sample().groupBy("scenario");
        assertEquals(List.of("flat", "hierarchy", "distributed"), List.copyOf(groups.keySet()));
        Table hierarchy = groups.get("hierarchy");
        assertEquals(2, hierarchy.rowCount());
        assertEquals(List.of("1e-3", "2.50"), hierarchy.strings("score"));
        assertEquals(sample().columns(), hierarchy.columns());
    }

    @Test
    void filterKeepsMatchingRowsInOrder() {
        Table flat = sample().filter("scenario", "flat");
        assertEquals(List.of("0", "1"), flat.strings("replicate"));
        assertEquals(0, sample().filter("scenario", "Flat").rowCount()); // exact match only
    }

    @Test
    void missingColumnNamesTheSourceAndTheColumns() throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, "a,b\n1,2\n");
        Table t = Table.readCsv(file);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.numbers("c"));
        assertTrue(e.getMessage().contains("runs.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("no column 'c'"), e.getMessage());
        assertTrue(e.getMessage().contains("a, b"), e.getMessage());
    }

    @Test
    void raggedRowNamesFileAndLine() throws IOException {
        Path file = dir.resolve("ragged.csv");
        // The quoted field spans lines 2-3, so the short record starts on line 4.
        Files.writeString(file, "a,b,c\n\"x\ny\",2,3\n4,5\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Table.readCsv(file));
        assertTrue(e.getMessage().contains("ragged.csv line 4"), e.getMessage());
        assertTrue(e.getMessage().contains("expected 3 fields"), e.getMessage());
        assertTrue(e.getMessage().contains("found 2"), e.getMessage());
    }

    @Test
    void raggedInMemoryRowNamesTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Table.fromRows(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3"))));
        assertTrue(e.getMessage().contains("row 2"), e.getMessage());
    }

    @Test
    void unclosedQuoteAndDuplicateColumnsAreReported() throws IOException {
        Path open = dir.resolve("open.csv");
        Files.writeString(open, "a\n1\n\"never closed\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Table.readCsv(open));
        assertTrue(e.getMessage().contains("open.csv line 3"), e.getMessage());
        Path dup = dir.resolve("dup.csv");
        Files.writeString(dup, "a,a\n1,2\n");
        assertThrows(IllegalArgumentException.class, () -> Table.readCsv(dup));
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThrows(IllegalArgumentException.class, () -> Table.readCsv(empty));
    }
}
