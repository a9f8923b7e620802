package leadsim.demo.feed;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import leadsim.demo.DemoRun;
import leadsim.demo.colour.Palette;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds and refreshes the XChart figure of a feed, identical in the live panel and in a PNG.
 * A series keeps its colour by its name (the principal is red in every chart of every run), and
 * compared runs share one y axis per chart ({@link #sharedTop}), so two schools that look alike
 * on screen are alike in numbers. Type sizes follow a base size the caller picks for the room.
 */
public final class DemoCharts {
    /** The series colours, shared with the browser page. */
    private static final Color[] PALETTE = Palette.SERIES;

    private DemoCharts() {}

    /** @param base the type size of tick labels in pixels; titles and axis names are a little larger */
    public static DemoChart create(ChartFeed feed, int width, int height, float base) {
        boolean narrow = width < 40 * base;
        String title = width < 30 * base ? feed.shortTitle() : feed.title();
        DemoChart chart = new DemoChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle("school day");
        chart.setYAxisTitle(feed.yLabel());
        var st = chart.getStyler();
        // the title in one line across the chart: smaller type in a narrow chart rather than cut off
        // (XChart centres it over the plot, whose width is the chart's less the y axis)
        float titleSize = Math.min(base * 1.25f, 1.6f * (width - 4.5f * base) / Math.max(10, title.length()));
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(Math.max(11, titleSize))));
        st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(base * 1.05f)));
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(base)));
        // a little smaller than the ticks in a narrow chart, never below what a room can read
        float legend = base * (width < 40 * base ? (width < 20 * base ? 0.65f : 0.8f) : 0.95f);
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(ChartKey.LEGIBLE, Math.round(legend))));
        // never over the lines: beside the plot when the chart is wide (XChart's own legend); in a
        // narrow one, in rows under the plot, wrapped to the chart's width (a role's queue can be
        // anywhere in the plot, and eight roles' names inside it hid the principal's line)
        st.setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.legendInRows(narrow);
        st.setLegendBorderColor(Color.WHITE);
        st.setLegendPadding(3);
        st.setLegendBackgroundColor(Color.WHITE);
        // a very narrow chart (three a row under compared schools) needs its height for the plot
        // and the legend: its x axis is plainly school days
        st.setXAxisTitleVisible(width >= 20 * base);
        // a y axis's title longer than the plot is tall would be cut at its ends: the chart's
        // title says what the lines are (a short chart under compared schools, "commitment / share")
        double plotHeight = height - 4.2 * base - (width >= 20 * base ? 1.4 * base : 0);
        st.setYAxisTitleVisible(feed.yLabel().length() * 0.58 * base * 1.05 <= plotHeight);
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBorderVisible(false);
        st.setChartPadding(Math.round(base * 0.5f));
        st.setSeriesColors(PALETTE);
        st.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        st.setMarkerSize(0);
        st.setXAxisTickMarkSpacingHint(Math.round(base * 5)); // a label every few days, not every day
        st.setXAxisDecimalPattern("#");
        st.setYAxisMin(0.0);
        if (feed.yMax() != null) {
            st.setYAxisMax(feed.yMax());
        }
        return chart;
    }

    /** "assistant principal (all 2)" as "asst principals (2)", "mean commitment" as "mean": a legend for a narrow chart. */
    static String shortLabel(String series) {
        String count = series.replaceAll("^.*\\(all (\\d+)\\)$", "$1");
        String name = SeriesColours.baseName(series).replace("assistant ", "asst ").replace("leadership team", "leadership")
                .replace("mean commitment", "mean").replace("teacher leader", "t. leader");
        if (count.equals(series)) {
            return name;
        }
        return (name.equals("plc") ? "PLCs" : name + "s") + " (" + count + ")";
    }

    /**
     * Puts the feed's current data in the chart (adding series the first time); {@code top} is
     * the shared top of the y axis, or null to fit this chart's own data.
     */
    public static void update(XYChart chart, Map<String, double[]> data, Double top) {
        Map<String, Color> colours = SeriesColours.of(data.keySet());
        for (Map.Entry<String, double[]> e : data.entrySet()) {
            double[] y = gapless(e.getValue());
            double[] x = new double[y.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = i + 1;
            }
            if (x.length > 2) {
                // the first point drawn at day 0: with evenly spaced x values XChart labels every
                // k-th point (27, 54, 81, ...); uneven ones get ticks at round numbers
                x[0] = 0;
            }
            if (x.length == 0) {
                // XChart cannot draw an empty series: start with a point at day 0
                x = new double[] {0};
                y = new double[] {0};
            }
            if (chart.getSeriesMap().containsKey(e.getKey())) {
                chart.updateXYSeries(e.getKey(), x, y, null);
            } else {
                XYSeries s = chart.addSeries(e.getKey(), x, y);
                if (chart.getWidth() < 30 * chart.getStyler().getAxisTickLabelsFont().getSize()) {
                    s.setLabel(shortLabel(e.getKey())); // a very narrow chart's legend must fit inside it
                }
                s.setMarker(SeriesMarkers.NONE);
                s.setLineStyle(new BasicStroke(2.5f));
                // the rule the browser gets too (SeriesColours): known roles by name, the rest after them
                s.setLineColor(colours.get(e.getKey()));
            }
        }
        // round axis ends (0 to a round number of days) give round ticks, not one per day
        int days = data.values().stream().mapToInt(v -> v.length).max().orElse(0);
        int round = days <= 50 ? 10 : days <= 100 ? 20 : 50;
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax((double) round * Math.max(1, (int) Math.ceil(days / (double) round)));
        if (top != null) {
            chart.getStyler().setYAxisMax(top);
        }
        // one series needs no legend box
        boolean legend = chart.getSeriesMap().size() > 1;
        if (chart instanceof DemoChart demo) {
            demo.legendVisible(legend);
        } else {
            chart.getStyler().setLegendVisible(legend);
        }
    }

    /**
     * One top for the y axis of a feed's chart in every run: the feed's own bound (a share), else
     * the largest value any run has shown so far, rounded up to 1, 2 or 5 times a power of ten.
     */
    public static Double sharedTop(ChartFeed feed, List<DemoRun> runs) {
        if (feed.yMax() != null) {
            return feed.yMax();
        }
        double max = 0;
        for (DemoRun run : runs) {
            if (feed.unavailable(run) != null) {
                continue;
            }
            for (double[] values : feed.series(run).values()) {
                for (double v : values) {
                    if (!Double.isNaN(v)) {
                        max = Math.max(max, v);
                    }
                }
            }
        }
        return niceCeiling(max);
    }

    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= v - 1e-12) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** A day with no decision has no mean latency: carry the last value so the line has no holes. */
    private static double[] gapless(double[] values) {
        double[] out = values.clone();
        double last = 0;
        for (int i = 0; i < out.length; i++) {
            if (Double.isNaN(out[i])) {
                out[i] = last;
            } else {
                last = out[i];
            }
        }
        return out;
    }
}
