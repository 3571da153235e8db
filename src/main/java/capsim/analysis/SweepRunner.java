package capsim.analysis;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Runs the missing runs of a sweep shard into its output folder through an engine, resuming
 * whatever a previous, interrupted attempt left (see {@link RunsFile}).
 */
public final class SweepRunner {
    private SweepRunner() {}

    /** What a call did: runs found already done, runs done now, runs in the shard. */
    public record Outcome(long resumedFrom, long ranNow, long total) {}

    public static Outcome run(SweepPlan plan, Path out, Shard shard, SweepEngine engine, PrintStream progress) throws Exception {
        try (RunsFile file = RunsFile.open(out, plan, shard)) {
            long done = file.done(), total = file.expected();
            long[] todo = new long[(int) (total - done)];
            for (int i = 0; i < todo.length; i++) todo[i] = shard.run(done + i);
            if (todo.length == 0) return new Outcome(done, 0, total);
            long start = System.nanoTime();
            long[] written = {0};
            engine.run(plan, todo, (run, row) -> {
                file.append(row);
                written[0]++;
                if (progress != null) report(progress, plan.name(), done + written[0], total, written[0], start);
            });
            if (progress != null) progress.println();
            return new Outcome(done, written[0], total);
        }
    }

    private static void report(PrintStream p, String name, long done, long total, long now, long start) {
        double sec = (System.nanoTime() - start) / 1e9;
        double eta = sec / now * (total - done);
        p.printf(Locale.ROOT, "\r%s: %d/%d runs (%.0f%%), %.0fs elapsed, about %.0fs left   ", name, done, total,
                100.0 * done / total, sec, eta);
        p.flush();
    }
}
