package capsim.cli;

import capsim.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commissioner's explorer of {@code capsim serve} over real HTTP: bad input is a 400 with the
 * message, one comparison runs at a time (429 beyond), progress rises to the end, the answer comes
 * in plain words with the report one request away, no path leaves the comparison's folder, and
 * the comparison is {@code capsim compare}'s: the same question gives the same summary.json.
 */
class ExplorerTest {
    @TempDir Path tmp;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception { return http.send(b.build(), HttpResponse.BodyHandlers.ofString()); }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json"));
    }

    private static String field(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\": \"?([^\",\\n]*)").matcher(json);
        assertTrue(m.find(), key + " in " + json);
        return m.group(1);
    }

    @Test
    void aComparisonRunsInTheBackgroundAndAnswersAsCapsimCompareDoes() throws Exception {
        Path root = tmp.resolve("served");
        try (WebServer server = new WebServer(2, root, Main.version()).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/api/comparisons";
            HttpResponse<String> small = post(base, "{\"baseline\": \"baseline-deficit\", \"scenario\": \"strengths-based\", \"population\": 100}");
            assertEquals(400, small.statusCode());
            assertTrue(small.body().contains("key 'population': expected 2000 to 50000"), small.body());
            assertEquals(400, post(base, "{\"baseline\": ").statusCode());
            HttpResponse<String> few = post(base, "{\"baseline\": \"baseline-deficit\", \"scenario\": \"strengths-based\", \"replications\": 3}");
            assertTrue(few.statusCode() == 400 && few.body().contains("key 'replications': expected 4 to 40"), few.body());
            HttpResponse<String> lever = post(base, "{\"baseline\": \"baseline-deficit\", \"scenario\": \"strengths-based\", \"fidelity\": 2}");
            assertTrue(lever.statusCode() == 400 && lever.body().contains("sba.fidelity"), lever.body());

            String question = "{\"baseline\": \"baseline-deficit\", \"scenario\": \"strengths-based\", \"population\": 2000, \"years\": 2,"
                    + " \"replications\": 4, \"set\": {\"burn_in_years\": 2, \"sba.fidelity\": 0.6}}";
            HttpResponse<String> asked = post(base, question);
            assertEquals(202, asked.statusCode(), asked.body());
            String id = field(asked.body(), "id");
            assertEquals(429, post(base, question).statusCode(), "one comparison at a time");
            String state;
            long done = -1, t0 = System.nanoTime();
            String status;
            do {
                Thread.sleep(200);
                status = send(HttpRequest.newBuilder(URI.create(base + "/" + id)).GET()).body();
                state = field(status, "state");
                long now = Long.parseLong(field(status, "weeks_done"));
                assertTrue(now >= done, "progress never goes back");
                done = now;
            } while (state.equals("running") && System.nanoTime() - t0 < 120e9);
            assertEquals("done", state, status);
            assertEquals(field(status, "weeks_total"), field(status, "weeks_done"), "every week simulated");
            assertTrue(status.contains("\"answer\": [") && status.contains("Probability of a net saving"), "the answer in words: " + status);
            String report = field(status, "report");
            HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + report)).GET());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<html") && page.body().contains("strengths-based"), "report.html");
            assertEquals(200, send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/files/charts/cumulative-saving.svg")).GET()).statusCode());
            for (String path : List.of("../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "..%2f..%2fsummary.json", "../baseline", "baseline"))
                assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/" + id + "/files/" + path)).GET()).statusCode(), path);
            assertEquals(404, send(HttpRequest.newBuilder(URI.create(base + "/nobody")).GET()).statusCode());

            // the same question put to capsim compare (--set is both arms', as the explorer's set is)
            Path cli = tmp.resolve("cli");
            Cli.Result r = Cli.run("compare", "baseline-deficit", "strengths-based", "--population", "2000", "--years", "2", "--replications", "4",
                    "--set", "burn_in_years=2", "--set", "sba.fidelity=0.6", "--out", cli.toString());
            assertEquals(0, r.code(), r.toString());
            Path served = Path.of(field(status, "folder"));
            assertTrue(served.startsWith(root), "written under the server's --out: " + served);
            assertEquals(Files.readString(cli.resolve("summary.json")), Files.readString(served.resolve("summary.json")),
                    "the explorer's comparison is capsim compare's");
            assertEquals(Files.readString(cli.resolve("deltas.csv")), Files.readString(served.resolve("deltas.csv")));
        }
    }

    @Test
    void thePracticesLeversGoToTheScenarioAloneAndTheAreasToBoth() throws Exception {
        try (WebServer server = new WebServer(2, tmp, Main.version()).start("127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + server.port() + "/api/comparisons";
            String id = field(post(base, "{\"baseline\": \"baseline-deficit\", \"scenario\": \"strengths-based\", \"population\": 2000, \"years\": 1,"
                    + " \"replications\": 4, \"community_investment\": 300000, \"assets_per_1000\": 2.5, \"set\": {\"burn_in_years\": 1}}").body(), "id");
            String status;
            long t0 = System.nanoTime();
            do {
                Thread.sleep(200);
                status = send(HttpRequest.newBuilder(URI.create(base + "/" + id)).GET()).body();
            } while (field(status, "state").equals("running") && System.nanoTime() - t0 < 120e9);
            assertEquals("done", field(status, "state"), status);
            Path folder = Path.of(field(status, "folder"));
            // each arm as it ran, read back from its own fully resolved scenario.yaml
            capsim.scenario.ParamSet b = capsim.scenario.ScenarioLoader.load(folder.resolve("baseline/scenario.yaml").toString()).params();
            capsim.scenario.ParamSet s = capsim.scenario.ScenarioLoader.load(folder.resolve("scenario/scenario.yaml").toString()).params();
            assertEquals(0, b.num("investment.community_per_year"), "the baseline stays today's practice");
            assertEquals(300000, s.num("investment.community_per_year"));
            assertEquals(2.5, b.num("community.assets_per_1000"), "the area is both arms'");
            assertEquals(2.5, s.num("community.assets_per_1000"));
            assertFalse(Files.exists(folder.resolve("decomposition.csv")));
        }
    }
}
