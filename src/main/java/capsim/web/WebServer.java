package capsim.web;

import capsim.output.JsonWriter;
import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The routes of {@code capsim serve}. {@code GET /} is the page (files from the jar's
 * {@code capsim/webroot} folder only: no class or parameter file is in it); {@code GET /api/scenarios}; {@code POST /api/runs} (202
 * {@code {"id"}}, 400 on bad input, 429 when {@code maxRuns} are already live);
 * {@code GET /api/runs/{id}/events} (server-sent events, one per reported week; the run starts
 * when its stream opens and ends when the stream closes); {@code POST /api/runs/{id}/set}
 * (levers, from the next week); {@code DELETE /api/runs/{id}}. Errors are JSON
 * {@code {"error": message}}.
 */
public final class WebServer implements AutoCloseable {
    /** A run asked for but never streamed gives its place back after this long. */
    static final long UNCLAIMED_SECONDS = 60;

    private final Javalin app;
    private final int maxRuns;
    private final Map<String, LiveRun> runs = new ConcurrentHashMap<>();
    /** Runs that have ended, kept a while for their life stories (a class clicks a person after the run). */
    private final Map<String, LiveRun> ended = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, false) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, LiveRun> e) { return size() > ENDED_KEPT; }
    });
    static final int ENDED_KEPT = 16;
    private final ExecutorService workers;
    /** The commissioner's comparisons, newest last; one runs at a time (it takes every core). */
    private final Map<String, Exploration> comparisons = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, false) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Exploration> e) { return size() > ENDED_KEPT && e.getValue().state() != Exploration.State.RUNNING; }
    });
    private final ExecutorService comparing = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "capsim-compare");
        t.setDaemon(true);
        return t;
    });
    private final Path outputRoot;
    private final String version;

    /** A server whose comparisons go under {@code output/}. */
    public WebServer(int maxRuns) { this(maxRuns, Path.of("output"), "0.1.0-dev"); }

    /** @param outputRoot where the explorer's comparison folders are written; @param version the capsim version, for their manifests */
    public WebServer(int maxRuns, Path outputRoot, String version) {
        this.maxRuns = maxRuns;
        this.outputRoot = outputRoot;
        this.version = version;
        this.workers = Executors.newFixedThreadPool(Math.max(1, maxRuns), r -> {
            Thread t = new Thread(r, "capsim-run");
            t.setDaemon(true);
            return t;
        });
        app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.staticFiles.add(s -> { s.hostedPath = "/"; s.directory = "/capsim/webroot"; s.location = Location.CLASSPATH; });
        });
        app.exception(BadInputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e));
        app.get("/api/scenarios", this::scenarios);
        app.post("/api/runs", this::create);
        app.post("/api/runs/{id}/set", this::set);
        app.post("/api/comparisons", this::compare);
        app.get("/api/comparisons/{id}", ctx -> {
            Exploration e = exploration(ctx);
            if (e != null) ctx.contentType("application/json").result(e.json());
        });
        app.delete("/api/comparisons/{id}", ctx -> {
            Exploration e = exploration(ctx);
            if (e == null) return;
            e.cancel();
            ctx.status(204);
        });
        app.get("/api/comparisons/{id}/files/<path>", this::comparisonFile);
        app.get("/api/runs/{id}/people", ctx -> {
            LiveRun r = known(ctx);
            if (r != null) ctx.contentType("application/json").result(StoryJson.people(r.stories()));
        });
        app.get("/api/runs/{id}/people/{person}", ctx -> {
            LiveRun r = known(ctx);
            if (r == null) return;
            long person;
            try { person = Long.parseLong(ctx.pathParam("person")); } catch (NumberFormatException e) { throw new BadInputException("person: expected a person's id (a whole number), got " + ctx.pathParam("person")); }
            String json = StoryJson.story(r.stories(), r.names(), person);
            if (json == null) error(ctx, 404, "person " + person + " is not followed in run " + r.id + " (GET /api/runs/" + r.id + "/people lists who is)");
            else ctx.contentType("application/json").result(json);
        });
        app.delete("/api/runs/{id}", ctx -> {
            LiveRun r = runs.remove(ctx.pathParam("id"));
            if (r == null) { error(ctx, 404, "no run " + ctx.pathParam("id")); return; }
            r.cancel();
            ctx.status(204);
        });
        app.sse("/api/runs/{id}/events", client -> {
            LiveRun r = runs.get(client.ctx().pathParam("id"));
            if (r == null || r.streaming) {
                client.sendEvent("error", "{\"error\": " + JsonWriter.quoted("no run to stream: " + client.ctx().pathParam("id")) + "}");
                client.close();
                return;
            }
            r.streaming = true;
            client.keepAlive();
            client.onClose(r::cancel);  // a run ends when its page goes away
            try {
                workers.submit(() -> {
                    try {
                        client.sendEvent("start", "{\"arms\": [" + String.join(", ", r.names().stream().map(JsonWriter::quoted).toList()) + "]}");
                        r.run(line -> { if (client.terminated()) r.cancel(); else client.sendEvent("week", line); });
                        if (!r.cancelled()) client.sendEvent("end", "{}");
                    } catch (RuntimeException e) {
                        if (!client.terminated()) client.sendEvent("error", "{\"error\": " + JsonWriter.quoted(String.valueOf(e.getMessage())) + "}");
                    } finally {
                        ended.put(r.id, r);
                        runs.remove(r.id);
                        client.close();
                    }
                });
            } catch (RejectedExecutionException e) {
                runs.remove(r.id);
                client.close();
            }
        });
    }

    public WebServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() { return app.port(); }

    private void scenarios(Context ctx) {
        StringBuilder b = new StringBuilder("[");
        for (String name : ScenarioLoader.shippedNames()) {
            Scenario s = ScenarioLoader.load(name);
            if (b.length() > 1) b.append(", ");
            b.append("{\"name\": ").append(JsonWriter.quoted(name)).append(", \"description\": ").append(JsonWriter.quoted(s.description())).append("}");
        }
        ctx.contentType("application/json").result(b.append("]").toString());
    }

    private void create(Context ctx) {
        RunRequest req = RunRequest.parse(ctx.body());
        reap();
        synchronized (runs) {
            if (runs.size() >= maxRuns) { error(ctx, 429, "already " + maxRuns + " runs live (capsim serve --max-runs): try again when one ends"); return; }
            String id = UUID.randomUUID().toString();
            runs.put(id, new LiveRun(id, req));
            ctx.status(202).contentType("application/json").result("{\"id\": \"" + id + "\"}");
        }
    }

    private void set(Context ctx) {
        LiveRun r = runs.get(ctx.pathParam("id"));
        if (r == null) { error(ctx, 404, "no run " + ctx.pathParam("id")); return; }
        Map<?, ?> m = RunRequest.object(ctx.body(), "an object of lever: value");
        Map<String, Object> levers = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) levers.put(String.valueOf(e.getKey()), e.getValue());
        r.set(levers);
        ctx.status(204);
    }

    private void compare(Context ctx) {
        ExploreRequest req = ExploreRequest.parse(ctx.body());
        synchronized (comparisons) {
            for (Exploration e : comparisons.values())
                if (e.state() == Exploration.State.RUNNING) {
                    error(ctx, 429, "a comparison is already running (" + e.id + "): one at a time, as it takes every core; try again when it ends");
                    return;
                }
            Exploration e = new Exploration(UUID.randomUUID().toString(), req, ctx.body());
            comparisons.put(e.id, e);
            comparing.submit(() -> e.run(Runtime.getRuntime().availableProcessors(), outputRoot, version));
            ctx.status(202).contentType("application/json").result("{\"id\": \"" + e.id + "\"}");
        }
    }

    private Exploration exploration(Context ctx) {
        Exploration e = comparisons.get(ctx.pathParam("id"));
        if (e == null) error(ctx, 404, "no comparison " + ctx.pathParam("id"));
        return e;
    }

    /** A file of a finished comparison's folder (report.html, its charts, its CSVs), never one outside it. */
    private void comparisonFile(Context ctx) throws java.io.IOException {
        Exploration e = exploration(ctx);
        if (e == null) return;
        Path dir = e.folder();
        if (dir == null) { error(ctx, 404, "comparison " + e.id + " has no files yet (state " + e.state().name().toLowerCase(java.util.Locale.ROOT) + ")"); return; }
        Path root = dir.toRealPath(), f = root.resolve(ctx.pathParam("path")).normalize();
        if (!f.startsWith(root) || !java.nio.file.Files.isRegularFile(f) || !f.toRealPath().startsWith(root)) {
            error(ctx, 404, "no file " + ctx.pathParam("path") + " in comparison " + e.id);
            return;
        }
        String name = f.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".png") ? "image/png"
                : name.endsWith(".json") ? "application/json" : name.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/octet-stream";
        ctx.contentType(type).result(java.nio.file.Files.readAllBytes(f));
    }

    /** A live or recently ended run named in the path, or null after answering 404. */
    private LiveRun known(Context ctx) {
        String id = ctx.pathParam("id");
        LiveRun r = runs.get(id);
        if (r == null) r = ended.get(id);
        if (r == null) error(ctx, 404, "no run " + id);
        return r;
    }

    /** Runs asked for and never streamed give their places back. */
    private void reap() {
        long now = System.nanoTime();
        runs.values().removeIf(r -> !r.streaming && now - r.created > TimeUnit.SECONDS.toNanos(UNCLAIMED_SECONDS));
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json").result("{\"error\": " + JsonWriter.quoted(message) + "}");
    }

    @Override
    public void close() {
        runs.values().forEach(LiveRun::cancel);
        comparisons.values().forEach(Exploration::cancel);
        app.stop();
        workers.shutdownNow();
        comparing.shutdownNow();
    }
}
