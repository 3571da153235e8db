package capsim.study;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a sweep's runs on a pool of threads, each run single-threaded. Runs are submitted in
 * order with a bounded look-ahead, and rows are taken in order: a run that finishes early
 * waits (as a completed future) until the runs before it are written, so memory holds at most
 * the look-ahead's rows and the output does not depend on the thread count.
 */
public final class LocalEngine implements SweepEngine {
    private final int threads;

    public LocalEngine(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
    }

    @Override
    public void run(SweepPlan plan, long[] runs, RowSink sink) throws Exception {
        if (threads == 1) {
            for (long r : runs) sink.accept(r, plan.row(r));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, t -> {
            Thread th = new Thread(t, "capsim-sweep");
            th.setDaemon(true);
            return th;
        });
        try {
            int ahead = 4 * threads;
            ArrayDeque<Future<String>> inFlight = new ArrayDeque<>();
            ArrayDeque<Long> ids = new ArrayDeque<>();
            int next = 0;
            while (next < runs.length || !inFlight.isEmpty()) {
                while (inFlight.size() < ahead && next < runs.length) {
                    long r = runs[next++];
                    inFlight.add(pool.submit(() -> plan.row(r)));
                    ids.add(r);
                }
                String row;
                try {
                    row = inFlight.poll().get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception x) throw x;
                    throw e;
                }
                sink.accept(ids.poll(), row);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
