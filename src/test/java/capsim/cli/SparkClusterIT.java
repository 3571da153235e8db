package capsim.cli;

import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code sweep --engine spark} on a real Spark standalone cluster: a master and a one-core worker
 * on 127.0.0.1, each its own JVM started from {@code target/spark-home} (the Spark jars that
 * maven-dependency-plugin copies there before the integration tests, laid out as in a Spark
 * distribution), and the sweep submitted through {@code SparkSubmit}, the class the
 * {@code spark-submit} script runs, with the packaged jar as the application jar: the executor,
 * a process the worker starts, gets capsim's classes only from that jar. runs.csv and points.csv
 * must be byte-identical to the local engine's, also when the driver is killed mid-sweep and the
 * sweep is started again. The cluster, and any driver still running, is stopped whatever happens
 * (process trees destroyed in {@link #stopAll()}, and by a shutdown hook should the test JVM be
 * stopped first).
 */
class SparkClusterIT {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path JAR = ROOT.resolve("target/capsim.jar");
    static final Path SPARK_HOME = ROOT.resolve("target/spark-home");
    static final long START_TIMEOUT_S = 90, SWEEP_TIMEOUT_S = 180;
    /**
     * Every Spark JVM here is short-lived and mostly loads classes: the client compiler alone and
     * the serial collector about halve their CPU time on this two-core machine. Results do not
     * depend on it (Java floating point is strict), and the comparison with the local engine's
     * JVM, which keeps the defaults, would show it if they did.
     */
    static final List<String> LEAN_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** A paired study, as the research sweeps are; 20 runs, so three batches on a one-core cluster (4 tasks per core, at least 2 cores counted). */
    static final String SWEEP = """
            name: cluster
            baseline: baseline-deficit
            scenario: strengths-based
            population: 1000
            years: 1
            burn_in_years: 0
            seed: 29
            parameters:
              community.assets_per_1000: {range: [0.5, 3]}
              sba.trained_share: {range: [0.5, 1], applies_to: scenario}
            design: sobol
            points: 10
            replications: 2
            outputs:
              total_cost: [sum, per_year]
              unmet_need: mean
              children_looked_after: final
            """;

    @TempDir static Path tmp;
    /** Every process this class started, in order: master, worker, then drivers and local runs. */
    static final List<Process> started = new ArrayList<>();
    static boolean stopping;
    static final Thread stopOnExit = new Thread(SparkClusterIT::stopAll, "stop-spark-cluster");
    static final AtomicInteger submissions = new AtomicInteger();
    static String masterUrl;
    static Path sweep, local;

    @BeforeAll
    static void startClusterAndRunTheLocalEngine() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "mvn package builds " + JAR);
        Path jars = SPARK_HOME.resolve("jars");
        boolean staged;
        try (var files = Files.exists(jars) ? Files.list(jars) : Stream.<Path>empty()) {
            staged = files.anyMatch(f -> f.getFileName().toString().startsWith("spark-core_2.13-"));
        }
        if (!staged) {
            String why = jars + " has no Spark jars: run through `mvn verify` (its pre-integration-test phase copies them)";
            // CI runs mvn verify, so a missing SPARK_HOME there is a build fault, not a reason to skip
            assertNotEquals("true", System.getenv("CI"), why);
            System.err.println("SKIPPED Spark cluster test: " + why);
            Assumptions.abort(why);
        }
        Runtime.getRuntime().addShutdownHook(stopOnExit);

        Process master = start("master", "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", "0", "--webui-port", "0");
        Matcher m = awaitLog(master, "master", Pattern.compile("Starting Spark master at (spark://127\\.0\\.0\\.1:\\d+)"));
        masterUrl = m.group(1);
        awaitLog(master, "master", Pattern.compile("New state: ALIVE"));
        // small: one core and 1 GiB, as the machine is shared; the executor asks for 512 MiB of it
        Process worker = start("worker", "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1", "--memory", "1g",
                "--work-dir", Files.createDirectories(tmp.resolve("worker-work")).toString(), masterUrl);
        awaitLog(worker, "worker", Pattern.compile("Successfully registered with master " + Pattern.quote(masterUrl)));

        sweep = SweepCommandTest.write(tmp, "cluster.yaml", SWEEP);
        local = tmp.resolve("local");
        Run r = capsimJar("sweep", sweep.toString(), "--out", local.toString(), "--engine", "local", "--threads", "1");
        assertEquals(0, r.code(), r.toString());
    }

    @AfterAll
    static void stopAtTheEnd() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException | IllegalArgumentException alreadyExitingOrNeverAdded) {
            // nothing to undo
        }
    }

    @Test
    void aSweepOnTheClusterWritesTheLocalEnginesBytes() throws Exception {
        Path out = tmp.resolve("cluster-once");
        Run r = submit(out).finish("cluster sweep");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("20 runs (ran 20)"), r.toString());
        assertSameFiles(local, out);
        assertTrue(executorLogs().anyMatch(log -> log.contains("Finished task")), "the worker's executor ran the tasks");
    }

    @Test
    void aKilledClusterSweepResumesToTheLocalEnginesBytes() throws Exception {
        Path out = tmp.resolve("cluster-killed");
        Submitted first = submit(out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SWEEP_TIMEOUT_S);
        // kill the driver without warning once rows appear: batches of 8 runs are written at once, so
        // the kill lands while one is being written or while the executor runs the next
        while (rows(out) == 0 && first.process().isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        boolean alive = first.process().isAlive();
        destroyTree(first.process());
        long killedAt = rows(out);
        Run killed = first.finish("killed sweep");
        assertTrue(alive, "the driver was still running when killed\n" + killed);
        assertTrue(killedAt > 0 && killedAt < 20, "killed part-way: " + killedAt + " of 20 rows\n" + killed);
        assertFalse(Files.exists(out.resolve("points.csv")), "points.csv only once the sweep is complete");
        System.out.println("Spark cluster test: driver killed with " + killedAt + " of 20 rows written");

        Run again = submit(out).finish("resumed cluster sweep");
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("resumed after " + killedAt + " runs, ran " + (20 - killedAt)), again.toString());
        assertSameFiles(local, out);
    }

    /** What the executors the worker started wrote to stderr (work-dir/app-id/executor-id/stderr). */
    static Stream<String> executorLogs() throws IOException {
        try (var files = Files.walk(tmp.resolve("worker-work"))) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().equals("stderr")).toList();
            List<String> texts = new ArrayList<>();
            for (Path f : logs) texts.add(Files.readString(f));
            return texts.stream();
        }
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String f : new String[]{"runs.csv", "points.csv"})
            assertEquals(Files.readString(expected.resolve(f), StandardCharsets.UTF_8), Files.readString(actual.resolve(f), StandardCharsets.UTF_8),
                    f + ": the Spark cluster and the local engine differ");
    }

    // ---- processes

    record Run(int code, String out, String err) {
        @Override public String toString() { return "exit " + code + "\n--- stdout\n" + out + "--- stderr (end)\n" + tail(err, 60); }
    }

    record Submitted(Process process, Path out, Path err) {
        /** Waits for the driver to exit (destroying it after the timeout) and reads what it printed. */
        Run finish(String what) throws IOException, InterruptedException {
            if (!process.waitFor(SWEEP_TIMEOUT_S, TimeUnit.SECONDS)) {
                destroyTree(process);
                fail(what + " did not finish within " + SWEEP_TIMEOUT_S + " s\n" + tail(Files.readString(err), 60));
            }
            return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    /** {@code spark-submit --master URL --class capsim.cli.Main target/capsim.jar sweep ... --engine spark}, client mode. */
    static Submitted submit(Path out) throws IOException {
        int n = submissions.incrementAndGet();
        Path stdout = tmp.resolve("driver-" + n + ".out"), stderr = tmp.resolve("driver-" + n + ".log");
        List<String> cmd = java("512m", true, "org.apache.spark.deploy.SparkSubmit", "--master", masterUrl, "--deploy-mode", "client",
                "--conf", "spark.executor.memory=512m", "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", LEAN_JVM),
                "--class", "capsim.cli.Main", JAR.toString(),
                "sweep", sweep.toString(), "--out", out.toString(), "--engine", "spark");
        Process p = track(builder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()));
        return new Submitted(p, stdout, stderr);
    }

    /** A master or worker daemon, its log in the temporary folder. */
    static Process start(String name, String mainClass, String... args) throws IOException {
        return track(builder(java("256m", false, mainClass, args)).redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".log").toFile()));
    }

    /** Starts a process and records it for {@link #stopAll()} before anything can fail; none once stopping. */
    static Process track(ProcessBuilder pb) throws IOException {
        synchronized (started) {
            // the shutdown hook runs beside a test thread that is still going: it must not start another driver
            if (stopping) throw new IllegalStateException("the Spark cluster test is stopping");
            Process p = pb.start();
            started.add(p);
            return p;
        }
    }

    static Matcher awaitLog(Process p, String name, Pattern line) throws IOException, InterruptedException {
        Path log = tmp.resolve(name + ".log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_S);
        while (true) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            Matcher m = line.matcher(text);
            if (m.find()) return m;
            if (!p.isAlive()) fail("Spark " + name + " exited with " + p.exitValue() + " before '" + line + "'\n" + tail(text, 40));
            if (System.nanoTime() > deadline) fail("Spark " + name + ": no '" + line + "' within " + START_TIMEOUT_S + " s\n" + tail(text, 40));
            Thread.sleep(100);
        }
    }

    /**
     * A JVM on SPARK_HOME/jars, as Spark's launcher (bin/spark-class) builds it: the driver gets the
     * module openings Spark needs on Java 17, the daemons none (the worker gives them to executors).
     */
    static List<String> java(String heap, boolean driver, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-Djava.io.tmpdir=" + tmp));
        cmd.addAll(LEAN_JVM);
        if (driver) cmd.addAll(Arrays.asList(JavaModuleOptions.defaultModuleOptions().split(" ")));
        cmd.addAll(List.of("-cp", SPARK_HOME.resolve("jars") + "/*", mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * The environment a Spark distribution's scripts would set: SPARK_HOME (the worker starts
     * executors from its jars), the Scala version (the launcher cannot find it in a folder of jars),
     * and loopback for every address Spark binds, web UIs included.
     */
    static ProcessBuilder builder(List<String> cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("SPARK_") || k.startsWith("PYSPARK_") || k.equals("HADOOP_CONF_DIR"));
        env.put("SPARK_HOME", SPARK_HOME.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_DIRS", Files.createDirectories(tmp.resolve("spark-local")).toString());
        return pb;
    }

    static Run capsimJar(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path stdout = Files.createTempFile(tmp, "capsim", ".out"), stderr = Files.createTempFile(tmp, "capsim", ".err");
        Process p = track(new ProcessBuilder(cmd).directory(tmp.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()));
        if (!p.waitFor(SWEEP_TIMEOUT_S, TimeUnit.SECONDS)) {
            destroyTree(p);
            fail("timed out: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(stdout), Files.readString(stderr));
    }

    /** Destroys a process and everything it started (the worker's executors), and waits for them. */
    static void destroyTree(Process p) {
        List<ProcessHandle> all = new ArrayList<>(p.descendants().toList());
        all.add(p.toHandle());
        for (ProcessHandle h : all) h.destroyForcibly();
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                System.err.println("Spark cluster test: process " + h.pid() + " did not exit within 30 s");
            }
        }
    }

    /** Stops drivers first, then the worker (and its executors), then the master; safe to call twice. */
    static void stopAll() {
        List<Process> ps;
        synchronized (started) {
            stopping = true;
            ps = new ArrayList<>(started);
            started.clear();
        }
        for (int i = ps.size() - 1; i >= 0; i--) destroyTree(ps.get(i));
    }

    /** Complete data rows in runs.csv now (a torn line does not count). */
    static long rows(Path dir) throws IOException {
        Path f = dir.resolve("runs.csv");
        if (!Files.exists(f)) return 0;
        long n = 0;
        for (byte b : Files.readAllBytes(f)) if (b == '\n') n++;
        return Math.max(0, n - 1);
    }

    static String tail(String text, int lines) {
        List<String> l = text.lines().toList();
        return String.join("\n", l.subList(Math.max(0, l.size() - lines), l.size())) + "\n";
    }
}
