package org.hexmall.adapter.in.web.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart of counts per day laid out for an SVG drawn on the server: one column a day, stacked from the bottom in the
 * order of the series (one colour each), its total written above it, the count axis in round steps, a date under
 * the first, the last and a few days between.
 *
 * @param columns one per day, left to right
 * @param ticks   the count axis, from zero up
 * @param dates   the dates written under the columns
 * @param legend  the series, in stacking order
 * @param total   all the days' counts together
 * @param most    the column with the largest total, the first of them on a tie
 */
public record DayBarChart(List<Column> columns, List<Tick> ticks, List<DateLabel> dates, List<Series> legend,
                          long total, Column most) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 56;
    static final int RIGHT = 16;
    static final int TOP = 24;
    static final int BOTTOM = 40;
    private static final int TICK_STEPS = 4;
    private static final int MOST_DATE_LABELS = 7;

    /**
     * A series of counts: what it is (a message key) and how it is drawn.
     *
     * @param values one per day, in the order of the days
     */
    public record Series(String labelKey, String colour, List<Long> values) {

        public Series {
            values = List.copyOf(values);
        }
    }

    /** One day's column: its total above it and its series' segments, bottom first. */
    public record Column(String day, long total, int x, int width, int totalY, List<Segment> segments) {

        public int middle() {
            return x + width / 2;
        }
    }

    /** One series' share of a day's column. */
    public record Segment(String labelKey, String colour, long value, int y, int height) {
    }

    /** A line across the chart at a count, with the count written at its left. */
    public record Tick(int y, long label) {
    }

    /** A date written under its day's column. */
    public record DateLabel(int x, String label) {
    }

    /** The chart of these days (labels such as "2026-11-09") and series; every series has a value per day. */
    static DayBarChart of(List<String> days, List<Series> series) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        long[] totals = new long[days.size()];
        for (Series one : series) {
            for (int day = 0; day < days.size(); day++) {
                totals[day] += one.values().get(day);
            }
        }
        long largest = 0;
        for (long dayTotal : totals) {
            largest = Math.max(largest, dayTotal);
        }
        long top = roundTop(largest);
        double slot = (double) plotWidth / days.size();
        int columnWidth = Math.max(1, (int) Math.floor(slot * 0.7));
        int labelEvery = Math.max(1, (int) Math.ceil((double) days.size() / MOST_DATE_LABELS));
        List<Column> columns = new ArrayList<>();
        List<DateLabel> dates = new ArrayList<>();
        long total = 0;
        Column most = null;
        for (int day = 0; day < days.size(); day++) {
            int x = LEFT + (int) Math.round(day * slot + (slot - columnWidth) / 2);
            List<Segment> segments = new ArrayList<>();
            long below = 0;
            for (Series one : series) {
                long value = one.values().get(day);
                if (value > 0) {
                    int bottom = baseline - scaled(below, top, plotHeight);
                    int upTo = baseline - scaled(below + value, top, plotHeight);
                    segments.add(new Segment(one.labelKey(), one.colour(), value, upTo, bottom - upTo));
                }
                below += value;
            }
            Column column = new Column(days.get(day), totals[day], x, columnWidth,
                    baseline - scaled(totals[day], top, plotHeight) - 4, segments);
            columns.add(column);
            total += totals[day];
            if (most == null || totals[day] > most.total()) {
                most = column;
            }
            if (day % labelEvery == 0 || day == days.size() - 1) {
                dates.add(new DateLabel(column.middle(), days.get(day)));
            }
        }
        if (dates.size() > 1 && dates.getLast().x() - dates.get(dates.size() - 2).x() < 80) {
            // The last date would overlap the one before it: the last is the one a reader needs.
            dates.remove(dates.size() - 2);
        }
        List<Tick> ticks = new ArrayList<>();
        for (int step = 0; step <= TICK_STEPS; step++) {
            long count = top * step / TICK_STEPS;
            ticks.add(new Tick(baseline - scaled(count, top, plotHeight), count));
        }
        List<Series> legend = series.stream().map(one -> new Series(one.labelKey(), one.colour(), List.of())).toList();
        return new DayBarChart(columns, ticks, dates, legend, total, most);
    }

    public String firstDay() {
        return columns.getFirst().day();
    }

    public String lastDay() {
        return columns.getLast().day();
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    private static int scaled(long value, long top, int plotHeight) {
        return (int) Math.round((double) value * plotHeight / top);
    }

    /** The top of the count axis: the least round count (1, 2 or 5 times a power of ten, four steps) at or above it. */
    private static long roundTop(long largest) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (step * factor * TICK_STEPS >= largest) {
                    return step * factor * TICK_STEPS;
                }
            }
            step *= 10;
        }
    }
}
