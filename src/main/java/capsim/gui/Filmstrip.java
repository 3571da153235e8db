package capsim.gui;

import capsim.model.CommunityModel;
import capsim.model.Seeds;
import capsim.scenario.Scenario;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * Runs a scenario headless and draws the community at chosen weeks: one picture
 * ({@code snapshot}) or a film ({@code animate}). The model runs with the seed of replication
 * 0, so the picture shows the same people as the first replication of {@code capsim run}.
 */
public final class Filmstrip {
    /** Picture size and look. */
    public record Look(int width, int height, ColourMode colour, int edgeBudget) {}

    private final CommunityModel model;
    private final CommunityView view;
    private final Layout layout = new Layout();
    private final NetworkPainter painter;
    private final Look look;

    public Filmstrip(Scenario scenario, Look look) {
        this.model = new CommunityModel(scenario, Seeds.replicationSeed(scenario.seed(), 0));
        this.view = ModelView.of(model);
        this.painter = new NetworkPainter().quality(true).colourMode(look.colour()).edgeBudget(look.edgeBudget());
        this.look = look;
        model.start();
    }

    /** Steps until the reported week is {@code week} (0 = the end of burn-in). */
    public void stepTo(int week) {
        while (model.reportedWeek() < week) model.schedule.step(model);
    }

    public BufferedImage frame() {
        layout.update(view);
        return Pictures.render(view, layout, painter, look.width(), look.height());
    }

    public CommunityView view() { return view; }

    public void finish() { model.finish(); }

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
