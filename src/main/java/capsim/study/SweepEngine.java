package capsim.study;

import java.io.IOException;

/**
 * Runs a list of a sweep's runs and hands their rows to a sink in the order given, whatever
 * order they finish in. Implementations: {@link LocalEngine} (a thread pool) and
 * {@code SparkEngine} (Spark tasks).
 */
public interface SweepEngine extends AutoCloseable {

    @FunctionalInterface
    interface RowSink { void accept(long run, String row) throws IOException; }

    void run(SweepPlan plan, long[] runs, RowSink sink) throws Exception;

    @Override default void close() {}
}
