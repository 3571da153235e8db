package capsim.output;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A progress bar on stderr for long commands, drawn only when stderr is a terminal
 * ({@code System.console() != null}) and silent otherwise, so logs and pipes stay clean.
 * It is an {@link IntConsumer} told how many units (weeks) were just done, so it plugs
 * straight into {@code Replications.run}; it is thread-safe and redraws at most ten times a
 * second. Close it to end the line.
 * <pre>{@code
 * try (Progress p = Progress.onTerminal("run baseline", reps * weeks)) {
 *     results = Replications.run(scenario, reps, threads, p);
 * }}</pre>
 */
public final class Progress implements IntConsumer, AutoCloseable {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream out;
    private final String label;
    private final long total;
    private final long started = System.nanoTime();
    private long done;
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = Math.max(1, total);
    }

    /** A bar on stderr if it is a terminal, otherwise a silent counter. */
    public static Progress onTerminal(String label, long total) {
        return new Progress(System.console() != null ? System.err : null, label, total);
    }

    /** A bar drawn on the given stream (null: silent). */
    public static Progress to(PrintStream out, String label, long total) { return new Progress(out, label, total); }

    @Override public synchronized void accept(int n) {
        done += n;
        if (out == null) return;
        long now = System.nanoTime();
        if (done >= total || !drawn || now - lastDraw >= REDRAW_NANOS) {
            lastDraw = now;
            draw(now);
        }
    }

    public synchronized long done() { return done; }

    public long total() { return total; }

    private void draw(long now) {
        double f = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(f * WIDTH);
        double secs = (now - started) / 1e9;
        // an estimate from the first moments (JIT warm-up, the first week of each run) is wild: wait for 2% or 3 seconds
        String eta = f >= 1 ? String.format(Locale.ROOT, " %s", time(secs))
                : done > 0 && (f >= 0.02 || secs >= 3) ? String.format(Locale.ROOT, " eta %s", time(secs / f - secs)) : " eta ...";
        out.print("\r" + label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", (int) Math.floor(f * 100)) + eta + "   ");
        out.flush();
        drawn = true;
    }

    private static String time(double s) {
        long t = Math.round(s);
        return t >= 60 ? String.format(Locale.ROOT, "%dm%02ds", t / 60, t % 60) : t + "s";
    }

    /** Draws the final state and ends the line, if anything was drawn. */
    @Override public synchronized void close() {
        if (out == null || !drawn) return;
        draw(System.nanoTime());
        out.println();
        out.flush();
    }
}
