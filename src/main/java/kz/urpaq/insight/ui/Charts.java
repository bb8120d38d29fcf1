package kz.urpaq.insight.ui;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

/**
 * The dashboard's charts as SVG text, drawn on the server: no script, no Node build, nothing for
 * the Content-Security-Policy to refuse (decision 027). Colours come from classes styled in
 * {@code urpaq.css}; every chart is {@code role="img"} with a title, and its numbers are in the
 * table beside it.
 */
final class Charts {

    static final int WIDTH = 420;
    private static final int ROW = 40;
    private static final int LABEL_GAP = 16;
    private static final int PAD = 8;

    private Charts() {
    }

    /** One bar: its label, its value, and an extra class (an outlier, say). */
    record Bar(String label, long value, String valueText, @Nullable String cssClass) {

        Bar(String label, long value) {
            this(label, value, Long.toString(value), null);
        }
    }

    /** Horizontal bars, each label on its own line above its bar, so long Kazakh names need no room beside it. */
    static String bars(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int height = PAD * 2 + bars.size() * ROW;
        var svg = open(title, height);
        int barWidth = WIDTH - 2 * PAD - 60;
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            int y = PAD + i * ROW;
            long width = Math.round((double) bar.value() * barWidth / max);
            svg.append(text(PAD, y + 12, "chart-label", bar.label()));
            svg.append("<rect class=\"chart-bar").append(bar.cssClass() == null ? "" : " " + bar.cssClass()) // i18n-exempt: SVG markup
                    .append("\" x=\"").append(PAD).append("\" y=\"").append(y + LABEL_GAP).append("\" width=\"")
                    .append(Math.max(width, bar.value() > 0 ? 2 : 0)).append("\" height=\"16\" rx=\"2\"/>");
            svg.append(text(PAD + width + 6, y + LABEL_GAP + 13, "chart-value", bar.valueText()));
        }
        return svg.append("</svg>").toString();
    }

    /** A series of points for {@link #lines}: x in days from the deadline, y a running total. */
    record Series(String name, String cssClass, List<long[]> points) {
    }

    /**
     * Running totals against days from the deadline's day (0), the deadline marked by a vertical
     * line; the first series solid, the others dashed by their class.
     */
    static String lines(String title, String deadlineText, List<Series> series) {
        long minX = Math.min(0, series.stream().flatMap(s -> s.points().stream()).mapToLong(p -> p[0]).min().orElse(0));
        long maxX = Math.max(0, series.stream().flatMap(s -> s.points().stream()).mapToLong(p -> p[0]).max().orElse(0));
        long maxY = Math.max(1, series.stream().flatMap(s -> s.points().stream()).mapToLong(p -> p[1]).max().orElse(1));
        int height = 260 + 20 * series.size();
        int left = 40;
        int right = WIDTH - 16;
        int top = 16;
        int bottom = 216;
        var svg = open(title, height);
        var xSpan = Math.max(1, maxX - minX);
        java.util.function.LongToDoubleFunction x = value -> left + (double) (value - minX) * (right - left) / xSpan;
        java.util.function.LongToDoubleFunction y = value -> bottom - (double) value * (bottom - top) / maxY;
        for (int tick = 0; tick <= 4; tick++) {
            long value = Math.round((double) maxY * tick / 4);
            double at = y.applyAsDouble(value);
            svg.append("<line class=\"chart-grid\" x1=\"").append(left).append("\" x2=\"").append(right) // i18n-exempt: SVG markup
                    .append("\" y1=\"").append(f(at)).append("\" y2=\"").append(f(at)).append("\"/>");
            svg.append(text(left - 6, at + 4, "chart-axis chart-end", Long.toString(value))); // i18n-exempt: SVG markup
        }
        long step = xSpan > 56 ? 21 : xSpan > 28 ? 14 : 7;
        for (long day = 0; day >= minX; day -= step) {
            svg.append(text(x.applyAsDouble(day), bottom + 18, "chart-axis chart-middle", day == 0 ? "0" : "−" + -day)); // i18n-exempt: SVG markup
        }
        double deadline = x.applyAsDouble(0);
        svg.append("<line class=\"chart-deadline\" x1=\"").append(f(deadline)).append("\" x2=\"").append(f(deadline)) // i18n-exempt: SVG markup
                .append("\" y1=\"").append(top).append("\" y2=\"").append(bottom).append("\"/>");
        svg.append(text(deadline - 4, bottom - 6, "chart-axis chart-end", deadlineText)); // i18n-exempt: SVG markup
        int legend = bottom + 44;
        for (int i = 0; i < series.size(); i++) {
            var s = series.get(i);
            var path = new StringBuilder();
            for (var point : s.points()) {
                path.append(path.isEmpty() ? "M" : " L").append(f(x.applyAsDouble(point[0]))).append(' ')
                        .append(f(y.applyAsDouble(point[1])));
            }
            if (!path.isEmpty()) {
                svg.append("<path class=\"chart-line ").append(s.cssClass()).append("\" d=\"").append(path).append("\"/>"); // i18n-exempt: SVG markup
            }
            int lx = left;
            int ly = legend + i * 20;
            svg.append("<line class=\"chart-line ").append(s.cssClass()).append("\" x1=\"").append(lx).append("\" x2=\"") // i18n-exempt: SVG markup
                    .append(lx + 24).append("\" y1=\"").append(ly - 4).append("\" y2=\"").append(ly - 4).append("\"/>");
            svg.append(text(lx + 30, ly, "chart-label", s.name()));
        }
        return svg.append("</svg>").toString();
    }

    /** A juror of {@link #severity}: mean and spread on the 0–100 scale. */
    record Dot(String label, double mean, double spread, boolean outlier) {
    }

    /**
     * Each juror's mean total as a dot with a whisker of ± their spread, on 0–100, beside the
     * panel's mean (a vertical line); outliers drawn in their own class and named so in text.
     */
    static String severity(String title, List<Dot> dots, double panelMean, String panelText, String outlierText) {
        int height = PAD * 2 + 28 + dots.size() * ROW + 20;
        var svg = open(title, height);
        int left = PAD;
        int right = WIDTH - PAD;
        java.util.function.DoubleUnaryOperator x = value -> left + Math.max(0, Math.min(100, value)) * (right - left) / 100;
        int top = PAD + 28;
        int axis = height - PAD - 14;
        for (int tick = 0; tick <= 100; tick += 25) {
            var at = x.applyAsDouble(tick);
            svg.append("<line class=\"chart-grid\" x1=\"").append(f(at)).append("\" x2=\"").append(f(at)) // i18n-exempt: SVG markup
                    .append("\" y1=\"").append(top - 6).append("\" y2=\"").append(axis - 10).append("\"/>");
            svg.append(text(Math.min(Math.max(at, left + 8), right - 12), axis + 8, "chart-axis chart-middle", Integer.toString(tick))); // i18n-exempt: SVG markup
        }
        double mean = x.applyAsDouble(panelMean);
        svg.append("<line class=\"chart-deadline\" x1=\"").append(f(mean)).append("\" x2=\"").append(f(mean)) // i18n-exempt: SVG markup
                .append("\" y1=\"").append(top - 6).append("\" y2=\"").append(axis - 10).append("\"/>");
        svg.append(text(mean, PAD + 12, "chart-axis chart-middle", panelText)); // i18n-exempt: SVG markup
        for (int i = 0; i < dots.size(); i++) {
            var dot = dots.get(i);
            int y = top + i * ROW;
            svg.append(text(left, y + 12, "chart-label", dot.outlier() ? dot.label() + " — " + outlierText : dot.label()));
            var cy = y + LABEL_GAP + 8;
            svg.append("<line class=\"chart-whisker\" x1=\"").append(f(x.applyAsDouble(dot.mean() - dot.spread()))) // i18n-exempt: SVG markup
                    .append("\" x2=\"").append(f(x.applyAsDouble(dot.mean() + dot.spread()))).append("\" y1=\"")
                    .append(cy).append("\" y2=\"").append(cy).append("\"/>");
            svg.append("<circle class=\"chart-dot").append(dot.outlier() ? " chart-outlier" : "").append("\" cx=\"") // i18n-exempt: SVG markup
                    .append(f(x.applyAsDouble(dot.mean()))).append("\" cy=\"").append(cy).append("\" r=\"6\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ") // i18n-exempt: SVG markup
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">") // i18n-exempt: SVG markup
                .append("<title>").append(escape(title)).append("</title>");
    }

    private static String text(double x, double y, String cssClass, String text) {
        return "<text class=\"" + cssClass + "\" x=\"" + f(x) + "\" y=\"" + f(y) + "\">" + escape(text) + "</text>"; // i18n-exempt: SVG markup
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
