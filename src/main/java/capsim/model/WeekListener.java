package capsim.model;

/** Told the week's measures after each week is observed. */
@FunctionalInterface
public interface WeekListener {
    /**
     * @param reportedWeek 1-based week after burn-in, or 0 and below during burn-in
     * @param row the week's measures in {@link Measures#columns()} order; do not keep it, it is reused
     */
    void onWeek(int reportedWeek, double[] row);
}
