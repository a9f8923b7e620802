package leadsim.model.garbagecan;

/**
 * The end-of-period states of one run, periods 0 (nothing has entered) to T. Energies are in
 * ten-thousandths ({@link GarbageCanSetup#UNIT}).
 *
 * <p>{@code needAt[t][p]} is the choice need p was attached to in period t (also in the period
 * that choice solved it), or {@link #NOT_ENTERED}, {@link #LATENT} (active, attached to no
 * choice) or {@link #SOLVED} (solved in an earlier period). {@code deciderAt[t][d]} is the
 * choice decision maker d worked on in period t, or {@link #IDLE}. {@code required[t][c]} and
 * {@code spent[t][c]} are R and S of choice c (frozen once made); {@code entered[c]} and
 * {@code madeAt[c]} are periods (0 = never), {@code style[c]} is null for a choice not made.
 */
public record GarbageCanHistory(GarbageCanSetup setup, int[][] needAt, int[][] deciderAt, long[][] required,
                                long[][] spent, int[] entered, int[] madeAt, Style[] style, int[] solvedAt) {
    public static final int NOT_ENTERED = -1;
    public static final int LATENT = -2;
    public static final int SOLVED = -3;
    public static final int IDLE = -1;

    public int periods() {
        return needAt.length - 1;
    }

    /** Whether choice c is open at the end of period t: entered, and not made by then. */
    public boolean open(int c, int t) {
        return entered[c] > 0 && entered[c] <= t && (madeAt[c] == 0 || madeAt[c] > t);
    }

    /** Whether need p is attached to a choice at the end of period t and not solved in t. */
    public boolean attachedAfter(int p, int t) {
        return needAt[t][p] >= 0 && solvedAt[p] != t;
    }
}
