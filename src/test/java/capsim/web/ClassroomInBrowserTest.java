package capsim.web;

import capsim.experiment.RunResult;
import capsim.experiment.Simulation;
import capsim.model.Measures;
import capsim.report.Chromium;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The classroom page driven as a teacher would, in Debian's chromium through its chromium-driver
 * (Selenium): open the page, start a twin run, move a slider while it runs, and read the
 * diagram's numbers against the model's own counts from {@code capsim run}'s code path.
 */
class ClassroomInBrowserTest {

    @Test
    void aTeacherStartsATwinRunMovesASliderAndTheDiagramShowsTheModelsCounts() throws Exception {
        try (WebServer server = new WebServer(2).start("127.0.0.1", 0)) {
            ChromeDriver d = driver();
            try {
                d.get("http://127.0.0.1:" + server.port() + "/");
                WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(60));
                wait.until(x -> d.findElements(By.cssSelector("#scenario option")).size() > 3);
                WebElement years = d.findElement(By.id("years"));
                years.clear();
                years.sendKeys("1");
                d.findElement(By.id("start")).click();
                wait.until(x -> weekShown(d) >= 5);
                // pause holds the run; a step moves it one reported week; resume lets it go on
                d.findElement(By.id("pause")).click();
                wait.until(x -> "paused".equals(d.findElement(By.id("status")).getText()));
                Thread.sleep(600);  // any week already on its way arrives
                int held = weekShown(d);
                Thread.sleep(800);
                assertEquals(held, weekShown(d), "paused: no week advances");
                d.findElement(By.id("step")).click();
                wait.until(x -> weekShown(d) == held + 1);
                Thread.sleep(500);
                assertEquals(held + 1, weekShown(d), "one step, one week");
                d.findElement(By.id("pause")).click();  // resume
                // move a slider as a hand would: the value changes and the page hears an input event
                ((JavascriptExecutor) d).executeScript(
                        "const s = document.getElementById('trained_share'); s.value = 0.2; s.dispatchEvent(new Event('input'));");
                wait.until(x -> "0.20".equals(d.findElement(By.cssSelector("output[for=trained_share]")).getText()));
                wait.until(x -> "finished".equals(d.findElement(By.id("status")).getText()));
                assertEquals(52, weekShown(d), "every reported week arrived");
                Path shot = Path.of("target", "screenshots");
                Files.createDirectories(shot);
                Path png = shot.resolve("serve-selenium.png");
                Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), png, StandardCopyOption.REPLACE_EXISTING);
                BufferedImage img = ImageIO.read(png.toFile());
                Set<Integer> colours = new HashSet<>();
                for (int y = 0; y < img.getHeight(); y += 5)
                    for (int x = 0; x < img.getWidth(); x += 5) colours.add(img.getRGB(x, y) & 0xFFFFFF);
                assertTrue(colours.size() > 20, "a drawn page, not a blank one: " + colours.size() + " colours");
                assertTrue(Chromium.pageErrors(String.join("\n", d.manage().logs().getAvailableLogTypes().contains("browser")
                        ? d.manage().logs().get("browser").getAll().stream().map(Object::toString).toList() : List.of())).isEmpty(), "no script errors");
                // the left-hand run has no lever moved: its last week is capsim run's last week
                Scenario s = ScenarioLoader.load("baseline-deficit", List.of("population=2000", "years=1"));
                RunResult run = Simulation.run(s, 0, null);
                double[] last = run.rows()[run.rows().length - 1];
                for (String col : List.of("asc_waiting", "asc_short_term_support", "adults_long_term_support", "asc_care_home", "asc_overdue_reviews",
                        "children_in_need", "child_protection_plans", "children_looked_after", "kinship_care_children", "asc_referrals",
                        "asc_assessments", "asc_long_term_starts", "asc_reablement_starts", "asc_long_term_ends", "asc_review_ends",
                        "csc_referrals", "csc_no_further_action", "csc_care_entries", "care_proceedings")) {
                    String shown = d.findElement(By.id("n0-" + col)).getText();
                    assertEquals(page(last[Measures.index(col)]), shown, col + " in the diagram against the model's count");
                }
                String loop = d.findElement(By.id("t-support_hours")).getText();
                assertTrue(loop.matches(".* (rising|falling|steady)"), "the loop diagram gives each quantity's direction: " + loop);
                String right = d.findElement(By.id("n1-adults_long_term_support")).getText();
                assertTrue(!right.isEmpty() && !right.equals("-"), "the right-hand run is drawn too: " + right);
                // a person clicked: their life story in both runs, a timeline each
                List<WebElement> people = d.findElements(By.cssSelector("button.person"));
                assertTrue(people.size() >= 8, "people to follow: " + people.size());
                WebElement first = people.get(0);
                String who = first.getText();
                first.click();
                wait.until(x -> d.findElements(By.cssSelector("#story .story-arm")).size() == 2);
                String why = who.substring(who.indexOf(": ") + 2);  // "Man, 67: waiting for ..." -> the group
                assertTrue(d.findElement(By.cssSelector("#story h3")).getText().endsWith(": " + why), "the story of the person clicked: " + who);
                assertEquals(2, d.findElements(By.cssSelector("#story svg.timeline path")).size() / 3, "need, strengths and wellbeing in each run");
                assertTrue(d.findElement(By.cssSelector("#story .story-arm h4")).getText().startsWith("baseline-deficit: spent on them £"));
                ((JavascriptExecutor) d).executeScript("document.getElementById('story').scrollIntoView()");
                Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), shot.resolve("serve-story.png"), StandardCopyOption.REPLACE_EXISTING);
            } finally {
                d.quit();
            }
        }
    }

    @Test
    void aCommissionerRunsAComparisonAndReadsTheAnswerAndTheReport() throws Exception {
        Path root = Files.createTempDirectory("capsim-explore");
        try (WebServer server = new WebServer(2, root, "test").start("127.0.0.1", 0)) {
            ChromeDriver d = driver();
            try {
                d.get("http://127.0.0.1:" + server.port() + "/#explorer");
                WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(120));
                wait.until(x -> d.findElements(By.cssSelector("#x-scenario option")).size() > 3);
                for (String[] v : new String[][]{{"x-population", "2000"}, {"x-years", "1"}, {"x-replications", "4"}}) {
                    WebElement e = d.findElement(By.id(v[0]));
                    e.clear();
                    e.sendKeys(v[1]);
                }
                ((JavascriptExecutor) d).executeScript(
                        "const s = document.getElementById('x-fidelity'); s.value = 0.5; s.dispatchEvent(new Event('input'));");
                assertTrue(d.findElement(By.id("x-use-fidelity")).isSelected(), "moving a lever asks about it");
                d.findElement(By.id("x-run")).click();
                wait.until(x -> d.findElement(By.id("x-status")).getText().startsWith("running"));
                wait.until(x -> !d.findElements(By.cssSelector("#x-answer .lead")).isEmpty());
                String lead = d.findElement(By.cssSelector("#x-answer .lead")).getText();
                assertTrue(lead.matches("Probability of a net saving: \\d+%\\. Net saving .*"), lead);
                assertEquals(9, d.findElements(By.cssSelector("#x-bars rect")).size(), "a bar for each agency");
                assertTrue(d.findElement(By.id("x-status")).getText().startsWith("done: 100%"));
                Path shot = Path.of("target", "screenshots");
                Files.createDirectories(shot);
                ((JavascriptExecutor) d).executeScript("document.getElementById('x-answer').scrollIntoView()");
                Files.copy(((TakesScreenshot) d).getScreenshotAs(OutputType.FILE).toPath(), shot.resolve("serve-explorer.png"), StandardCopyOption.REPLACE_EXISTING);
                String report = d.findElement(By.id("x-report")).getAttribute("href");
                d.get(report);
                wait.until(x -> d.getTitle() != null && !d.getTitle().isEmpty());
                assertTrue(d.getPageSource().contains("strengths-based"), "the full report, one click away");
            } finally {
                d.quit();
            }
        }
    }

    private static ChromeDriver driver() { return Chromium.driver(1400); }

    private static int weekShown(ChromeDriver d) {
        String t = d.findElement(By.id("week")).getText();
        return t.matches("\\d+") ? Integer.parseInt(t) : 0;
    }

    /** The page's number format (app.js fmt): whole numbers and anything from 100 with thousands commas, else one decimal. */
    static String page(double x) {
        if (x == Math.rint(x) || Math.abs(x) >= 100) return String.format(Locale.UK, "%,d", Math.round(x));
        return String.format(Locale.ROOT, "%.1f", x);
    }
}
