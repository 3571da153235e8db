package capsim.cli;

import capsim.model.CommunityModel;
import capsim.model.Seeds;
import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * {@code capsim bench}: the model's speed in person-weeks a second on one thread, beside a plain
 * array loop over the same people (the floor: what a loop that only touches each person's needs
 * costs), measured in the same run so the ratio means something on any machine. Both are timed in
 * the thread's CPU time, in several blocks of the same length one after another: a shared or
 * virtual machine slows some blocks (a trivial loop's speed was seen to swing fourfold), so the
 * best block is the estimate of what the code costs, and the median is printed beside it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure model speed (person-weeks/s, one thread) against a plain array loop over the same people.")
public final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--scenario", defaultValue = "baseline-deficit", description = "Scenario to time (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--populations", split = ",", defaultValue = "50000,250000", description = "Populations to time (default: ${DEFAULT-VALUE}).")
    List<Integer> populations;

    @Option(names = "--weeks", defaultValue = "52", description = "Weeks timed after warm-up (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--repeats", defaultValue = "5", description = "Timed blocks of --weeks weeks, one after another (default: ${DEFAULT-VALUE}); the best and the median are printed.")
    int repeats;

    @Option(names = "--warmup", defaultValue = "26", description = "Weeks run before timing, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long now() { return THREADS.getCurrentThreadCpuTime(); }

    @Option(names = "--processes", description = "Also print the share of model time, and milliseconds a week, in each weekly process.")
    boolean processes;

    @Override
    public Integer call() {
        if (weeks < 1 || warmup < 0 || repeats < 1)
            throw new BadInputException("--weeks and --repeats must be at least 1 and --warmup at least 0");
        for (int n : populations) if (n < 100) throw new BadInputException("--populations: each must be at least 100, got " + n);
        Scenario base = ScenarioLoader.load(scenario);
        System.out.printf(Locale.ROOT, "%-10s %16s %16s %16s %8s%n", "people", "model pw/s", "(median)", "array loop pw/s", "ratio");
        System.out.flush();
        for (int n : populations) {
            double[] model = model(base.withPopulation(n).withBurnInYears(0), n);
            double[] floor = floor(n);
            System.out.printf(Locale.ROOT, "%-10d %16.3e %16.3e %16.3e %8.3f%n", n, max(model), median(model), max(floor), max(model) / max(floor));
        }
        System.out.printf(Locale.ROOT, "best of %d blocks of %d weeks (model) and of the array loop; ratio = best model / best array loop%n", repeats, weeks);
        System.out.println("(1.0 would mean the model costs no more than touching each person's needs once a week)");
        return 0;
    }

    private static double max(double[] x) { return java.util.Arrays.stream(x).max().orElse(0); }

    private static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Person-weeks a second in each timed block. */
    private double[] model(Scenario s, int n) {
        CommunityModel m = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        m.setProfiling(processes);
        m.start();
        for (int w = 0; w < warmup; w++) m.schedule.step(m);
        long[] before = m.processNanos();
        double[] rates = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = now();
            for (int w = 0; w < weeks; w++) m.schedule.step(m);
            rates[r] = (double) m.population().count() * weeks / ((now() - t0) / 1e9);
        }
        m.finish();
        if (processes) {
            long[] after = m.processNanos();
            long sum = 0;
            for (int k = 0; k < after.length; k++) sum += after[k] - before[k];
            StringBuilder b = new StringBuilder("  time by process:");
            for (int k = 0; k < after.length; k++)
                b.append(String.format(Locale.ROOT, " %s %.0f%% (%.2f ms/week)", CommunityModel.PROCESSES[k],
                        100.0 * (after[k] - before[k]) / sum, (after[k] - before[k]) / 1e6 / weeks / repeats));
            System.out.println(b);
        }
        return rates;
    }

    /** The floor: per person per week, a counter-based draw and an update of four needs. */
    private double[] floor(int n) {
        double[][] need = new double[4][n];
        long seed = Seeds.mix(42);
        double sink = 0;
        for (int w = 0; w < warmup + weeks; w++) {
            long t = w;
            for (int i = 0; i < n; i++) {
                double u = (Seeds.mix(seed ^ (t * 0x9E3779B97F4A7C15L + i)) >>> 11) * 0x1.0p-53;
                for (int d = 0; d < 4; d++) need[d][i] = need[d][i] * 0.99 + (u < 0.01 ? 0.3 : 0);
            }
        }
        double[] rates = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long t0 = now();
            for (int w = 0; w < weeks; w++) {
                long t = w + 1_000_000L * (r + 1);
                for (int i = 0; i < n; i++) {
                    double u = (Seeds.mix(seed ^ (t * 0x9E3779B97F4A7C15L + i)) >>> 11) * 0x1.0p-53;
                    for (int d = 0; d < 4; d++) need[d][i] = need[d][i] * 0.99 + (u < 0.01 ? 0.3 : 0);
                }
            }
            rates[r] = (double) n * weeks / ((now() - t0) / 1e9);
        }
        for (int i = 0; i < n; i++) sink += need[0][i];
        if (sink < 0) System.out.println(sink);  // keeps the loop from being optimised away
        return rates;
    }
}
