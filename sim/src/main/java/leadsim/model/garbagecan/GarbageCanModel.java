package leadsim.model.garbagecan;

import java.util.Arrays;

/**
 * The Garbage Can process (Cohen, March and Olsen 1972), one period at a time, in the order of
 * the replication's specification: entry; every open choice's deficit from the end of the
 * previous period; needs, then decision makers, move to the accessible open choice with the
 * smallest deficit (ties to the more important choice), all judged on those deficits, none
 * seeing another's move; energy added; every open choice whose energy covers what its attached
 * needs require is made, and solves them. Integer arithmetic throughout.
 */
public final class GarbageCanModel {
    private GarbageCanModel() {}

    public static GarbageCanHistory run(GarbageCanSetup setup) {
        int periods = setup.periods();
        int choices = setup.choices().size();
        int needs = setup.needs().size();
        int deciders = setup.deciders().size();
        int[][] needAt = new int[periods + 1][needs];
        int[][] deciderAt = new int[periods + 1][deciders];
        long[][] required = new long[periods + 1][choices];
        long[][] spent = new long[periods + 1][choices];
        int[] entered = new int[choices];
        int[] madeAt = new int[choices];
        Style[] style = new Style[choices];
        int[] solvedAt = new int[needs];
        int[] needEntered = new int[needs];
        boolean[] everAttached = new boolean[choices];
        Arrays.fill(needAt[0], GarbageCanHistory.NOT_ENTERED);
        Arrays.fill(deciderAt[0], GarbageCanHistory.IDLE);
        for (int t = 1; t <= periods; t++) {
            enter(setup, t, entered, needEntered);
            long[] deficit = new long[choices];
            boolean[] open = new boolean[choices];
            for (int c = 0; c < choices; c++) {
                open[c] = entered[c] > 0 && madeAt[c] == 0;
                deficit[c] = required[t - 1][c] - spent[t - 1][c];
                required[t][c] = required[t - 1][c];
                spent[t][c] = spent[t - 1][c];
            }
            int[] attached = new int[choices];
            for (int p = 0; p < needs; p++) {
                if (needEntered[p] == 0) {
                    needAt[t][p] = GarbageCanHistory.NOT_ENTERED;
                } else if (solvedAt[p] > 0) {
                    needAt[t][p] = GarbageCanHistory.SOLVED;
                } else {
                    int c = closest(setup.access()[p], open, deficit);
                    needAt[t][p] = c < 0 ? GarbageCanHistory.LATENT : c;
                    if (c >= 0) {
                        attached[c]++;
                    }
                }
            }
            long[] energy = new long[choices];
            for (int d = 0; d < deciders; d++) {
                int c = closest(setup.decision()[d], open, deficit);
                deciderAt[t][d] = c < 0 ? GarbageCanHistory.IDLE : c;
                if (c >= 0) {
                    energy[c] += setup.effective()[d];
                }
            }
            for (int c = 0; c < choices; c++) {
                if (!open[c]) {
                    continue;
                }
                required[t][c] = setup.requirement() * attached[c];
                spent[t][c] = spent[t - 1][c] + energy[c];
                if (required[t][c] <= spent[t][c]) {
                    madeAt[c] = t;
                    style[c] = attached[c] > 0 ? Style.RESOLUTION : everAttached[c] ? Style.FLIGHT : Style.OVERSIGHT;
                }
                everAttached[c] |= attached[c] > 0;
            }
            for (int p = 0; p < needs; p++) {
                int c = needAt[t][p];
                if (c >= 0 && madeAt[c] == t) {
                    solvedAt[p] = t;
                }
            }
        }
        return new GarbageCanHistory(setup, needAt, deciderAt, required, spent, entered, madeAt, style, solvedAt);
    }

    private static void enter(GarbageCanSetup setup, int t, int[] entered, int[] needEntered) {
        int[] choiceOrder = setup.choiceOrder();
        for (int i = (t - 1) * setup.choicesPerPeriod(); i < Math.min(choiceOrder.length, t * setup.choicesPerPeriod()); i++) {
            entered[choiceOrder[i]] = t;
        }
        int[] needOrder = setup.needOrder();
        for (int i = (t - 1) * setup.needsPerPeriod(); i < Math.min(needOrder.length, t * setup.needsPerPeriod()); i++) {
            needEntered[needOrder[i]] = t;
        }
    }

    /** The open choice in {@code allowed} with the smallest deficit, the more important on a tie; -1 if none. */
    private static int closest(boolean[] allowed, boolean[] open, long[] deficit) {
        int best = -1;
        for (int c = 0; c < open.length; c++) {
            if (open[c] && allowed[c] && (best < 0 || deficit[c] < deficit[best])) {
                best = c;
            }
        }
        return best;
    }
}
