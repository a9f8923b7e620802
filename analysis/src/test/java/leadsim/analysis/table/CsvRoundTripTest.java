package leadsim.analysis.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void quotesOnlyWhatNeedsQuoting() {
        Table t = Table.fromRows(List.of("name", "note", "value"), List.of(
                List.of("plain", "a, b", "1.50"),
                List.of("say \"hi\"", "two\nlines", "-0.0"),
                List.of("", " padded ", "1e10")));
        String expected = "name,note,value\n"
                + "plain,\"a, b\",1.50\n"
                + "\"say \"\"hi\"\"\",\"two\nlines\",-0.0\n"
                + ", padded ,1e10\n";
        assertEquals(expected, t.toCsv());
    }

    @Test
    void writeThenReadGivesTheSameCellsAndBytes() throws IOException {
        Table t = Table.fromRows(List.of("k,ey", "quote\"d", "multi"), List.of(
                List.of("1", "\"", "x\r\ny"),
                List.of("", "", ""),
                List.of("é ü", "0.1000", "a\nb\nc")));
        Path file = dir.resolve("sub/out.csv");
        t.writeCsv(file);
        Table back = Table.readCsv(file);
        assertEquals(t.columns(), back.columns());
        assertEquals(t.rowCount(), back.rowCount());
        for (int r = 0; r < t.rowCount(); r++) {
            assertEquals(t.row(r), back.row(r));
        }
        assertEquals(t.toCsv(), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(t.toCsv(), back.toCsv());
    }

    @Test
    void readsCrlfBomAndTrailingBlankLines() throws IOException {
        Path file = dir.resolve("excel.csv");
        Files.writeString(file, "\uFEFFa,b\r\n1,\"x\r\ny\"\r\n3,4\r\n\r\n");
        Table t = Table.readCsv(file);
        assertEquals(List.of("a", "b"), t.columns());
        assertEquals(2, t.rowCount());
        assertEquals("x\r\ny", t.get(0, "b"));
        assertEquals("4", t.get(1, "b"));
    }

    @Test
    void singleColumnKeepsEmptyCells() throws IOException {
        Table t = Table.fromRows(List.of("only"), List.of(List.of("1"), List.of(""), List.of("")));
        assertEquals("only\n1\n\n\n", t.toCsv());
        Path file = dir.resolve("one.csv");
        t.writeCsv(file);
        Table back = Table.readCsv(file);
        assertEquals(List.of("1", "", ""), back.strings("only"));
    }

    @Test
    void lastRecordWithoutNewline() throws IOException {
        Path file = dir.resolve("nonl.csv");
        Files.writeString(file, "a,b\n1,2");
        assertEquals(List.of("1", "2"), Table.readCsv(file).row(0));
    }

    @Test
    void aRowOfNumbersIsTheSameTextWhicheverWayItIsWritten() {
        double[] values = {1, 2.5, Double.NaN, -0.0, 1e-7, 123456789012.0};
        List<Object> boxed = new java.util.ArrayList<>();
        for (double v : values) {
            boxed.add(v);
        }
        assertEquals(Csv.row(boxed), Csv.numbers(values));
        assertEquals("1,2.5,NaN,0,1.0E-7,123456789012\n", Csv.numbers(values));
    }
}
