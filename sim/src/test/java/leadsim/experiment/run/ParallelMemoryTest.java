package leadsim.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Runs at once times the estimate of one run, against the heap: what fits, and what is said when not. */
class ParallelMemoryTest {
    private static final long MB = 1024 * 1024;
    private static final ParallelMemory FOUR_HUNDRED_MB_IN_ONE_GB = new ParallelMemory(400 * MB, 1024 * MB);

    @Test
    void theRunsInFlightAreTheThreadsOrFewerWhenThereAreFewerRuns() {
        assertTrue(FOUR_HUNDRED_MB_IN_ONE_GB.fits(2, 100));
        assertFalse(FOUR_HUNDRED_MB_IN_ONE_GB.fits(3, 100));
        assertTrue(FOUR_HUNDRED_MB_IN_ONE_GB.fits(16, 2), "16 threads with 2 runs hold 2 runs at once");
        assertEquals(2, FOUR_HUNDRED_MB_IN_ONE_GB.mostThreads());
        assertEquals(1, new ParallelMemory(900 * MB, 1024 * MB).mostThreads(), "one run always goes: validation caps it");
    }

    @Test
    void aRefusalSaysTheEstimateTheThreadsTheHeapAndWhatToDo() {
        assertEquals("--threads 4: 4 runs at once would need about 1.6 GB of memory (about 400 MB each), more than"
                + " this Java's maximum heap of 1.0 GB; use --threads 2 or fewer, or give Java more heap"
                + " (LEADSIM_JAVA_OPTS=-Xmx2g ./leadsim ...); nothing was written",
                FOUR_HUNDRED_MB_IN_ONE_GB.refusal(4, 100));
    }

    @Test
    void theNoteSaysHowManyThreadsAreUsedInsteadAndWhy() {
        assertEquals("using 2 threads, not 8: 8 runs at once would need about 3.1 GB of memory (about 400 MB each),"
                + " more than this Java's maximum heap of 1.0 GB; for more threads give Java more heap"
                + " (LEADSIM_JAVA_OPTS=-Xmx4g ./leadsim ...)", FOUR_HUNDRED_MB_IN_ONE_GB.note(8, 100));
        assertEquals("using 1 thread, not 3: 3 runs at once would need about 2.6 GB of memory (about 900 MB each),"
                + " more than this Java's maximum heap of 1.0 GB; for more threads give Java more heap"
                + " (LEADSIM_JAVA_OPTS=-Xmx3g ./leadsim ...)", new ParallelMemory(900 * MB, 1024 * MB).note(3, 3));
    }
}
