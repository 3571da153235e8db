package capsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class PictureCommandsTest {
    @TempDir Path dir;

    /** Runs a command line, returning {exit code, stderr}. */
    private static Object[] run(String... args) {
        PrintStream err = System.err, out = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true));
        try {
            int code = Main.execute(args);
            return new Object[]{code, buf.toString()};
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
    }

    @Test
    void snapshotIsReproducibleAndShowsTheCommunity() throws Exception {
        Path a = dir.resolve("a.png"), b = dir.resolve("b.png");
        String[] common = {"baseline-deficit", "--week", "3", "--population", "600", "--years", "1", "--size", "800x500"};
        assertEquals(0, run(concat("snapshot", common, "--out", a.toString()))[0]);
        assertEquals(0, run(concat("snapshot", common, "--out", b.toString()))[0]);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same scenario and seed, same picture");
        BufferedImage img = ImageIO.read(a.toFile());
        assertEquals(800, img.getWidth());
        int coloured = 0;
        for (int y = 60; y < img.getHeight(); y++)
            for (int x = 0; x < 560; x++) {
                int rgb = img.getRGB(x, y), r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, bl = rgb & 255;
                if (Math.max(r, Math.max(g, bl)) - Math.min(r, Math.min(g, bl)) > 60) coloured++;
            }
        assertTrue(coloured > 1000, "people and ties drawn: " + coloured + " saturated pixels");
        Path c = dir.resolve("c.png");
        assertEquals(0, run(concat("snapshot", common, "--out", c.toString(), "--seed", "99"))[0]);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)), "another seed, another community");
    }

    @Test
    void animateWritesAGifWithAFramePerStep() throws Exception {
        Path gif = dir.resolve("film.gif");
        Object[] r = run("animate", "baseline-deficit", "--weeks", "8", "--every", "4", "--population", "500", "--years", "1",
                "--size", "640x400", "--out", gif.toString());
        assertEquals(0, r[0], (String) r[1]);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true), "weeks 0, 4 and 8");
        }
        Path frames = dir.resolve("frames");
        assertEquals(0, run("animate", "baseline-deficit", "--weeks", "2", "--every", "1", "--population", "500", "--years", "1",
                "--size", "640x400", "--out", frames.toString())[0]);
        try (Stream<Path> s = Files.list(frames)) { assertEquals(3, s.count()); }
    }

    @Test
    void badInputIsOneLineExitTwoAndNoFile() throws Exception {
        Path out = dir.resolve("x.png");
        String[][] bad = {
                {"snapshot", "baseline-deficit", "--week", "9999", "--population", "500", "--out", out.toString()},
                {"snapshot", "baseline-deficit", "--week", "1", "--population", "5", "--out", out.toString()},
                {"snapshot", "baseline-deficit", "--week", "1", "--colour", "purple", "--out", out.toString()},
                {"snapshot", "baseline-deficit", "--week", "1", "--size", "big", "--out", out.toString()},
                {"snapshot", "baseline-deficit", "--week", "1", "--out", dir.resolve("x.jpg").toString()},
                {"snapshot", "no-such-scenario", "--week", "1", "--out", out.toString()},
                {"snapshot", "baseline-deficit", "--week", "one", "--out", out.toString()},
                {"animate", "baseline-deficit", "--weeks", "4", "--every", "9", "--out", dir.resolve("y.gif").toString()},
                {"animate", "baseline-deficit", "--weeks", "0", "--out", dir.resolve("y.gif").toString()},
                {"animate", "baseline-deficit", "--weeks", "4", "--out", dir.toString()},
                {"gui", "baseline-deficit", "--population", "1"},
                {"gui", "baseline-deficit", "--screenshot", dir.resolve("shot.jpg").toString()},
                // the test JVM runs headless (surefire sets java.awt.headless): the GUI says so and stops
                {"gui", "baseline-deficit", "--population", "500"},
        };
        for (String[] args : bad) {
            Object[] r = run(args);
            String err = ((String) r[1]).strip();
            assertEquals(2, r[0], String.join(" ", args) + " -> " + err);
            assertFalse(err.isEmpty(), "a message for " + String.join(" ", args));
            assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        }
        try (Stream<Path> s = Files.list(dir)) { assertEquals(0, s.count(), "nothing written"); }
    }

    private static String[] concat(String first, String[] mid, String... rest) {
        String[] all = new String[1 + mid.length + rest.length];
        all[0] = first;
        System.arraycopy(mid, 0, all, 1, mid.length);
        System.arraycopy(rest, 0, all, 1 + mid.length, rest.length);
        return all;
    }

    /** A picture for people to look at: CI keeps target/screenshots/. */
    @Test
    void snapshotForTheRecord() throws Exception {
        Path shot = Path.of("target", "screenshots", "snapshot-strengths-based.png").toAbsolutePath();
        Files.createDirectories(shot.getParent());
        Object[] r = run("snapshot", "strengths-based", "--week", "26", "--population", "3000", "--years", "1",
                "--colour", "pathway", "--out", shot.toString());
        assertEquals(0, r[0], (String) r[1]);
        assertEquals(1600, ImageIO.read(shot.toFile()).getWidth());
    }
}
