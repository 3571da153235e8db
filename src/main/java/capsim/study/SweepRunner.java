package capsim.study;

import capsim.scenario.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * Runs the missing runs of a sweep shard into its output folder through an engine, resuming
 * whatever a previous, interrupted attempt left (see {@link RunsFile}). A whole sweep, once
 * complete, also gets its per-point summary ({@link PointSummary}).
 */
public final class SweepRunner {
    private SweepRunner() {}

    /** What a call did: runs found already done, runs done now, runs in the shard. */
    public record Outcome(long resumedFrom, long ranNow, long total) {}

    /**
     * @param progress told the runs found done, then 1 for each run written; or null
     */
    public static Outcome run(SweepPlan plan, Path out, Shard shard, SweepEngine engine, IntConsumer progress) throws Exception {
        try (RunsFile file = RunsFile.open(out, plan, shard)) {
            long done = file.done(), total = file.expected();
            if (total - done > Integer.MAX_VALUE - 8) throw new BadInputException(plan.name() + ": too many runs for one process; split it with --shard i/n");
            long[] todo = new long[(int) (total - done)];
            for (int i = 0; i < todo.length; i++) todo[i] = shard.run(done + i);
            if (todo.length == 0) {
                if (shard.count() == 1 && !Files.exists(out.resolve(PointSummary.FILE))) PointSummary.write(out, plan.parameters().size());
                return new Outcome(done, 0, total);
            }
            if (progress != null && done > 0) progress.accept((int) done);
            long[] written = {0};
            engine.run(plan, todo, (run, row) -> {
                file.append(row);
                written[0]++;
                if (progress != null) progress.accept(1);
            });
            if (shard.count() == 1) PointSummary.write(out, plan.parameters().size());
            return new Outcome(done, written[0], total);
        }
    }
}
