package capsim.cli;

import capsim.report.SweepCharts;
import capsim.study.SweepMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code capsim sweep-merge --out DIR SHARD_DIR...}: joins shard outputs into one sweep output. */
@Command(name = "sweep-merge", mixinStandardHelpOptions = true,
        description = "Join the output folders of every shard of a sweep into the runs.csv an unsharded run writes.")
public final class SweepMergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "output folders of shards 0/n .. n-1/n, in any order")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "new folder for the merged output")
    Path out;

    @Override public Integer call() throws Exception {
        long n = SweepMerge.merge(shards, out);
        int charts = SweepCharts.write(out);   // as an unsharded sweep draws them, from points.csv
        System.out.println("sweep-merge: " + n + " runs from " + shards.size() + " shards in " + out.resolve("runs.csv")
                + ", " + charts + " charts in " + out.resolve(SweepCharts.DIR));
        return 0;
    }
}
