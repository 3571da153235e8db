package capsim.study;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a sweep's runs as Apache Spark tasks, one task per run, in batches of a few times the
 * cluster's parallelism; each batch's rows are collected in run order and written before the
 * next starts, so the output is byte-identical to {@link LocalEngine}'s and a killed sweep
 * resumes the same way. The plan travels to executors as a broadcast variable: they need no
 * scenario files. The master comes from spark-submit; without one it is {@code local[T]}.
 */
public final class SparkEngine implements SweepEngine {
    private final JavaSparkContext spark;

    public SparkEngine(int threads) {
        SparkConf conf = new SparkConf().setAppName("capsim-sweep")
                .setIfMissing("spark.master", "local[" + threads + "]")
                .setIfMissing("spark.ui.enabled", "false");
        if (conf.get("spark.master").startsWith("local")) {
            // everything is in this JVM: listen on loopback only, never on the machine's own address
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        spark = new JavaSparkContext(conf);
        spark.setLogLevel("WARN");
    }

    @Override
    public void run(SweepPlan plan, long[] runs, RowSink sink) throws Exception {
        Broadcast<SweepPlan> shared = spark.broadcast(plan);
        try {
            int batch = Math.max(1, spark.defaultParallelism()) * 4;
            for (int from = 0; from < runs.length; from += batch) {
                List<Long> ids = new ArrayList<>();
                for (int i = from; i < Math.min(runs.length, from + batch); i++) ids.add(runs[i]);
                List<String> rows = spark.parallelize(ids, ids.size()).map(r -> shared.value().row(r)).collect();
                for (int i = 0; i < ids.size(); i++) sink.accept(ids.get(i), rows.get(i));
            }
        } finally {
            shared.destroy();
        }
    }

    @Override public void close() { spark.stop(); }
}
