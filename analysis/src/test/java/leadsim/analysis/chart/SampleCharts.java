package leadsim.analysis.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;

/**
 * Every chart kind built from made-up but plausible data (fixed seeds), shared by the chart tests,
 * the report tests and the gallery used to look at the pictures.
 */
public final class SampleCharts {

  private SampleCharts() {}

  /** Waiting times in three made-up groups with different spreads. */
  public static Map<String, double[]> waitingTimes() {
    Random random = new Random(11);
    Map<String, double[]> groups = new LinkedHashMap<>();
    groups.put("hierarchical", exponential(random, 400, 6.0));
    groups.put("distributed", exponential(random, 400, 3.5));
    groups.put("distributed + coaching", exponential(random, 400, 2.5));
    return groups;
  }

  public static XYChart ecdf() {
    return DistributionChart.ecdf(
        "How long needs waited for a decision", "Waiting time (days)", waitingTimes());
  }

  public static BoxChart boxPlot() {
    return DistributionChart.boxPlot(
        "How long needs waited for a decision", "Waiting time (days)", waitingTimes());
  }

  /** Five rows over 180 columns, with a weekly rhythm and a trend. */
  public static HeatMapChart wideHeatmap() {
    String[] roles = {"principal", "deputy", "department head", "teacher leader", "teacher"};
    int days = 180;
    String[] columns = new String[days];
    for (int d = 0; d < days; d++) {
      columns[d] = Integer.toString(d);
    }
    double[][] values = new double[roles.length][days];
    for (int r = 0; r < roles.length; r++) {
      for (int d = 0; d < days; d++) {
        values[r][d] = (roles.length - r) * 2 + 3 * Math.sin(d / 7.0 * Math.PI) + d / 40.0;
      }
    }
    return HeatmapChart.of(
        "Open tasks by role and day", "Day of the school year", columns, "Role", roles, values,
        "Open tasks (count)");
  }

  public static HeatMapChart sweepHeatmap() {
    double[] team = {2, 4, 6, 8};
    double[] interval = {1, 3, 7, 14, 28};
    double[][] values = new double[interval.length][team.length];
    for (int y = 0; y < interval.length; y++) {
      for (int x = 0; x < team.length; x++) {
        values[y][x] = 0.15 + 0.08 * x - 0.012 * interval[y] + 0.01 * x * y;
      }
    }
    return SweepHeatmap.of(
        "Adoption after one year over the sweep", "Leadership team size (people)", team,
        "Meeting interval (days)", interval, values, "Adoption (share)");
  }

  /** Two logistic adoption curves with bands and a marker at x = 180. */
  public static XYChart bands() {
    int n = 366;
    double[] x = new double[n];
    double[][] mean = new double[2][n];
    double[][] low = new double[2][n];
    double[][] high = new double[2][n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      double a = 0.8 / (1 + Math.exp(-(i - 120) / 30.0));
      double b = (i < 180 ? 0.9 / (1 + Math.exp(-(i - 90) / 25.0)) : 0.0);
      if (i >= 180) {
        double at180 = 0.9 / (1 + Math.exp(-(180 - 90) / 25.0));
        b = at180 * Math.exp(-(i - 180) / 150.0);
      }
      mean[0][i] = a;
      mean[1][i] = b;
      double w = 0.03 + 0.04 * Math.sqrt(i / 365.0);
      low[0][i] = a - w;
      high[0][i] = a + w;
      low[1][i] = b - 1.3 * w;
      high[1][i] = b + 1.3 * w;
    }
    return BandChart.builder("Share of teachers using the practice", "Day", "Teachers using it (share)")
        .series("hierarchical", x, mean[0], low[0], high[0])
        .series("distributed", x, mean[1], low[1], high[1])
        .marker(180, "champion leaves")
        .build();
  }

  /** Two hand-made Kaplan-Meier curves with censoring. */
  public static XYChart survival() {
    return SurvivalChart.builder("How long reforms lasted", "Time since launch (days)",
            "Reforms still running (share)")
        .group("hierarchical",
            new double[] {40, 90, 150, 200, 260, 300},
            new double[] {0.9, 0.8, 0.62, 0.5, 0.35, 0.3},
            new double[] {120, 230, 365},
            new double[] {0.8, 0.5, 0.3})
        .group("distributed",
            new double[] {70, 180, 280},
            new double[] {0.95, 0.85, 0.7},
            new double[] {100, 200, 320, 365},
            new double[] {0.95, 0.85, 0.7, 0.7})
        .build();
  }

  /** Main effects of one factor: means with asymmetric intervals. */
  public static CategoryChart mainEffects() {
    return CategoryBarChart.builder("Main effect of meeting interval", "Meeting interval",
            "Mean waiting time (days)", List.of("daily", "every 3 days", "weekly", "fortnightly"))
        .series("mean", new double[] {2.1, 3.4, 5.0, 7.9}, new double[] {1.8, 3.0, 4.3, 6.9},
            new double[] {2.5, 3.9, 5.9, 9.2})
        .build();
  }

  /** Sobol first- and total-order indices for six factors, one slightly negative. */
  public static CategoryChart sensitivity() {
    List<String> factors = List.of("team size", "meeting interval", "champion tenure",
        "teacher turnover", "trust", "mandate strength");
    return CategoryBarChart.builder("Which factors drive adoption", "Factor",
            "Sobol index (share of variance)", factors)
        .series("first-order", new double[] {0.32, 0.21, 0.12, 0.05, -0.01, 0.02},
            new double[] {0.27, 0.16, 0.07, 0.01, -0.05, -0.02},
            new double[] {0.38, 0.27, 0.18, 0.10, 0.03, 0.06})
        .series("total-order", new double[] {0.41, 0.30, 0.22, 0.09, 0.04, 0.03},
            new double[] {0.35, 0.25, 0.16, 0.05, 0.01, 0.00},
            new double[] {0.48, 0.36, 0.29, 0.14, 0.08, 0.07})
        .build();
  }

  private static double[] exponential(Random random, int n, double mean) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = Math.round(-mean * Math.log(1 - random.nextDouble()) * 10) / 10.0;
    }
    return values;
  }
}
