package capsim.web;

import capsim.SystemPackages;
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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("CAPSIM_CHROMEDRIVER", "/usr/bin/chromedriver"));

    @Test
    void aTeacherStartsATwinRunMovesASliderAndTheDiagramShowsTheModelsCounts() throws Exception {
        Chromium.require();
        SystemPackages.require(Files.isExecutable(DRIVER), "browser test: " + DRIVER + " not found (install Debian's chromium-driver)");
        try (WebServer server = new WebServer(2).start("127.0.0.1", 0)) {
            ChromeOptions o = new ChromeOptions();
            o.setBinary(Chromium.BINARY.toString());
            o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1400", "--disable-dev-shm-usage");
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
            ChromeDriver d = new ChromeDriver(service, o);
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
                for (String col : List.of("asc_waiting", "adults_long_term_support", "asc_overdue_reviews", "children_in_need",
                        "child_protection_plans", "children_looked_after", "kinship_care_children", "asc_referrals", "csc_referrals")) {
                    String shown = d.findElement(By.id("n0-" + col)).getText();
                    assertEquals(page(last[Measures.index(col)]), shown, col + " in the diagram against the model's count");
                }
                String loop = d.findElement(By.id("t-support_hours")).getText();
                assertTrue(loop.matches(".* (rising|falling|steady)"), "the loop diagram gives each quantity's direction: " + loop);
                String right = d.findElement(By.id("n1-adults_long_term_support")).getText();
                assertTrue(!right.isEmpty() && !right.equals("-"), "the right-hand run is drawn too: " + right);
            } finally {
                d.quit();
            }
        }
    }

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
