package capsim.report;

import capsim.SystemPackages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Debian chromium for page tests. {@link #require()} skips the calling test, with the
 * reason on stderr as well, when it is not installed; CI installs it, and under CI=true a skip fails.
 */
public final class Chromium {
    public static final Path BINARY = Path.of(System.getenv().getOrDefault("CAPSIM_CHROMIUM", "/usr/bin/chromium"));

    public record Result(int exitCode, String stdout, String stderr) {}

    private Chromium() {}

    public static void require() {
        SystemPackages.require(Files.isExecutable(BINARY),
                "browser test: " + BINARY + " not found (install Debian's chromium: apt-get install -y chromium)");
    }

    /** Runs chromium headless on a local page with the given extra arguments (a screenshot, or --dump-dom). */
    static Result run(Path page, Path profile, String... extra) throws IOException, InterruptedException {
        return run(page.toAbsolutePath().toUri().toString(), profile, extra);
    }

    /** The same for a page at an address (a local server's). */
    public static Result run(String url, Path profile, String... extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(extra));
        cmd.add(url);
        Path out = Files.createTempFile("chromium-out", ".txt"), err = Files.createTempFile("chromium-err", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish within 120 s: " + cmd);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Lines of chromium's log that report a problem in the page itself (console errors, uncaught exceptions, blocked loads). */
    public static List<String> pageErrors(String stderr) {
        List<String> out = new ArrayList<>();
        for (String line : stderr.split("\n"))
            if (line.contains("CONSOLE") || line.contains("Uncaught") || line.contains("ERR_FILE_NOT_FOUND")
                    || line.contains("net::ERR") || line.contains("Refused to"))
                out.add(line);
        return out;
    }

    /** Debian's chromium-driver, for Selenium. */
    public static final Path DRIVER = Path.of(System.getenv().getOrDefault("CAPSIM_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** A headless Chromium under Selenium at 1280 x {@code height} (skips, or fails under CI, without chromium and its driver). */
    public static org.openqa.selenium.chrome.ChromeDriver driver(int height) {
        require();
        capsim.SystemPackages.require(java.nio.file.Files.isExecutable(DRIVER), "browser test: " + DRIVER + " not found (install Debian's chromium-driver)");
        org.openqa.selenium.chrome.ChromeOptions o = new org.openqa.selenium.chrome.ChromeOptions();
        o.setBinary(BINARY.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280," + height, "--disable-dev-shm-usage");
        return new org.openqa.selenium.chrome.ChromeDriver(
                new org.openqa.selenium.chrome.ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o);
    }
}
