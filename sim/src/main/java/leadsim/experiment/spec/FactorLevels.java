package leadsim.experiment.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import leadsim.experiment.design.Factor;
import leadsim.scenario.LocationIndex;
import leadsim.scenario.Problems;

/**
 * A sweep spec's factors with their levels: listed values, a grid expanded from a range (counted
 * in decimals, so 0.1 steps stay 0.1 steps), or the interval a sampled design draws from. Checks
 * that each factor has its own key path and exactly one kind of levels, and that ranges make
 * sense; unknown keys and wrong kinds of value were already reported by the shape check.
 *
 * @param factors the factors read whole, in the spec's order
 * @param keys    each factor's key in the spec, e.g. factors[2], for messages about it
 */
record FactorLevels(List<Factor> factors, List<String> keys) {
    /** Grids beyond this many values per factor are almost surely a typo in {@code step}. */
    static final int MAX_LEVELS = 100_000;
    private static final List<String> KINDS = List.of("values", "range", "sample");

    /**
     * @param entries the factors as bound (null entries where the shape check refused one)
     * @param written the factors as written, to tell a key given with a refused value from one not given
     */
    static FactorLevels of(List<SweepSpecFile.FactorEntry> entries, JsonNode written, String file, LocationIndex index,
                           Problems problems) {
        List<Factor> factors = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        if (entries == null) {
            return new FactorLevels(factors, keys);
        }
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "factors[" + i + "]";
            SweepSpecFile.FactorEntry entry = entries.get(i);
            JsonNode form = written.isArray() ? written.path(i) : written; // one factor may be given without a list
            if (entry == null || !form.isObject() || form.isEmpty()) {
                problems.add(at, "expected a factor {path: ..., values: [...]} (or range: or sample:)");
                continue;
            }
            String path = entry.path();
            if (path == null || path.isBlank()) {
                problems.missing(at + ".path", "a scenario key path, e.g. culture.psychological_safety");
                path = null;
            } else {
                for (String earlier : paths) {
                    if (overlap(earlier, path)) {
                        problems.add(at + ".path", "overlaps the factor on " + earlier + "; each factor needs its own key");
                    }
                }
                paths.add(path);
            }
            List<String> kinds = KINDS.stream().filter(form::has).toList();
            if (kinds.size() != 1) {
                problems.add(at, "a factor needs exactly one of values:, range: or sample: (got "
                        + (kinds.isEmpty() ? "none" : String.join(", ", kinds)) + ")");
                continue;
            }
            List<JsonNode> values = null;
            Factor.SampleRange sample = null;
            switch (kinds.get(0)) {
                case "values" -> values = listed(at + ".values", entry.values(), problems);
                case "range" -> values = grid(at + ".range", entry.range(), problems);
                default -> sample = sample(at + ".sample", entry.sample(), problems);
            }
            if (path != null && (values != null || sample != null)) {
                int[] place = SweepSpecReader.place(index, at + ".path"); // where users look for the factor
                factors.add(new Factor(path, values, sample, file, place[0], place[1]));
                keys.add(at);
            }
        }
        return new FactorLevels(factors, keys);
    }

    /** Two paths of which one is the other or lies inside it: the later factor would undo the earlier. */
    private static boolean overlap(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".") || a.startsWith(b + "[") || b.startsWith(a + "[");
    }

    private static List<JsonNode> listed(String at, List<JsonNode> values, Problems problems) {
        if (values == null) {
            return null; // given, but of the wrong kind: already reported
        }
        if (values.isEmpty()) {
            problems.add(at, "expected a non-empty list of values, e.g. [0.2, 0.5, 0.8]");
            return null;
        }
        return values;
    }

    /** A grid {from, to, step} or {from, to, count}. */
    private static List<JsonNode> grid(String at, SweepSpecFile.Range range, Problems problems) {
        if (range == null) {
            return null;
        }
        BigDecimal from = number(at + ".from", range.from(), problems);
        BigDecimal to = number(at + ".to", range.to(), problems);
        if ((range.step() == null) == (range.count() == null)) {
            problems.add(at, "give exactly one of step: (the spacing) or count: (the number of values)");
            return null;
        }
        if (from == null || to == null) {
            return null;
        }
        if (from.compareTo(to) > 0) {
            problems.add(at + ".to", "must be >= from (" + from.toPlainString() + ")");
            return null;
        }
        List<BigDecimal> grid = range.step() != null ? stepped(at, from, to, range.step(), problems)
                : counted(at, from, to, range.count(), problems);
        if (grid == null) {
            return null;
        }
        boolean whole = grid.stream().allMatch(v -> v.stripTrailingZeros().scale() <= 0);
        List<JsonNode> values = new ArrayList<>();
        for (BigDecimal v : grid) {
            values.add(whole ? LongNode.valueOf(v.longValueExact()) : DoubleNode.valueOf(v.doubleValue()));
        }
        return values;
    }

    private static List<BigDecimal> stepped(String at, BigDecimal from, BigDecimal to, BigDecimal step, Problems problems) {
        if (step.signum() <= 0) {
            problems.add(at + ".step", "must be > 0 (got " + step.toPlainString() + ")");
            return null;
        }
        if (to.subtract(from).divide(step, MathContext.DECIMAL64).compareTo(BigDecimal.valueOf(MAX_LEVELS)) >= 0) {
            problems.add(at + ".step", "gives more than " + MAX_LEVELS + " values; use a larger step");
            return null;
        }
        List<BigDecimal> grid = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
            grid.add(v);
        }
        return grid;
    }

    private static List<BigDecimal> counted(String at, BigDecimal from, BigDecimal to, int count, Problems problems) {
        if (count < 2) {
            problems.add(at + ".count", "must be >= 2 (got " + count + ")");
            return null;
        }
        if (count > MAX_LEVELS) {
            problems.add(at + ".count", "must be at most " + MAX_LEVELS);
            return null;
        }
        BigDecimal step = to.subtract(from).divide(BigDecimal.valueOf(count - 1L), MathContext.DECIMAL64);
        List<BigDecimal> grid = new ArrayList<>();
        for (int i = 0; i < count - 1; i++) {
            grid.add(from.add(step.multiply(BigDecimal.valueOf(i))));
        }
        grid.add(to);
        return grid;
    }

    private static Factor.SampleRange sample(String at, SweepSpecFile.Sample sample, Problems problems) {
        if (sample == null) {
            return null;
        }
        BigDecimal from = number(at + ".from", sample.from(), problems);
        BigDecimal to = number(at + ".to", sample.to(), problems);
        boolean integer = Boolean.TRUE.equals(sample.integer());
        if (from == null || to == null) {
            return null;
        }
        if (from.compareTo(to) >= 0) {
            problems.add(at + ".to", "must be > from (" + from.toPlainString() + ")");
            return null;
        }
        if (integer && (from.stripTrailingZeros().scale() > 0 || to.stripTrailingZeros().scale() > 0)) {
            problems.add(at, "integer: true needs whole numbers for from and to");
            return null;
        }
        return new Factor.SampleRange(from.doubleValue(), to.doubleValue(), integer);
    }

    private static BigDecimal number(String at, BigDecimal value, Problems problems) {
        if (value == null) {
            problems.missing(at, "a number");
        }
        return value;
    }
}
