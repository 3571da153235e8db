package capsim.gui;

import capsim.scenario.Scenario;
import capsim.view.CommunityView;
import capsim.view.Look;
import capsim.view.WatchedRun;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * Draws a {@link WatchedRun} at chosen weeks: one picture ({@code snapshot}) or a film
 * ({@code animate}), each frame a {@code capsim.view.Scene} drawn by {@link NetworkPainter}.
 */
public final class Filmstrip {
    private final WatchedRun run;
    private final NetworkPainter painter;
    private final Look look;

    public Filmstrip(Scenario scenario, Look look) {
        this.run = new WatchedRun(scenario);
        this.painter = new NetworkPainter().quality(true).colourMode(look.colour()).edgeBudget(look.edgeBudget());
        this.look = look;
    }

    /** Steps until the reported week is {@code week} (0 = the end of burn-in). */
    public void stepTo(int week) { run.stepTo(week); }

    public BufferedImage frame() {
        return Pictures.render(run.view(), run.layout(), painter, look.width(), look.height());
    }

    public CommunityView view() { return run.view(); }

    public void finish() { run.finish(); }

    /** The community at a reported week, written as a PNG. */
    public static void snapshot(Scenario scenario, int week, Path out, Look look) throws IOException {
        Filmstrip f = new Filmstrip(scenario, look);
        f.stepTo(week);
        Pictures.writePng(f.frame(), out);
        f.finish();
    }

    /**
     * Frames at weeks {@code every, 2*every, ...} up to {@code weeks} (and week 0 first), as
     * an animated GIF (out ends in .gif) or a new folder of PNG frames.
     * @return the number of frames
     */
    public static int animate(Scenario scenario, int weeks, int every, Path out, int delayMillis, Look look,
                              IntConsumer progress) throws IOException {
        Filmstrip f = new Filmstrip(scenario, look);
        Pictures.Film film = Pictures.Film.to(out, delayMillis);
        int frames = 0;
        try {
            for (int w = 0; w <= weeks; w += every) {
                f.stepTo(w);
                film.add(f.frame());
                frames++;
                if (progress != null) progress.accept(w);
            }
            film.close();
        } catch (IOException | RuntimeException e) {
            film.abort();
            throw e;
        } finally {
            f.finish();
        }
        return frames;
    }
}
