package capsim.report;

import capsim.analysis.PairedComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** report.html opened in a real browser: it renders, the charts are in the DOM, no script errors. */
class ReportInBrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * The real thing: {@code capsim compare} of the deficit baseline against the strengths-based
     * switch in a place with few community assets, which costs more; the page must say so.
     */
    @Test
    void compareReportRendersInChromiumAndReadsAsNoSaving(@TempDir Path profile) throws Exception {
        Chromium.require();
        Path dir = Path.of("target", "browser-report");
        deleteTree(dir);
        int code = capsim.cli.Main.execute("compare", "baseline-deficit", "low-community-capacity", "--population", "1500",
                "--years", "2", "--set", "burn_in_years=1", "--replications", "3", "--out", dir.toString());
        assertEquals(0, code);
        String dom = checkRenders(dir.resolve("report.html"), profile, "report.png");
        String summary = Files.readString(dir.resolve("summary.json"));
        // seeded, so the verdict is fixed: a clear extra cost, worded as "There is no saving"
        assertTrue(summary.contains("\"verdict\": \"extra_cost\""), "a deprived place with few assets costs more: " + summary);
        assertTrue(dom.contains("There is no saving: over 2 years, low-community-capacity costs "), "the answer says there is no saving");
        assertFalse(dom.contains("low-community-capacity saves"), "and never claims one");
        // the two sides differ in place as well as practice: said first, with the fair pairing
        assertTrue(dom.indexOf("Place as well as practice.") < dom.indexOf("Probability of a net saving"), "the place warning comes first");
        assertTrue(dom.contains("capsim compare low-community-capacity-deficit low-community-capacity"), "and names the fair pairing");
    }

    /**
     * The first screen a commissioner sees, in Chromium at 1280 x 1000: the probability of a net
     * saving, one headline interval (with parameter uncertainty), who invests and who saves, and
     * break-even, all within the first 1,000 pixels; no chart's money axis in 1E7 notation.
     */
    @Test
    void theFirstScreenHoldsTheAnswerACommissionerNeeds() throws Exception {
        Path dir = Path.of("target", "browser-report-first-screen");
        deleteTree(dir);
        org.openqa.selenium.chrome.ChromeDriver d = Chromium.driver(1000);
        try {
            int code = capsim.cli.Main.execute("compare", "baseline-deficit", "strengths-based", "--population", "1500",
                    "--years", "2", "--set", "burn_in_years=1", "--replications", "6", "--out", dir.toString());
            assertEquals(0, code);
            d.get(dir.resolve("report.html").toAbsolutePath().toUri().toString());
            for (String css : List.of("#glance .probability", "#glance .headline", "#who-invests-who-saves", "#glance .glance h3 + p")) {
                org.openqa.selenium.WebElement e = d.findElement(org.openqa.selenium.By.cssSelector(css));
                int bottom = e.getLocation().getY() + e.getSize().getHeight();
                assertTrue(e.isDisplayed() && bottom <= 1000, css + " within the first 1,000 pixels: its bottom is at " + bottom);
            }
            String headline = d.findElement(org.openqa.selenium.By.cssSelector("#glance .headline")).getText();
            assertTrue(headline.matches("Net saving over 2 years: [+−]£[0-9.,]+[km]?; 95% interval with parameter uncertainty [+−]£.* to [+−]£.*\\."),
                    "one headline interval, saying its kind: " + headline);
            assertTrue(d.findElement(org.openqa.selenium.By.cssSelector("#glance .probability")).getText()
                    .matches("Probability of a net saving over 2 years: (\\d+%|over 99%|under 1%) \\(from 5 parameter draws and 1 more replication that repeats a draw from a new seed, to measure chance; the probability's standard error \\d+ points.*"));
            assertEquals(10, d.findElements(org.openqa.selenium.By.cssSelector("#who-invests-who-saves tr")).size(), "a row for each budget");
            Files.createDirectories(SCREENSHOTS);
            Files.copy(((org.openqa.selenium.TakesScreenshot) d).getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve("report-first-screen.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            d.quit();
        }
        // money in pounds on every chart: no tick label in E notation
        try (var charts = Files.list(dir.resolve("charts"))) {
            for (Path svg : charts.filter(f -> f.toString().endsWith(".svg")).toList())
                assertFalse(java.util.regex.Pattern.compile(">-?[0-9.]+E-?[0-9]+<").matcher(Files.readString(svg)).find(), svg + " has an axis in E notation");
        }
    }

    @Test
    void fixtureReportWithASavingRendersToo(@TempDir Path profile) throws Exception {
        Chromium.require();
        Path dir = Path.of("target", "browser-report-saving");
        deleteTree(dir);
        PairedComparison c = ReportFixtures.investThenSave(ReportFixtures.named("baseline-deficit", "Deficit pathway <b>not bold</b>"),
                ReportFixtures.named("strengths-based", "Strengths-based pathway"));
        ComparisonReport.write(dir, c, new ComparisonFiles.Settings("test", 0.035));
        String dom = checkRenders(dir.resolve("report.html"), profile, "report-saving.png");
        assertTrue(dom.contains("&lt;b&gt;not bold&lt;/b&gt;"), "scenario text stays text in the rendered page");
    }

    @Test
    void errorCheckCatchesAScriptError(@TempDir Path tmp) throws Exception {
        Chromium.require();
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<html><body><p>x</p><script>notDefined();</script></body></html>");
        Chromium.Result r = Chromium.run(bad, tmp.resolve("profile"), "--dump-dom");
        assertFalse(Chromium.pageErrors(r.stderr()).isEmpty(), "the console check must see an uncaught error: " + r.stderr());
    }

    /** Screenshot (kept in target/screenshots for CI) and DOM dump of a report page. */
    static String checkRenders(Path page, Path profile, String screenshotName) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path shot = SCREENSHOTS.resolve(screenshotName).toAbsolutePath();
        Files.deleteIfExists(shot);
        Chromium.Result s = Chromium.run(page, profile.resolve("a"), "--screenshot=" + shot, "--window-size=1280,4000");
        assertEquals(0, s.exitCode(), s.stderr());
        assertTrue(Files.size(shot) > 50_000, "a screenshot of a page with charts is not tiny: " + Files.size(shot));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1280, img.getWidth());
        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0, samples = 0;
        for (int y = 0; y < img.getHeight(); y += 7)
            for (int x = 0; x < img.getWidth(); x += 7) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                samples++;
                if (rgb != 0xFFFFFF) nonWhite++;
            }
        assertTrue(colours.size() > 50, "charts and text give many colours, a blank page few: " + colours.size());
        assertTrue(nonWhite > samples / 50, "the page is not blank");

        Chromium.Result d = Chromium.run(page, profile.resolve("b"), "--dump-dom");
        assertEquals(0, d.exitCode(), d.stderr());
        String dom = d.stdout();
        for (String id : List.of("chart-cumulative-saving", "chart-invest-save-heatmap", "chart-cost-all", "chart-quintiles-wellbeing"))
            assertTrue(dom.contains("id=\"" + id + "\""), "chart in the rendered DOM: " + id);
        assertTrue(dom.split("<svg", -1).length - 1 >= 14, "all charts are in the DOM");
        assertTrue(dom.contains("The answer"), "the answer section rendered");
        assertEquals(List.of(), Chromium.pageErrors(d.stderr()), "no console errors or failed loads");
        assertEquals(List.of(), Chromium.pageErrors(s.stderr()), "no console errors or failed loads");
        return dom;
    }

    static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
