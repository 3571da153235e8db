package capsim.gui;

import capsim.SystemPackages;
import capsim.view.ColourMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Opens the real GUI (MASON Console, community display, charts) in a separate JVM on an X
 * display, runs some weeks, and checks the screenshot shows people and chart lines. Uses
 * $DISPLAY when set (e.g. under xvfb-run); otherwise starts its own Xvfb. Without either it
 * is skipped, saying why. The screenshot is kept in target/screenshots/gui.png.
 */
class GuiUnderXvfbTest {
    private static Process xvfb;
    private static String display;

    @BeforeAll
    static void findDisplay() throws Exception {
        String env = System.getenv("DISPLAY");
        if (env != null && !env.isBlank()) { display = env; return; }
        Path xvfbBinary = onPath("Xvfb");
        if (xvfbBinary == null) return;
        for (int n = 91; n < 120; n++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) continue;
            xvfb = new ProcessBuilder(xvfbBinary.toString(), ":" + n, "-screen", "0", "1800x1600x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int t = 0; t < 100 && xvfb.isAlive(); t++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) { display = ":" + n; return; }
                Thread.sleep(50);
            }
            xvfb.destroy();
        }
    }

    @AfterAll
    static void stopXvfb() throws InterruptedException {
        if (xvfb != null) {
            xvfb.destroy();
            xvfb.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String d : path.split(File.pathSeparator)) {
            Path p = Path.of(d, name);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    private static void skipWithoutDisplay() {
        String why = null;
        if (display == null) why = "GUI test skipped: no DISPLAY and no Xvfb on PATH (install Debian's xvfb)";
        else if (!hasX11Toolkit())
            why = "GUI test skipped: this JDK has no X11 toolkit (a -headless JDK; install Debian's openjdk-17-jre)";
        SystemPackages.require(why == null, why);
    }

    /** A -headless JDK lacks the X11 toolkit library and cannot open a window even with a display. */
    private static boolean hasX11Toolkit() {
        Path lib = Path.of(System.getProperty("java.home"), "lib");
        return !System.getProperty("os.name").startsWith("Linux") || Files.exists(lib.resolve("libawt_xawt.so"));
    }

    private static String run(Path screenshot, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-Xmx1g", "-cp", System.getProperty("java.class.path"), "capsim.cli.Main", "gui"));
        cmd.addAll(List.of(extra));
        cmd.addAll(List.of("--screenshot", screenshot.toString(), "--exit"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "GUI finished in time");
        assertEquals(0, p.exitValue(), "gui exit code; output:\n" + out);
        assertFalse(out.contains("Exception"), "no exception on any thread: " + out);
        assertFalse(out.contains("Java3D"), "no warning about a 3D library capsim does not use: " + out);
        return out;
    }

    @Test
    void guiShowsTheCommunityAndLiveCharts() throws Exception {
        skipWithoutDisplay();
        Path shot = Path.of("target", "screenshots", "gui.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        String out = run(shot, "strengths-based", "--population", "1500", "--years", "1", "--run-weeks", "26");
        assertTrue(out.contains("26 weeks in"), out);
        BufferedImage img = ImageIO.read(shot.toFile());
        int h = img.getHeight();
        // the community display is the top row (its legend, with a colour ramp, at the right), the charts below
        int people = 0;
        Set<Integer> shades = new HashSet<>();
        for (int k = 0; k < 64; k++) shades.add(0xFF000000 | ColourMode.NEED.shade(k / 63.0));
        for (int y = 60; y < h * 0.4; y++)
            for (int x = 0; x < img.getWidth() - 240; x++) if (shades.contains(img.getRGB(x, y))) people++;
        assertTrue(people > 2000, "people drawn in the community display: " + people + " pixels");
        Set<Integer> lineColours = new HashSet<>();
        Set<Integer> series = new HashSet<>();
        for (Color c : MeasureCharts.AGENCY_COLOURS) series.add(c.getRGB());
        int chartPixels = 0;
        for (int y = (int) (h * 0.55); y < h; y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (series.contains(rgb)) { lineColours.add(rgb); chartPixels++; }
            }
        assertTrue(lineColours.size() >= 6 && chartPixels > 1500,
                "chart lines of several series drawn: " + lineColours.size() + " colours, " + chartPixels + " pixels");
    }

    @Test
    void playPauseChangeThePolicyAndClickAPerson() throws Exception {
        skipWithoutDisplay();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-Xmx1g", "-cp", System.getProperty("java.class.path"), "capsim.gui.GuiProbe")
                .redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.matches("(?s).*played to week (1\\d|[2-9]\\d).*"), "Play ran the model: " + out);
        assertTrue(out.contains("policy trained share 0.25"), "the inspector changes the live policy: " + out);
        assertTrue(out.contains("click hits 1"), "a click on a person finds them: " + out);
        assertTrue(out.contains("selected true"), "and selects them: " + out);
        assertTrue(out.matches("(?s).*restarted to week [3-9] of 1\\d\\d\\d people.*"), "stop and play starts again: " + out);
        assertTrue(out.contains("stopped by itself at week 52"), "play stops at the scenario's horizon: " + out);
        assertFalse(out.contains("Exception"), "no exception on any thread: " + out);
    }

    @Test
    void sideBySideShowsTwoCommunities() throws Exception {
        skipWithoutDisplay();
        Path shot = Path.of("target", "screenshots", "gui-compare.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        String out = run(shot, "strengths-based", "--compare", "baseline-deficit", "--population", "800", "--years", "1",
                "--run-weeks", "8", "--colour", "pathway");
        assertTrue(out.contains("8 weeks in"), out);
        BufferedImage img = ImageIO.read(shot.toFile());
        assertTrue(img.getWidth() >= 1900, "two displays side by side: width " + img.getWidth());
    }
}
