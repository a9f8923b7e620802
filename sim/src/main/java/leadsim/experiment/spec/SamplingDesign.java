package leadsim.experiment.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import leadsim.experiment.design.Factor;
import leadsim.experiment.design.SobolPoints;
import leadsim.experiment.run.ExperimentCheck;
import leadsim.scenario.Problems;

/**
 * A sweep spec's {@code sampling:} checked against its factors: a method, and the size that
 * method takes (points of a Latin hypercube or Sobol sample, base samples of a Saltelli design,
 * trajectories and levels of a Morris design). Which keys are allowed depends on the method, so
 * that check is made here rather than by the shape of {@link SweepSpecFile.Sampling}.
 */
final class SamplingDesign {
    private static final String FORMS = "{method: lhs or sobol, points: N}, {method: saltelli, base_samples: N}"
            + " or {method: morris, trajectories: R}";

    private final SweepSpecFile.Sampling given;
    private final FactorLevels levels;
    private final Problems problems;
    /** Sampled factors. */
    private final int k;

    private SamplingDesign(SweepSpecFile.Sampling given, FactorLevels levels, Problems problems) {
        this.given = given;
        this.levels = levels;
        this.problems = problems;
        this.k = (int) levels.factors().stream().filter(Factor::sampled).count();
    }

    /** The design, or null when every factor is a grid (or a problem was reported). */
    static SweepSpec.Sampling of(SweepSpecFile.Sampling given, FactorLevels levels, Problems problems) {
        return new SamplingDesign(given, levels, problems).check();
    }

    private SweepSpec.Sampling check() {
        if (given == null) {
            if (k > 0) {
                problems.missing("sampling", FORMS + " because a factor has sample:");
            }
            return null;
        }
        String method = given.method();
        if (method != null && !SweepSpec.Sampling.METHODS.contains(method)) {
            problems.add("sampling.method", "unknown value `" + method + "`; allowed: "
                    + String.join(", ", SweepSpec.Sampling.METHODS));
            method = null;
        }
        String kind = method == null ? "" : method;
        keysOf(kind);
        if (given.method() == null) {
            problems.missing("sampling.method", "one of " + String.join(", ", SweepSpec.Sampling.METHODS));
        }
        SweepSpec.Sampling sampling = switch (kind) {
            case "saltelli" -> saltelli();
            case "morris" -> morris();
            default -> points(method);
        };
        if (k == 0) {
            problems.add("sampling", "no factor has sample: {from, to}; remove sampling: or sample a factor");
            return null;
        }
        return sampling;
    }

    /** Keys of another method's design: named with the keys this method takes. */
    private void keysOf(String kind) {
        Map<String, Object> present = new LinkedHashMap<>();
        present.put("method", given.method());
        present.put("points", given.points());
        present.put("base_samples", given.baseSamples());
        present.put("trajectories", given.trajectories());
        present.put("levels", given.levels());
        List<String> allowed = switch (kind) {
            case "saltelli" -> List.of("base_samples", "method");
            case "morris" -> List.of("levels", "method", "trajectories");
            default -> List.of("method", "points");
        };
        present.forEach((key, value) -> {
            if (value != null && !allowed.contains(key)) {
                problems.add("sampling." + key, "unknown key `" + key + "`; allowed here: " + String.join(", ", allowed));
            }
        });
    }

    private SweepSpec.Sampling points(String method) {
        Integer points = given.points();
        if (points == null) {
            problems.missing("sampling.points", "the number of sampled design points, a whole number >= 1");
            return null;
        }
        problems.positiveInt("sampling.points", points);
        return method == null || points < 1 ? null : new SweepSpec.Sampling(method, points);
    }

    /** N base samples of a Saltelli design: N (k + 2) points, every factor sampled. */
    private SweepSpec.Sampling saltelli() {
        int n = atLeastTwo("sampling.base_samples", given.baseSamples(), "the number of base samples N, a whole number"
                + " >= 2 (the design has N (k + 2) points for k factors; powers of two balance it best)");
        boolean whole = everyFactorSampled("saltelli");
        long points = (long) n * (k + 2);
        if (n < 2 || !whole || k == 0 || !fits("sampling.base_samples", "N (k + 2)", points)) {
            return null;
        }
        return new SweepSpec.Sampling("saltelli", (int) points, n, 0, 0);
    }

    /** R trajectories of a Morris design on a p-level grid: R (k + 1) points, every factor sampled. */
    private SweepSpec.Sampling morris() {
        int r = atLeastTwo("sampling.trajectories", given.trajectories(), "the number of trajectories R, a whole number"
                + " >= 2 (the design has R (k + 1) points for k factors; 10 to 50 is customary)");
        int p = SweepSpec.Sampling.MORRIS_LEVELS;
        if (given.levels() != null) {
            p = given.levels();
            if (p < 2) {
                problems.add("sampling.levels", "must be >= 2 (got " + p + ")");
            } else if (p % 2 != 0) {
                problems.add("sampling.levels", "must be even (got " + p + "); 4 is customary");
                p = 0;
            }
        }
        boolean whole = everyFactorSampled("morris");
        long points = (long) r * (k + 1);
        if (r < 2 || p < 2 || !whole || k == 0 || !fits("sampling.trajectories", "R (k + 1)", points)) {
            return null;
        }
        return new SweepSpec.Sampling("morris", (int) points, 0, r, p);
    }

    /** The size, or 0 after reporting it missing or too small. */
    private int atLeastTwo(String at, Integer value, String expected) {
        if (value == null) {
            problems.missing(at, expected);
            return 0;
        }
        if (value < 2) {
            problems.add(at, "must be >= 2 (got " + value + ")");
            return 0;
        }
        return value;
    }

    /** Saltelli and Morris designs are read back row by row, so no grid may be crossed with them. */
    private boolean everyFactorSampled(String method) {
        List<String> grids = new ArrayList<>();
        for (int f = 0; f < levels.factors().size(); f++) {
            if (!levels.factors().get(f).sampled()) {
                grids.add(levels.keys().get(f));
            }
        }
        grids.forEach(at -> problems.add(at, method + " sampling varies every factor; give this one"
                + " sample: {from, to}, or fix its value under set:"));
        return grids.isEmpty();
    }

    private boolean fits(String at, String formula, long points) {
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
}
