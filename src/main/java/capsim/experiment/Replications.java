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

    /** Both arms' replications, in replication order. */
    public record Pairs(List<RunResult> baseline, List<RunResult> scenario) {}

    /**
     * Paired replications {@code 0 .. count - 1}: replication r of {@code baselineOf(r)} and of
     * {@code scenarioOf(r)}, one job a pair ({@link Simulation#runPair}: a shared burn-in where the
     * arms allow it), each pair seeded from (its scenario's seed, r) alone, so results do not depend
     * on the threads.
     */
    public static Pairs runPairs(IntFunction<Scenario> baselineOf, IntFunction<Scenario> scenarioOf, int count, int threads,
                                 IntConsumer progress) {
        if (count < 1) throw new IllegalArgumentException("replications must be at least 1");
        IntConsumer p = progress == null ? w -> {} : progress;
        IntConsumer shared = threads <= 1 ? p : w -> { synchronized (p) { p.accept(w); } };
        List<java.util.concurrent.Callable<RunResult[]>> jobs = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            final int rep = r;
            jobs.add(() -> Simulation.runPair(baselineOf.apply(rep), scenarioOf.apply(rep), rep, shared));
        }
        List<RunResult[]> done;
        if (threads <= 1 || count == 1) {
            done = new ArrayList<>();
            try {
                for (java.util.concurrent.Callable<RunResult[]> j : jobs) done.add(j.call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        } else done = inOrder(jobs, threads, "capsim-replication");
        List<RunResult> b = new ArrayList<>(), s = new ArrayList<>();
        for (RunResult[] pair : done) { b.add(pair[0]); s.add(pair[1]); }
        return new Pairs(List.copyOf(b), List.copyOf(s));
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
