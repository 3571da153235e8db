package capsim.experiment;

import capsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs R replications of a scenario on T threads. Each replication is single-threaded and
 * seeded from (scenario seed, replication index) alone, so results do not depend on T; they
 * come back in replication order.
 */
public final class Replications {
    private Replications() {}

    public static List<RunResult> run(Scenario scenario, int replications, int threads, IntConsumer progress) {
        return run(r -> scenario, 0, replications, threads, progress);
    }

    /**
     * Replications {@code first .. first + count - 1}, replication r of the scenario {@code scenarioOf(r)}
     * (a parameter draw per replication); seeded from that scenario's seed and r alone, as above.
     */
    public static List<RunResult> run(IntFunction<Scenario> scenarioOf, int first, int count, int threads, IntConsumer progress) {
        if (count < 1) throw new IllegalArgumentException("replications must be at least 1");
        int replications = count;
        IntConsumer p = progress == null ? w -> {} : progress;
        if (threads <= 1 || replications == 1) {
            List<RunResult> out = new ArrayList<>();
            for (int r = first; r < first + count; r++) out.add(Simulation.run(scenarioOf.apply(r), r, p));
            return out;
        }
        IntConsumer shared = w -> { synchronized (p) { p.accept(w); } };
        List<java.util.concurrent.Callable<RunResult>> jobs = new ArrayList<>();
        for (int r = first; r < first + count; r++) {
            final int rep = r;
            jobs.add(() -> Simulation.run(scenarioOf.apply(rep), rep, shared));
        }
        return inOrder(jobs, threads, "capsim-replication");
    }

    /**
     * Runs the jobs on up to {@code threads} daemon threads and returns their results in job
     * order, whatever order they finish in; a job's failure is rethrown as it was.
     */
    public static <T> List<T> inOrder(List<java.util.concurrent.Callable<T>> jobs, int threads, String threadName) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> fs = new ArrayList<>();
            for (java.util.concurrent.Callable<T> job : jobs) fs.add(pool.submit(job));
            List<T> out = new ArrayList<>();
            for (Future<T> f : fs) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
