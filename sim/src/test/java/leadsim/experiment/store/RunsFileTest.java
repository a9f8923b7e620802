package leadsim.experiment.store;

import leadsim.analysis.table.Csv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and repairing an append-only CSV after a kill. */
class RunsFileTest {
    @TempDir
    Path tmp;

    @Test
    void aTornLastLineIsDroppedAndCompleteFilesAreLeftAlone() throws Exception {
        Path file = tmp.resolve("runs.csv");
        Files.writeString(file, "a,b\n1,2\n3,");
        assertEquals(2, RunsFile.dropTornTail(file));
        assertEquals("a,b\n1,2\n", Files.readString(file));
        assertEquals(0, RunsFile.dropTornTail(file));
        Files.writeString(file, "a,b");
        assertEquals(3, RunsFile.dropTornTail(file));
        assertEquals("", Files.readString(file));
        Files.writeString(file, "x".repeat(20000) + "\n" + "y".repeat(9000));
        assertEquals(9000, RunsFile.dropTornTail(file));
        assertEquals(20001, Files.size(file));
    }

    @Test
    void readersSkipATornLineAndKnowWhereEachLineStarts() throws Exception {
        Path file = tmp.resolve("runs.csv");
        Files.writeString(file, "h\n10,x\n2,\"a,b\"\n7,tor");
        List<String> seen = new ArrayList<>();
        RunsFile.forEachLine(file, (line, offset) -> seen.add(offset + ":" + line));
        assertEquals(List.of("0:h", "2:10,x", "7:2,\"a,b\""), seen);
        assertEquals(List.of("2", "a,b"), Csv.split("2,\"a,b\""));
        assertEquals(List.of("x", "say \"hi\"", ""), Csv.split("x,\"say \"\"hi\"\"\","));
        assertEquals(10, RunsFile.runId("10,x"));
    }
}
