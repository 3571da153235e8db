package capsim.web;

import capsim.experiment.RunResult;
import capsim.experiment.Simulation;
import capsim.model.Measures;
import capsim.output.Numbers;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** capsim serve over real HTTP on loopback: the page, bad input, streaming, limits, paths. */
class WebServerTest {
    static WebServer server;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        server = new WebServer(6).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterAll
    static void stop() { server.close(); }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    static String id(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"id\": \"([^\"]+)\"").matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    /** The events of a run's stream, "event\tdata" each, until the stream ends or {@code max} weeks. */
    static List<String[]> stream(String id, int max) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id + "/events")).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(40)).GET().build();
        HttpResponse<java.io.InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        List<String[]> events = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String event = null, line;
            int weeks = 0;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("event: ")) event = line.substring(7);
                else if (line.startsWith("data: ")) {
                    events.add(new String[]{event, line.substring(6)});
                    if ("week".equals(event) && ++weeks >= max) break;
                    if ("end".equals(event) || "error".equals(event)) break;
                }
            }
        }
        return events;
    }

    @Test
    void thePageAndItsFilesComeFromTheJar() throws Exception {
        HttpResponse<String> r = get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<script src=\"app.js\"></script>"), "the page loads its own script");
        assertFalse(r.body().contains("http://") || r.body().contains("https://"), "and nothing from the network");
        for (String file : List.of("/app.js", "/stories.js", "/explore.js", "/style.css")) {
            HttpResponse<String> f = get(file);
            assertEquals(200, f.statusCode(), file);
            String js = f.body().replace("http://www.w3.org/2000/svg", "");  // a namespace name, not an address
            assertFalse(js.contains("http://") || js.contains("https://"), "nor does " + file);
        }
        assertTrue(get("/api/scenarios").body().contains("\"name\": \"strengths-based\""));
    }

    @Test
    void badInputIsA400WithTheMessage() throws Exception {
        HttpResponse<String> small = post("/api/runs", "{\"scenario\": \"baseline-deficit\", \"population\": 5}");
        assertEquals(400, small.statusCode());
        assertTrue(small.body().contains("key 'population': expected 500 to 20000"), small.body());
        HttpResponse<String> broken = post("/api/runs", "{\"scenario\": ");
        assertEquals(400, broken.statusCode());
        assertTrue(broken.body().contains("malformed JSON"), broken.body());
        HttpResponse<String> unknown = post("/api/runs", "{\"scenario\": \"baseline-deficit\", \"set\": {\"sba.fidelty\": 0.5}}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("sba.fidelty"), "the command line's message names the key: " + unknown.body());
        HttpResponse<String> noSuch = post("/api/runs", "{\"scenario\": \"nowhere\"}");
        assertEquals(400, noSuch.statusCode());
    }

    @Test
    void aTwinRunStreamsTheModelsOwnWeeks() throws Exception {
        String id = id(post("/api/runs", "{\"scenario\": \"baseline-deficit\", \"compare\": \"strengths-based\", \"population\": 2000,"
                + " \"years\": 1, \"burn_in_years\": 1, \"seed\": 11}"));
        long t0 = System.nanoTime();
        List<String[]> events = stream(id, 1000);
        assertTrue((System.nanoTime() - t0) / 1e9 < 40, "streamed within 40 s");
        assertEquals("start", events.get(0)[0]);
        List<String> weeks = events.stream().filter(e -> "week".equals(e[0])).map(e -> e[1]).toList();
        assertEquals(52, weeks.size(), "every reported week of one year");
        assertEquals("end", events.get(events.size() - 1)[0]);
        // the same weekly measures as capsim run with the same scenario, seed and overrides
        for (String name : List.of("baseline-deficit", "strengths-based")) {
            Scenario s = ScenarioLoader.load(name, List.of("population=2000", "years=1", "burn_in_years=1", "seed=11"));
            RunResult run = Simulation.run(s, 0, null);
            for (int w = 0; w < 52; w++) {
                // the whole arm, every column, each number as timeseries.csv writes it
                StringBuilder expected = new StringBuilder("{\"name\":\"" + name + "\",\"measures\":{");
                List<String> cols = Measures.columns();
                for (int c = 0; c < cols.size(); c++) {
                    double x = run.rows()[w][c];
                    expected.append(c > 0 ? "," : "").append('"').append(cols.get(c)).append("\":");
                    if (Double.isFinite(x)) Numbers.append(expected, x); else expected.append("null");
                }
                expected.append("}}");
                assertTrue(weeks.get(w).contains(expected), name + ", week " + (w + 1) + ": the streamed measures equal capsim run's");
            }
        }
    }

    @Test
    void fortyRequestsAtOnceAreEachAnsweredAndTheServerKeepsServing() throws Exception {
        try (WebServer two = new WebServer(2).start("127.0.0.1", 0)) {
            fortyAtOnce("http://127.0.0.1:" + two.port());
        }
    }

    private static void fortyAtOnce(String base) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int k = 0; k < 40; k++)
            all.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/runs"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\": \"baseline-deficit\", \"population\": 1000, \"years\": 1, \"burn_in_years\": 0}"))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        Set<Integer> codes = new HashSet<>();
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> f : all) {
            HttpResponse<String> r = f.get();
            codes.add(r.statusCode());
            assertTrue(Set.of(202, 429, 503).contains(r.statusCode()), r.statusCode() + " " + r.body());
            if (r.statusCode() == 202) ids.add(id(r));
        }
        assertTrue(codes.contains(429), "beyond --max-runs, 429: " + codes);
        assertTrue(ids.size() <= 2, "at most --max-runs accepted: " + ids.size());
        for (String id : ids) assertEquals(204, http.send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/api/scenarios")).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "still serving");
        assertEquals(202, http.send(HttpRequest.newBuilder(URI.create(base + "/api/runs")).POST(HttpRequest.BodyPublishers.ofString(
                "{\"scenario\": \"baseline-deficit\", \"population\": 1000}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "and its places are free again");
    }

    @Test
    void noPathEscapesThePagesFolder() throws Exception {
        for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "/capsim/parameters.yaml", "/../parameters.yaml", "/%2e%2e/parameters.yaml", "/../web/LiveRun.class", "/%2e%2e/web/LiveRun.class")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertFalse(r.statusCode() == 200 && (r.body().contains("root:") || r.body().contains("agencies:") || r.body().contains("\u00ca\u00fe\u00ba\u00be") || r.body().startsWith("\u00ca")), path + " answered " + r.statusCode());
        }
    }

    @Test
    void leversMoveTheRunFromTheSwitchAndABadOneIsA400() throws Exception {
        String id = id(post("/api/runs", "{\"scenario\": \"strengths-based\", \"population\": 1000, \"years\": 1, \"burn_in_years\": 0}"));
        assertEquals(204, post("/api/runs/" + id + "/set", "{\"trained_share\": 0.2, \"asc_threshold\": 1.2, \"fidelity\": 0, \"resource_led\": true}").statusCode());
        HttpResponse<String> bad = post("/api/runs/" + id + "/set", "{\"trained_share\": 7}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("lever 'trained_share': expected 0.0 to 1.0"), bad.body());
        assertTrue(post("/api/runs/" + id + "/set", "{\"fidelity\": 1.5}").body().contains("lever 'fidelity': expected 0.0 to 1.0"));
        assertEquals(400, post("/api/runs/" + id + "/set", "{\"fidelity_of_everything\": 1}").statusCode());
        // set before the switch, the levers hold from it: with fidelity 0 no encounter is ever strengths-based practice
        List<String[]> weeks = stream(id, 1000).stream().filter(e -> "week".equals(e[0])).toList();
        assertEquals(52, weeks.size());
        for (String[] w : weeks) assertTrue(w[1].contains("\"sba_share\":0,"), "fidelity 0: no strengths-based contact: " + w[1].substring(0, 80));
    }

    @Test
    void pauseHoldsTheRunAndAStepMovesItOneWeek() throws Exception {
        String id = id(post("/api/runs", "{\"scenario\": \"baseline-deficit\", \"population\": 1000, \"years\": 1, \"burn_in_years\": 0}"));
        assertEquals(204, post("/api/runs/" + id + "/set", "{\"paused\": true}").statusCode());
        List<String[]> events = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try {
                HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/runs/" + id + "/events")).header("Accept", "text/event-stream").GET().build();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(http.send(req, HttpResponse.BodyHandlers.ofInputStream()).body(), StandardCharsets.UTF_8))) {
                    String event = null, line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("event: ")) event = line.substring(7);
                        else if (line.startsWith("data: ")) { events.add(new String[]{event, line.substring(6)}); if ("end".equals(event)) return; }
                    }
                }
            } catch (Exception e) { events.add(new String[]{"error", e.toString()}); }
        });
        reader.start();
        java.util.function.LongSupplier weeks = () -> events.stream().filter(e -> "week".equals(e[0])).count();
        long t0 = System.nanoTime();
        while (weeks.getAsLong() < 1 && System.nanoTime() - t0 < 30e9) Thread.sleep(20);
        Thread.sleep(500);
        assertEquals(1, weeks.getAsLong(), "paused: the first reported week, then nothing");
        assertEquals(204, post("/api/runs/" + id + "/set", "{\"step\": 2}").statusCode());
        while (weeks.getAsLong() < 3 && System.nanoTime() - t0 < 30e9) Thread.sleep(20);
        Thread.sleep(500);
        assertEquals(3, weeks.getAsLong(), "two steps, two weeks");
        assertEquals(204, post("/api/runs/" + id + "/set", "{\"paused\": false}").statusCode());
        reader.join(30_000);
        assertEquals(52, weeks.getAsLong(), "resumed to the end");
    }

    @Test
    void thePeopleFollowedHaveAStoryInEachArmAfterTheRunEnds() throws Exception {
        String id = id(post("/api/runs", "{\"scenario\": \"baseline-deficit\", \"compare\": \"strengths-based\", \"population\": 1500,"
                + " \"years\": 1, \"burn_in_years\": 2}"));
        assertEquals(204, post("/api/runs/" + id + "/set", "{\"pace_ms\": 0}").statusCode());
        assertEquals("end", stream(id, 1000).get(53)[0], "the run streams to its end");
        HttpResponse<String> people = get("/api/runs/" + id + "/people");
        assertEquals(200, people.statusCode(), "an ended run keeps its stories");
        Matcher m = Pattern.compile("\\{\"id\": \"(-?\\d+)\", \"why\": \"([^\"]+)\"").matcher(people.body());
        List<String> ids = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        while (m.find()) { ids.add(m.group(1)); groups.add(m.group(2)); }
        assertTrue(ids.size() >= 8 && groups.size() >= 4, "one or two people from most groups: " + people.body());
        for (String person : ids) {
            String story = get("/api/runs/" + id + "/people/" + person).body();
            assertTrue(story.contains("\"name\": \"baseline-deficit\"") && story.contains("\"name\": \"strengths-based\""), "both arms: " + story);
            Matcher weeks = Pattern.compile("\"week\": \\[([0-9,]*)\\]").matcher(story);
            for (int arm = 0; arm < 2; arm++) {
                assertTrue(weeks.find(), story);
                int n = weeks.group(1).isEmpty() ? 0 : weeks.group(1).split(",").length;
                assertTrue(n <= 52 && (n == 52 || story.contains("\"present\": false")), "every week of a person still there: " + n);
            }
        }
        assertEquals(404, get("/api/runs/" + id + "/people/12345").statusCode());
        HttpResponse<String> bad = get("/api/runs/" + id + "/people/someone");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("expected a person's id"), bad.body());
        assertEquals(404, get("/api/runs/no-such-run/people").statusCode());
    }
}
