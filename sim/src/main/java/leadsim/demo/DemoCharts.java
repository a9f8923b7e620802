package leadsim.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds and refreshes the XChart figure of a feed, identical in the live panel and in a PNG.
 * Series keep their colour by position, so the same role has the same colour in both runs of a
 * comparison.
 */
final class DemoCharts {
    private static final Color[] PALETTE = {
        new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728),
        new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F)};

    private DemoCharts() {}

    static XYChart create(ChartFeed feed, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(feed.title())
                .xAxisTitle("school day").yAxisTitle(feed.yLabel()).build();
        var st = chart.getStyler();
        st.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        st.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        st.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        st.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        // beside the plot: inside it, the box would hide the first days' lines
        st.setLegendPosition(Styler.LegendPosition.OutsideE);
        st.setLegendBorderColor(Color.WHITE);
        st.setLegendPadding(3);
        st.setLegendBackgroundColor(new Color(255, 255, 255, 200));
        st.setChartBackgroundColor(Color.WHITE);
        st.setPlotBorderVisible(false);
        st.setChartPadding(6);
        st.setSeriesColors(PALETTE);
        st.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        st.setMarkerSize(0);
        st.setXAxisTickMarkSpacingHint(60); // a label every few days, not every day
        st.setXAxisDecimalPattern("#");
        st.setYAxisMin(0.0);
        if (feed.yMax() != null) {
            st.setYAxisMax(feed.yMax());
        }
        return chart;
    }

    /** Puts the feed's current data in the chart (adding series the first time). */
    static void update(XYChart chart, Map<String, double[]> data) {
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
                s.setMarker(SeriesMarkers.NONE);
                s.setLineStyle(new BasicStroke(2f));
            }
        }
        // round axis ends (0 to a round number of days) give round ticks, not one per day
        int days = data.values().stream().mapToInt(v -> v.length).max().orElse(0);
        int round = days <= 50 ? 10 : days <= 100 ? 20 : 50;
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax((double) round * Math.max(1, (int) Math.ceil(days / (double) round)));
        // one series needs no legend box
        chart.getStyler().setLegendVisible(chart.getSeriesMap().size() > 1);
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
