package leadsim.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import leadsim.scenario.LocationIndex;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioFiles;
import leadsim.scenario.ScenarioMapper;
import leadsim.scenario.ScenarioOverride;
import leadsim.scenario.ScenarioProblem;

/**
 * Reads a sweep spec and checks its own shape: known keys, one kind of levels per factor,
 * sensible ranges. Whether the factors' paths and values fit the scenario is checked later,
 * point by point, by {@link ExperimentCheck}. Every problem found is reported, each with the
 * spec's file, line and column.
 */
public final class SweepSpecReader {
    /** Grids beyond this many values per factor are almost surely a typo in {@code step}. */
    static final int MAX_LEVELS = 100_000;
    private static final List<String> TOP_KEYS =
            List.of("name", "description", "scenario", "replicates", "seed", "series", "sampling", "set", "factors");
    private static final List<String> FACTOR_KEYS = List.of("path", "values", "range", "sample");

    private SweepSpecReader() {}

    public static SweepSpec read(Path file) throws ScenarioException {
        String label = file.toString();
        String text = ScenarioFiles.text(file);
        JsonNode tree;
        LocationIndex index;
        try {
            tree = ScenarioMapper.yaml().readTree(text);
            index = LocationIndex.of(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String message = "not valid YAML: " + e.getOriginalMessage();
            throw new ScenarioException(at == null ? new ScenarioProblem(label, 0, 0, "", message)
                    : new ScenarioProblem(label, at.getLineNr(), at.getColumnNr(), "", message));
        } catch (IOException e) {
            throw new ScenarioException(new ScenarioProblem(label, 0, 0, "", "cannot read file: " + e.getMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new ScenarioException(new ScenarioProblem(label, 1, 1, "",
                    "a sweep spec is a map of keys (scenario:, replicates:, factors:, ...)"));
        }
        SpecProblems problems = new SpecProblems(label, index);
        SweepSpec spec = new SweepSpecReader.Reading(tree, file, text, problems).spec();
        problems.throwIfAny();
        return spec;
    }

    /** One reading of one spec; collects problems instead of stopping at the first. */
    private static final class Reading {
        private final JsonNode tree;
        private final Path file;
        private final String text;
        private final SpecProblems problems;
        /** The spec's key of each factor read, e.g. factors[2], in the order of the factors. */
        private final List<String> factorKeys = new ArrayList<>();

        Reading(JsonNode tree, Path file, String text, SpecProblems problems) {
            this.tree = tree;
            this.file = file;
            this.text = text;
            this.problems = problems;
        }

        SweepSpec spec() {
            unknownKeys("", tree, TOP_KEYS);
            String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            if (tree.has("name")) {
                name = text("name", tree.get("name"));
                // the name becomes a directory under results/: nothing that could leave it
                if (name != null && !leadsim.scenario.ScenarioNames.allowed(name)) {
                    problems.add("name", "`" + name + "` cannot be used as a name; allowed: "
                            + leadsim.scenario.ScenarioNames.RULE);
                }
            }
            Path scenario = null;
            if (!tree.hasNonNull("scenario")) {
                problems.missing("scenario", "the base scenario file, relative to this spec, e.g. ../distributed.yaml");
            } else {
                String path = text("scenario", tree.get("scenario"));
                if (path != null) {
                    Path folder = file.toAbsolutePath().getParent();
                    Path resolved = folder.resolve(path).normalize();
                    scenario = relativeToWorkingDirectory(resolved);
                }
            }
            int replicates = tree.has("replicates") ? wholeAtLeast("replicates", tree.get("replicates"), 1, 10) : 10;
            Long seed = null;
            if (tree.has("seed")) {
                JsonNode s = tree.get("seed");
                if (!s.isIntegralNumber()) {
                    problems.add("seed", "expected a whole number (the master seed), got " + s);
                } else if (s.asLong() == 0) {
                    problems.add("seed", "must not be 0; allowed: any other whole number");
                } else {
                    seed = s.asLong();
                }
            }
            SeriesSelection series = series(tree.get("series"));
            List<ScenarioOverride> fixed = fixed(tree.get("set"));
            List<Factor> factors = factors(tree.get("factors"));
            SweepSpec.Sampling sampling = sampling(tree.get("sampling"), factors);
            return new SweepSpec(name, problems.file(), sha256(text), tree, scenario, replicates, seed, series,
                    problems.place("series"), sampling, fixed, factors);
        }

        private SeriesSelection series(JsonNode node) {
            if (node == null || node.isNull() || (node.isTextual() && node.asText().equals("none"))) {
                return SeriesSelection.NONE;
            }
            if (node.isTextual() && node.asText().equals("all")) {
                return SeriesSelection.ALL;
            }
            if (node.isArray() && node.size() > 0) {
                List<String> patterns = new ArrayList<>();
                for (int i = 0; i < node.size(); i++) {
                    String pattern = text("series[" + i + "]", node.get(i));
                    if (pattern != null) {
                        patterns.add(pattern);
                    }
                }
                return new SeriesSelection(patterns);
            }
            problems.add("series", "expected none, all, or a list of series columns (* matches any text),"
                    + " e.g. [latency_mean, queue_*]");
            return SeriesSelection.NONE;
        }

        private List<ScenarioOverride> fixed(JsonNode node) {
            List<ScenarioOverride> fixed = new ArrayList<>();
            if (node == null || node.isNull()) {
                return fixed;
            }
            if (!node.isObject()) {
                problems.add("set", "expected a map of scenario key paths to values, e.g. {horizon.days: 60}");
                return fixed;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                int[] at = problems.place("set." + field.getKey());
                fixed.add(new ScenarioOverride(field.getKey(), field.getValue(), problems.file(), at[0], at[1]));
            }
            return fixed;
        }

        private List<Factor> factors(JsonNode node) {
            List<Factor> factors = new ArrayList<>();
            if (node == null || node.isNull()) {
                return factors;
            }
            if (!node.isArray()) {
                problems.add("factors", "expected a list of factors, e.g. [{path: culture.psychological_safety, values: [0.2, 0.8]}]");
                return factors;
            }
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String at = "factors[" + i + "]";
                JsonNode entry = node.get(i);
                if (!entry.isObject() || entry.isEmpty()) {
                    problems.add(at, "expected a factor {path: ..., values: [...]} (or range: or sample:)");
                    continue;
                }
                String first = at + "." + entry.fieldNames().next();
                unknownKeys(at, entry, FACTOR_KEYS);
                String path = null;
                if (!entry.hasNonNull("path")) {
                    problems.addAt(at + ".path", first, "missing; expected a scenario key path, e.g. culture.psychological_safety");
                } else {
                    path = text(at + ".path", entry.get("path"));
                }
                if (path != null) {
                    for (String earlier : paths) {
                        if (earlier.equals(path) || path.startsWith(earlier + ".") || earlier.startsWith(path + ".")
                                || path.startsWith(earlier + "[") || earlier.startsWith(path + "[")) {
                            problems.add(at + ".path", "overlaps the factor on " + earlier + "; each factor needs its own key");
                        }
                    }
                    paths.add(path);
                }
                List<String> kinds = FACTOR_KEYS.subList(1, FACTOR_KEYS.size()).stream().filter(entry::has).toList();
                if (kinds.size() != 1) {
                    problems.addAt(at, first, "a factor needs exactly one of values:, range: or sample: (got "
                            + (kinds.isEmpty() ? "none" : String.join(", ", kinds)) + ")");
                    continue;
                }
                List<JsonNode> values = null;
                Factor.SampleRange sample = null;
                switch (kinds.get(0)) {
                    case "values" -> values = listed(at + ".values", entry.get("values"));
                    case "range" -> values = range(at + ".range", entry.get("range"));
                    default -> sample = sample(at + ".sample", entry.get("sample"));
                }
                if (path != null && (values != null || sample != null)) {
                    int[] place = problems.place(at + ".path"); // the entry's first key: where users look
                    factors.add(new Factor(path, values, sample, problems.file(), place[0], place[1]));
                    factorKeys.add(at);
                }
            }
            return factors;
        }

        private List<JsonNode> listed(String at, JsonNode node) {
            if (!node.isArray() || node.isEmpty()) {
                problems.add(at, "expected a non-empty list of values, e.g. [0.2, 0.5, 0.8]");
                return null;
            }
            List<JsonNode> values = new ArrayList<>();
            node.forEach(values::add);
            return values;
        }

        /** A grid {from, to, step} or {from, to, count}, counted in decimals so 0.1 steps stay 0.1 steps. */
        private List<JsonNode> range(String at, JsonNode node) {
            if (!node.isObject()) {
                problems.add(at, "expected {from: A, to: B, step: S} or {from: A, to: B, count: N}");
                return null;
            }
            unknownKeys(at, node, List.of("from", "to", "step", "count"));
            BigDecimal from = number(at + ".from", node.get("from"));
            BigDecimal to = number(at + ".to", node.get("to"));
            if (node.has("step") == node.has("count")) {
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
            List<BigDecimal> grid = new ArrayList<>();
            if (node.has("step")) {
                BigDecimal step = number(at + ".step", node.get("step"));
                if (step == null) {
                    return null;
                }
                if (step.signum() <= 0) {
                    problems.add(at + ".step", "must be > 0 (got " + step.toPlainString() + ")");
                    return null;
                }
                if (to.subtract(from).divide(step, MathContext.DECIMAL64).compareTo(BigDecimal.valueOf(MAX_LEVELS)) >= 0) {
                    problems.add(at + ".step", "gives more than " + MAX_LEVELS + " values; use a larger step");
                    return null;
                }
                for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) {
                    grid.add(v);
                }
            } else {
                int count = wholeAtLeast(at + ".count", node.get("count"), 2, 0);
                if (count < 2) {
                    return null;
                }
                if (count > MAX_LEVELS) {
                    problems.add(at + ".count", "must be at most " + MAX_LEVELS);
                    return null;
                }
                BigDecimal step = to.subtract(from).divide(BigDecimal.valueOf(count - 1L), MathContext.DECIMAL64);
                for (int i = 0; i < count - 1; i++) {
                    grid.add(from.add(step.multiply(BigDecimal.valueOf(i))));
                }
                grid.add(to);
            }
            List<JsonNode> values = new ArrayList<>();
            boolean whole = grid.stream().allMatch(v -> v.stripTrailingZeros().scale() <= 0);
            for (BigDecimal v : grid) {
                values.add(whole ? LongNode.valueOf(v.longValueExact()) : DoubleNode.valueOf(v.doubleValue()));
            }
            return values;
        }

        private Factor.SampleRange sample(String at, JsonNode node) {
            if (!node.isObject()) {
                problems.add(at, "expected {from: A, to: B} (and integer: true for whole numbers)");
                return null;
            }
            unknownKeys(at, node, List.of("from", "to", "integer"));
            BigDecimal from = number(at + ".from", node.get("from"));
            BigDecimal to = number(at + ".to", node.get("to"));
            boolean integer = false;
            if (node.has("integer")) {
                if (!node.get("integer").isBoolean()) {
                    problems.add(at + ".integer", "expected true or false");
                } else {
                    integer = node.get("integer").asBoolean();
                }
            }
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

        private SweepSpec.Sampling sampling(JsonNode node, List<Factor> factors) {
            boolean anySampled = factors.stream().anyMatch(Factor::sampled);
            if (node == null || node.isNull()) {
                if (anySampled) {
                    problems.missing("sampling", "{method: lhs or sobol, points: N}, {method: saltelli, base_samples: N} or"
                            + " {method: morris, trajectories: R} because a factor has sample:");
                }
                return null;
            }
            if (!node.isObject()) {
                problems.add("sampling", "expected {method: lhs or sobol, points: N}, {method: saltelli, base_samples: N}"
                        + " or {method: morris, trajectories: R}");
                return null;
            }
            String method = node.hasNonNull("method") ? text("sampling.method", node.get("method")) : null;
            if (method != null && !SweepSpec.Sampling.METHODS.contains(method)) {
                problems.add("sampling.method", "unknown value `" + method + "`; allowed: " + String.join(", ", SweepSpec.Sampling.METHODS));
                method = null;
            }
            String kind = method == null ? "" : method;
            unknownKeys("sampling", node, switch (kind) {
                case "saltelli" -> List.of("method", "base_samples");
                case "morris" -> List.of("method", "trajectories", "levels");
                default -> List.of("method", "points");
            });
            if (method == null && !node.hasNonNull("method")) {
                problems.missing("sampling.method", "one of " + String.join(", ", SweepSpec.Sampling.METHODS));
            }
            int k = (int) factors.stream().filter(Factor::sampled).count();
            SweepSpec.Sampling sampling = switch (kind) {
                case "saltelli" -> saltelli(node, factors, k);
                case "morris" -> morris(node, factors, k);
                default -> {
                    int points = node.has("points") ? wholeAtLeast("sampling.points", node.get("points"), 1, 0) : 0;
                    if (!node.has("points")) {
                        problems.missing("sampling.points", "the number of sampled design points, a whole number >= 1");
                    }
                    yield method == null || points < 1 ? null : new SweepSpec.Sampling(method, points);
                }
            };
            if (!anySampled) {
                problems.add("sampling", "no factor has sample: {from, to}; remove sampling: or sample a factor");
                return null;
            }
            return sampling;
        }

        /** N base samples of a Saltelli design: N (k + 2) points, every factor sampled. */
        private SweepSpec.Sampling saltelli(JsonNode node, List<Factor> factors, int k) {
            int n = 0;
            if (!node.has("base_samples")) {
                problems.missing("sampling.base_samples", "the number of base samples N, a whole number >= 2"
                        + " (the design has N (k + 2) points for k factors; powers of two balance it best)");
            } else {
                n = wholeAtLeast("sampling.base_samples", node.get("base_samples"), 2, 0);
            }
            boolean whole = everyFactorSampled("saltelli", factors);
            long points = (long) n * (k + 2);
            if (n < 2 || !whole || k == 0 || !fits("sampling.base_samples", "N (k + 2)", points, k)) {
                return null;
            }
            return new SweepSpec.Sampling("saltelli", (int) points, n, 0, 0);
        }

        /** R trajectories of a Morris design on a p-level grid: R (k + 1) points, every factor sampled. */
        private SweepSpec.Sampling morris(JsonNode node, List<Factor> factors, int k) {
            int r = 0;
            if (!node.has("trajectories")) {
                problems.missing("sampling.trajectories", "the number of trajectories R, a whole number >= 2"
                        + " (the design has R (k + 1) points for k factors; 10 to 50 is customary)");
            } else {
                r = wholeAtLeast("sampling.trajectories", node.get("trajectories"), 2, 0);
            }
            int levels = SweepSpec.Sampling.MORRIS_LEVELS;
            if (node.has("levels")) {
                JsonNode l = node.get("levels");
                levels = wholeAtLeast("sampling.levels", l, 2, 0);
                if (levels >= 2 && levels % 2 != 0) {
                    problems.add("sampling.levels", "must be even (got " + levels + "); 4 is customary");
                    levels = 0;
                }
            }
            boolean whole = everyFactorSampled("morris", factors);
            long points = (long) r * (k + 1);
            if (r < 2 || levels < 2 || !whole || k == 0 || !fits("sampling.trajectories", "R (k + 1)", points, k)) {
                return null;
            }
            return new SweepSpec.Sampling("morris", (int) points, 0, r, levels);
        }

        /** Saltelli and Morris designs are read back row by row, so no grid may be crossed with them. */
        private boolean everyFactorSampled(String method, List<Factor> factors) {
            boolean all = true;
            for (int f = 0; f < factors.size(); f++) {
                if (!factors.get(f).sampled()) {
                    String at = factorKeys.get(f);
                    problems.addAt(at, at + ".path", method + " sampling varies every factor; give this one"
                            + " sample: {from, to}, or fix its value under set:");
                    all = false;
                }
            }
            return all;
        }

        private boolean fits(String at, String formula, long points, int k) {
            if (k > SobolPoints.MAX_DIMENSIONS / 2) {
                problems.add("factors", "a design for sensitivity indices takes at most " + SobolPoints.MAX_DIMENSIONS / 2
                        + " sampled factors (got " + k + ")");
                return false;
            }
            if (points > ExperimentCheck.MAX_RUNS) {
                problems.add(at, "gives " + formula + " = " + points + " design points; at most " + ExperimentCheck.MAX_RUNS);
                return false;
            }
            return true;
        }

        private void unknownKeys(String at, JsonNode node, List<String> allowed) {
            node.fieldNames().forEachRemaining(key -> {
                if (!allowed.contains(key)) {
                    problems.add(at.isEmpty() ? key : at + "." + key,
                            "unknown key `" + key + "`; allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
                }
            });
        }

        private String text(String at, JsonNode node) {
            if (node == null || !node.isTextual() || node.asText().isBlank()) {
                problems.add(at, "expected non-empty text");
                return null;
            }
            return node.asText();
        }

        private BigDecimal number(String at, JsonNode node) {
            if (node == null || node.isNull()) {
                problems.missing(at, "a number");
                return null;
            }
            if (!node.isNumber()) {
                problems.add(at, "expected a number, got " + node);
                return null;
            }
            return node.decimalValue();
        }

        private int wholeAtLeast(String at, JsonNode node, int min, int fallback) {
            if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
                problems.add(at, "expected a whole number >= " + min + ", got " + node);
                return fallback;
            }
            if (node.asInt() < min) {
                problems.add(at, "must be >= " + min + " (got " + node.asInt() + ")");
                return fallback;
            }
            return node.asInt();
        }
    }

    /** Paths in messages and manifests read best relative to where the command was run. */
    private static Path relativeToWorkingDirectory(Path absolute) {
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
