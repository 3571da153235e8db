package capsim.gui;

import capsim.view.FakeCommunity;
import capsim.view.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class PicturesTest {
    @TempDir Path dir;

    private static java.awt.image.BufferedImage frame(FakeCommunity v) {
        return Pictures.render(v, new Layout(), new NetworkPainter(), 640, 400);
    }

    @Test
    void gifHasEveryFrameAndNothingIsLeftBeside() throws IOException {
        FakeCommunity v = new FakeCommunity(400, 3, 1);
        Path gif = dir.resolve("film.gif");
        try (Pictures.Film f = Pictures.Film.to(gif, 100)) {
            for (int k = 0; k < 3; k++) { v.week = k; f.add(frame(v)); }
            assertFalse(Files.exists(gif), "nothing at the target until the film is finished");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            assertEquals(3, r.getNumImages(true));
        }
        try (Stream<Path> s = Files.list(dir)) { assertEquals(1, s.count(), "no temporary files left"); }
    }

    @Test
    void pngFolderAppearsWholeAndAnAbortLeavesNothing() throws IOException {
        FakeCommunity v = new FakeCommunity(300, 2, 2);
        Path frames = dir.resolve("frames");
        Pictures.Film f = Pictures.Film.to(frames, 100);
        f.add(frame(v));
        f.add(frame(v));
        assertFalse(Files.exists(frames));
        f.close();
        try (Stream<Path> s = Files.list(frames)) { assertEquals(2, s.count()); }
        assertNotNull(ImageIO.read(frames.resolve("frame-0001.png").toFile()));

        Pictures.Film g = Pictures.Film.to(dir.resolve("x.gif"), 100);
        g.add(frame(v));
        g.abort();
        try (Stream<Path> s = Files.list(dir)) { assertEquals(1, s.count(), "only the finished folder remains"); }
    }
}
