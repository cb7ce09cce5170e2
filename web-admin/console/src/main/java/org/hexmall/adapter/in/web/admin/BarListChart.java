package org.hexmall.adapter.in.web.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart of one figure per row laid out for an SVG drawn on the server: a horizontal bar a row, its name at its left
 * and its figure, as the table beside the chart writes it, at its end. Bars are as long as their value is large,
 * against the largest value or against {@code scale} when one is given (a rate against 100%).
 *
 * @param rows   top to bottom
 * @param height of the whole chart
 */
public record BarListChart(List<Row> rows, int height) {

    static final int WIDTH = 640;
    static final int LABEL_END = 236;
    static final int BAR_START = 244;
    static final int BAR_SPACE = 320;
    static final int ROW_HEIGHT = 28;
    static final int BAR_HEIGHT = 18;
    private static final int PADDING = 8;

    /**
     * One row as given: its name as a message key (and its arguments), its value, how the value is written, and
     * the colour of its bar.
     */
    public record Entry(String labelKey, List<Object> labelArguments, long value, String valueText, String colour) {

        public Entry {
            labelArguments = List.copyOf(labelArguments);
        }

        public static Entry of(String labelKey, long value, String valueText, String colour) {
            return new Entry(labelKey, List.of(), value, valueText, colour);
        }
    }

    /** A row where it is drawn. */
    public record Row(Entry entry, int y, int width) {

        /** Where the text of the row stands: the middle of its bar. */
        public int textY() {
            return y + BAR_HEIGHT / 2;
        }

        public int valueX() {
            return BAR_START + width + 6;
        }
    }

    /** The rows scaled against the largest value. */
    static BarListChart of(List<Entry> entries) {
        return of(entries, entries.stream().mapToLong(Entry::value).max().orElse(0));
    }

    /** The rows scaled against {@code scale}: a value of {@code scale} fills the space for bars. */
    static BarListChart of(List<Entry> entries, long scale) {
        List<Row> rows = new ArrayList<>();
        int y = PADDING;
        for (Entry entry : entries) {
            int width = scale == 0 ? 0 : (int) Math.round((double) Math.min(entry.value(), scale) * BAR_SPACE / scale);
            rows.add(new Row(entry, y, width));
            y += ROW_HEIGHT;
        }
        return new BarListChart(rows, y + PADDING - (ROW_HEIGHT - BAR_HEIGHT));
    }

    public int labelEnd() {
        return LABEL_END;
    }

    public int barStart() {
        return BAR_START;
    }

    public int barHeight() {
        return BAR_HEIGHT;
    }
}
