package org.hexmall.adapter.in.web.admin;

import java.util.ArrayList;
import java.util.List;
import org.hexmall.adapter.in.web.common.DisplayMoney;
import org.hexmall.application.port.in.promotion.DailySpending;
import org.hexmall.domain.shared.Money;

/**
 * The campaign page's chart of what the campaign spent per day, laid out for an SVG drawn on the server: one bar a
 * day, the amount axis in round steps of yuan, a date under the first, the last and a few days between.
 *
 * @param bars   one per day, left to right
 * @param ticks  the amount axis, from zero up
 * @param dates  the dates written under the bars
 * @param total  what all the days spent together
 * @param most   the largest one day spent, and the first day it did
 */
public record SpendingChart(List<Bar> bars, List<Tick> ticks, List<DateLabel> dates, Money total, DailySpending most) {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 90;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 40;
    private static final int TICK_STEPS = 4;
    private static final int MOST_DATE_LABELS = 6;

    /** One day's bar: where it stands and what it says when pointed at. */
    public record Bar(int x, int y, int width, int height, String day, String spent) {
    }

    /** A line across the chart at an amount, with the amount written at its left. */
    public record Tick(int y, String label) {
    }

    /** A date written under its day's bar. */
    public record DateLabel(int x, String label) {
    }

    /** The chart of these days; null when there are none (before the window opens). */
    static SpendingChart of(List<DailySpending> days) {
        if (days.isEmpty()) {
            return null;
        }
        DisplayMoney money = new DisplayMoney();
        Money total = Money.ZERO;
        DailySpending most = days.getFirst();
        for (DailySpending day : days) {
            total = total.plus(day.spent());
            if (day.spent().isGreaterThan(most.spent())) {
                most = day;
            }
        }
        long top = roundTop(most.spent().fen());
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        double slot = (double) plotWidth / days.size();
        int barWidth = Math.max(1, (int) Math.floor(slot * 0.7));
        List<Bar> bars = new ArrayList<>();
        List<DateLabel> dates = new ArrayList<>();
        int labelEvery = Math.max(1, (int) Math.ceil((double) days.size() / MOST_DATE_LABELS));
        for (int index = 0; index < days.size(); index++) {
            DailySpending day = days.get(index);
            int height = (int) Math.round((double) day.spent().fen() * plotHeight / top);
            int x = LEFT + (int) Math.round(index * slot + (slot - barWidth) / 2);
            bars.add(new Bar(x, baseline - height, barWidth, height, day.day().toString(),
                    money.format(day.spent())));
            if (index % labelEvery == 0 || index == days.size() - 1) {
                dates.add(new DateLabel(x + barWidth / 2, day.day().toString()));
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (int step = 0; step <= TICK_STEPS; step++) {
            long fen = top * step / TICK_STEPS;
            ticks.add(new Tick(baseline - (int) Math.round((double) fen * plotHeight / top),
                    money.format(Money.ofFen(fen))));
        }
        if (dates.size() > 1 && dates.get(dates.size() - 1).x() - dates.get(dates.size() - 2).x() < 80) {
            // The last date would overlap the one before it: the last is the one a reader needs.
            dates.remove(dates.size() - 2);
        }
        return new SpendingChart(bars, ticks, dates, total, most);
    }

    /** The first day, for the chart's description. */
    public String firstDay() {
        return bars.getFirst().day();
    }

    public String lastDay() {
        return bars.getLast().day();
    }

    public int baseline() {
        return HEIGHT - BOTTOM;
    }

    /** The top of the amount axis: the least round amount (1, 2 or 5 times a power of ten yuan) at or above most. */
    private static long roundTop(long mostFen) {
        long step = 100;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (step * factor * TICK_STEPS >= mostFen) {
                    return step * factor * TICK_STEPS;
                }
            }
            step *= 10;
        }
    }
}
