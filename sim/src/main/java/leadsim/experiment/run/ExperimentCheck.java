package leadsim.experiment.run;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import leadsim.experiment.design.Experiment;
import leadsim.scenario.LoadedScenario;
import leadsim.scenario.RunSize;
import leadsim.scenario.ScenarioException;
import leadsim.scenario.ScenarioProblem;

/**
 * Checks a whole experiment before any run starts: factor paths once, then every design point
 * through full scenario validation. A sweep that would fail at point 900 fails now, with
 * nothing written. The same problem at many points is reported once, naming the first point.
 */
public final class ExperimentCheck {
    /** Enough to see the pattern; the rest are counted. */
    static final int MAX_PROBLEMS = 20;
    /** Warnings kept for the manifest; a large design can repeat one at every point. */
    static final int MAX_WARNINGS = 100;
    /** Run ids index bit sets and arrays. */
    public static final long MAX_RUNS = Integer.MAX_VALUE;

    private ExperimentCheck() {}

    public static CheckedExperiment check(Experiment experiment) throws ScenarioException {
        experiment.checkPaths();
        if (experiment.points() * (double) experiment.replicates() > MAX_RUNS) {
            throw new ScenarioException(new ScenarioProblem(experiment.name(), 0, 0, "",
                    "the design has " + experiment.points() + " points x " + experiment.replicates()
                            + " replicates; at most " + MAX_RUNS + " runs; split it into several sweeps"));
        }
        MessageDigest design = sha256();
        update(design, experiment.kind(), experiment.replicates(), experiment.masterSeed(), experiment.seedRule(),
                experiment.series().patterns(), experiment.factorColumns());
        Map<String, ScenarioProblem> problems = new LinkedHashMap<>();
        int repeated = 0;
        Set<String> warnings = new LinkedHashSet<>();
        long moreWarnings = 0;
        Set<String> metrics = new LinkedHashSet<>();
        Set<String> series = new LinkedHashSet<>();
        Map<List<String>, MetricColumns.Probe> probes = new LinkedHashMap<>();
        double largestRunBytes = 0;
        for (long point = 0; point < experiment.points(); point++) {
            LoadedScenario loaded;
            try {
                loaded = experiment.scenario(point);
            } catch (ScenarioException e) {
                for (ScenarioProblem p : e.problems()) {
                    if (problems.putIfAbsent(p.toString(), atPoint(p, experiment, point)) != null) {
                        repeated++;
                    }
                }
                continue;
            }
            for (ScenarioProblem w : loaded.warnings()) {
                if (warnings.size() < MAX_WARNINGS) {
                    warnings.add(atPoint(w, experiment, point).toString());
                } else {
                    moreWarnings++;
                }
            }
            MetricColumns.Probe probe = probes.computeIfAbsent(structure(loaded), k -> MetricColumns.probe(loaded.scenario()));
            metrics.addAll(probe.metrics());
            series.addAll(probe.series());
            update(design, point, loaded.sha256());
            largestRunBytes = Math.max(largestRunBytes, RunSize.of(loaded.scenario()).memoryBytes());
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(capped(new ArrayList<>(problems.values()), repeated, experiment.name()));
        }
        List<String> unmatched = experiment.series().unmatched(series);
        if (!unmatched.isEmpty()) {
            throw new ScenarioException(experiment.seriesProblem("no series column matches " + String.join(", ", unmatched)
                    + "; available: " + String.join(", ", series)));
        }
        if (moreWarnings > 0) {
            warnings.add(moreWarnings + " more warnings at other design points not listed");
        }
        List<String> kept = experiment.series().select(new ArrayList<>(series));
        update(design, new ArrayList<>(metrics), kept);
        return new CheckedExperiment(experiment, List.copyOf(metrics), kept, HexFormat.of().formatHex(design.digest()),
                List.copyOf(warnings), largestRunBytes);
    }

    /**
     * What decides the metric names: the roles and bodies. Points that share them share a probe,
     * which keeps checking a 10,000-point design cheap. A run whose metrics differ anyway is
     * recorded as failed, never written under the wrong columns.
     */
    private static List<String> structure(LoadedScenario loaded) {
        var s = loaded.scenario();
        List<String> key = new ArrayList<>();
        key.add(String.valueOf(s.roles() == null ? null : s.roles().keySet()));
        key.add(String.valueOf(s.bodies() == null ? null : s.bodies().keySet()));
        key.add(String.valueOf(s.office() == null ? null : s.office().roles() == null ? null : s.office().roles().keySet()));
        key.add(String.valueOf(s.office() == null ? null : s.office().bodies() == null ? null : s.office().bodies().keySet()));
        key.add(String.valueOf(s.schools() == null ? null : s.schools().size()));
        for (leadsim.metrics.Mechanism m : leadsim.metrics.Mechanism.values()) {
            key.add(m.word() + "=" + m.on(s)); // a mechanism switched off leaves its measures out
        }
        // and what else names or adds columns: advisory bodies, unclear authority, district-scope
        // needs, the domains needs are raised in, how expired needs end, how a reform starts
        key.add("advisory=" + (s.advisory() != null && !s.advisory().isEmpty()));
        key.add("unclear=" + (s.culture() != null && s.culture().clarity() != null && s.culture().clarity() < 1));
        java.util.Set<String> scopes = new java.util.TreeSet<>();
        java.util.Set<String> domains = new java.util.TreeSet<>();
        if (s.arrivals() != null) { // none in the Garbage Can mode
            s.arrivals().stream().filter(a -> a.mix() != null).forEach(a -> a.mix().forEach(t -> {
                scopes.add(t.scope());
                domains.add(t.domain());
            }));
        }
        key.add("scopes=" + scopes);
        key.add("domains=" + domains);
        key.add("on_expiry=" + (s.overload() == null ? null : s.overload().onExpiry()));
        key.add("reform_by=" + (s.reform() == null ? null : s.reform().by()) + "," + (s.events() == null ? List.of()
                : s.events().stream().map(e -> e.type() + ":" + e.by()).sorted().toList()));
        return key;
    }

    private static ScenarioProblem atPoint(ScenarioProblem p, Experiment experiment, long point) {
        if (experiment.points() == 1 || experiment.factorColumns().equals(List.of("scenario"))) {
            return p;
        }
        List<String> cells = experiment.factorCells(point);
        List<String> assignments = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            assignments.add(experiment.factorColumns().get(i) + "=" + cells.get(i));
        }
        return new ScenarioProblem(p.file(), p.line(), p.column(), p.keyPath(),
                p.message() + " (at design point " + point + ": " + String.join(", ", assignments) + ")");
    }

    private static List<ScenarioProblem> capped(List<ScenarioProblem> problems, int repeated, String name) {
        List<ScenarioProblem> shown = new ArrayList<>(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
        int hidden = problems.size() - shown.size();
        List<String> notShown = new ArrayList<>();
        if (hidden > 0) {
            notShown.add(hidden + " more problems not shown");
        }
        if (repeated > 0) {
            notShown.add(repeated + " repeats at other design points not shown");
        }
        if (!notShown.isEmpty()) {
            shown.add(new ScenarioProblem(name, 0, 0, "", String.join("; ", notShown)));
        }
        return shown;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private static void update(MessageDigest digest, Object... parts) {
        for (Object part : parts) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }
}
