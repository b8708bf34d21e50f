package org.ehcflow.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ehcflow.reporting.Figures;
import org.ehcflow.reporting.ReportPeriod;
import org.ehcflow.reporting.Reports;

/**
 * The dashboard's charts as server-side SVG geometry: no script and no chart library in the browser. Each chart is an
 * image with a title and a description; the table beside it holds the same numbers for those who cannot see it.
 */
final class ReportCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 300;
    private static final int LEFT = 48;
    private static final int RIGHT = 36;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;

    /** GOV.UK Design System colours: blue, orange, black. */
    static final String BLUE = "#1d70b8";
    static final String ORANGE = "#f47738";
    static final String BLACK = "#0b0c0c";

    record Point(double x, double y, String label) {
    }

    record Series(String name, String colour, boolean dashed, String path, List<Point> points) {
    }

    record Tick(double position, String label) {
    }

    record LineChart(String id, String title, String description, int width, int height, List<Series> series,
                     List<Tick> yTicks, List<Tick> xTicks, double left, double right, double top, double bottom) {
    }

    record Bar(String label, double length, String value, double y) {
    }

    record BarChart(String id, String title, String description, int width, int height, double labelWidth, List<Bar> bars,
                    double barHeight) {
    }

    private ReportCharts() {
    }

    /** The 20-week figure per part of the period, excluding and including exceptions, against England's. */
    static LineChart twentyWeeks(Figures.Figure including, Figures.Figure excluding, String periodInWords) {
        List<Figures.PartFigure> parts = excluding.parts();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double step = parts.size() > 1 ? plotWidth / (parts.size() - 1) : 0;
        double first = parts.size() > 1 ? LEFT : LEFT + plotWidth / 2;
        List<Tick> xTicks = new ArrayList<>();
        int every = Math.max(1, (int) Math.ceil(parts.size() / 6.0));
        for (int i = 0; i < parts.size(); i += every) {
            xTicks.add(new Tick(first + i * step, shortLabel(parts.get(i).period())));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 25) {
            yTicks.add(new Tick(y(BigDecimal.valueOf(percent)), percent + "%"));
        }
        Reports.Benchmark england = Reports.ENGLAND_2024;
        double englandY = y(england.percent());
        List<Series> series = List.of(
                series("Excluding exception cases", BLUE, false, excluding.parts(), first, step),
                series("Including exception cases", ORANGE, false, including.parts(), first, step),
                new Series(england.label() + ": " + england.percent().toPlainString() + "%", BLACK, true,
                        "M" + fmt(LEFT) + " " + fmt(englandY) + " L" + fmt(WIDTH - RIGHT) + " " + fmt(englandY), List.of()));
        String description = "Line chart of the percentage of new EHC plans issued within 20 weeks in each part of "
                + periodInWords + ", excluding and including exception cases, against " + england.label() + " ("
                + england.percent().toPlainString() + "%, excluding exceptions). A part with no plans issued has no point."
                + " The table that follows holds the same figures.";
        return new LineChart("chart-twenty-weeks", "New EHC plans issued within 20 weeks", description, WIDTH, HEIGHT,
                series, yTicks, xTicks, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM);
    }

    private static Series series(String name, String colour, boolean dashed, List<Figures.PartFigure> parts, double first,
                                 double step) {
        StringBuilder path = new StringBuilder();
        List<Point> points = new ArrayList<>();
        boolean drawing = false;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal percent = parts.get(i).percentOnTime();
            if (percent == null) {
                drawing = false;
                continue;
            }
            double x = first + i * step;
            double y = y(percent);
            path.append(drawing ? " L" : (path.isEmpty() ? "M" : " M")).append(fmt(x)).append(' ').append(fmt(y));
            drawing = true;
            points.add(new Point(x, y, ReportPeriod.inWords(parts.get(i).period()) + ": " + percent.toPlainString() + "%"));
        }
        return new Series(name, colour, dashed, path.toString(), points);
    }

    /** Horizontal bars, one per row, scaled to the largest value (or to 100 for percentages). */
    static BarChart bars(String id, String title, String description, List<String> labels, List<BigDecimal> values,
                         boolean percentages) {
        double labelWidth = 290;
        double barHeight = 24;
        double max = percentages ? 100 : values.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal value = values.get(i);
            double length = value == null || max == 0 ? 0 : (WIDTH - labelWidth - 70) * value.doubleValue() / max;
            bars.add(new Bar(labels.get(i), length, value == null ? "No figure"
                    : value.toPlainString() + (percentages ? "%" : ""), TOP + i * (barHeight + 12)));
        }
        return new BarChart(id, title, description, WIDTH, (int) (TOP * 2 + labels.size() * (barHeight + 12)), labelWidth,
                bars, barHeight);
    }

    /** "Jun 2026" under a month's point, "Q2 2026" under a quarter's, the year under a year's. */
    private static String shortLabel(String label) {
        if (label.matches("[0-9]{4}-[0-9]{2}")) {
            return java.time.YearMonth.parse(label).format(java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK));
        }
        return label.matches("[0-9]{4}-Q[1-4]") ? label.substring(5) + " " + label.substring(0, 4) : label;
    }

    private static double y(BigDecimal percent) {
        double plotHeight = HEIGHT - TOP - BOTTOM;
        return TOP + plotHeight * (100 - percent.doubleValue()) / 100;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
