package capsim.web;

import capsim.output.JsonWriter;
import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

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
    private final ExecutorService workers;

    public WebServer(int maxRuns) {
        this.maxRuns = maxRuns;
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
        app.stop();
        workers.shutdownNow();
    }
}
