package capsim.gui;

import capsim.model.CommunityModel;
import capsim.view.CommunityView;
import sim.display.Console;

import javax.swing.JFrame;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Opens the Console on a {@link CapsimWithUI} and, for scripted use (the test under Xvfb, the
 * speed measurement, a screenshot for slides), runs weeks with every week drawn before the
 * next is stepped, and paints the windows into one picture.
 */
public final class GuiSession {
    private final CapsimWithUI gui;
    private Console console;

    private GuiSession(CapsimWithUI gui) { this.gui = gui; }

    /** Opens the Console and the display and chart frames (call off Swing's thread). */
    public static GuiSession open(List<CommunityModel> models, CapsimWithUI.Settings settings) {
        GuiSession s = new GuiSession(new CapsimWithUI(models, settings));
        onSwing(() -> {
            s.console = withoutJava3dWarning(() -> new Console(s.gui));
            s.gui.configure(s.console);
            s.console.setLocation(0, settings.height() + 80);
            s.console.setVisible(true);
        });
        return s;
    }

    /** MASON's Console warns on stderr that it found no Java3D: capsim draws nothing in 3D, so that one line is dropped. */
    static final String JAVA3D_WARNING = "probably no Java3D";

    /** Runs {@code make} with stderr filtered of MASON's Java3D warning, every other line passed through. */
    static <T> T withoutJava3dWarning(java.util.function.Supplier<T> make) {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream held = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(held, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            return make.get();
        } finally {
            System.setErr(err);
            for (String line : held.toString(java.nio.charset.StandardCharsets.UTF_8).split("\\R"))
                if (!line.isEmpty() && !line.contains(JAVA3D_WARNING)) err.println(line);
        }
    }

    public CapsimWithUI gui() { return gui; }

    public Console console() { return console; }

    /** What {@link #runWeeks} measured. */
    public record Speed(int weeks, double seconds, long framesDrawn, int people, int tiesDrawn, int ties) {
        public double stepsPerSecond() { return weeks / seconds; }

        @Override public String toString() {
            return String.format(Locale.ROOT,
                    "%d weeks in %.2f s: %.1f steps/s, community drawn every week before the next (%d frames; %,d people, %,d of %,d ties drawn), charts redrawn up to 10 times a second",
                    weeks, seconds, stepsPerSecond(), framesDrawn, people, tiesDrawn, ties);
        }
    }

    /**
     * Starts the run paused (burn-in done) if it is not started, then steps {@code weeks} weeks;
     * after each, the community displays and the charts are painted on Swing's thread before the
     * next week is stepped, so the rate measured is the rate of drawn weeks.
     */
    public Speed runWeeks(int weeks) {
        if (console.getPlayState() == Console.PS_STOPPED) onSwing(console::pressPause);
        for (CapsimWithUI.Lane l : gui.lanes()) l.display().drawnByCaller(true);
        long framesBefore = frames();
        long t0 = System.nanoTime();
        try {
            for (int w = 0; w < weeks; w++) {
                synchronized (gui.state.schedule) {
                    gui.step();
                }
                boolean last = w == weeks - 1;
                onSwing(() -> paintNow(last));
            }
        } finally {
            for (CapsimWithUI.Lane l : gui.lanes()) l.display().drawnByCaller(false);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        CommunityView v = gui.lanes().get(0).view;
        int alive = 0;
        for (int i = 0; i < v.slots(); i++) if (v.alive(i)) alive++;
        NetworkPainter p = gui.lanes().get(0).portrayal.painter();
        return new Speed(weeks, seconds, frames() - framesBefore, alive, p.lastDrawnEdges(), p.lastEdges());
    }

    private long frames() {
        long f = 0;
        for (CapsimWithUI.Lane l : gui.lanes()) f += l.portrayal.frames();
        return f;
    }

    /** Draws the community now; the charts when their redraw is due (or forced), as live use does. */
    private void paintNow(boolean forceCharts) {
        for (CapsimWithUI.Lane l : gui.lanes()) {
            var inside = l.display().insideDisplay;
            inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());
        }
        if (gui.charts().drain(forceCharts)) {
            JRootPane charts = gui.chartFrame().getRootPane();
            charts.paintImmediately(0, 0, charts.getWidth(), charts.getHeight());
        }
    }

    /**
     * Paints the community frames (side by side) above the chart frame into one image and
     * writes it as a PNG.
     */
    public BufferedImage screenshot(Path out) throws IOException {
        BufferedImage[] holder = new BufferedImage[1];
        onSwing(() -> {
            List<JFrame> top = new ArrayList<>();
            for (CapsimWithUI.Lane l : gui.lanes()) top.add(l.frame());
            holder[0] = compose(top, gui.chartFrame());
        });
        Pictures.writePng(holder[0], out);
        return holder[0];
    }

    /** Where each frame landed in the last screenshot: community frames first, then charts. */
    public static List<java.awt.Rectangle> regions(List<JFrame> top, JFrame charts) {
        List<java.awt.Rectangle> r = new ArrayList<>();
        int x = 0;
        for (JFrame f : top) {
            JRootPane p = f.getRootPane();
            r.add(new java.awt.Rectangle(x, 0, p.getWidth(), p.getHeight()));
            x += p.getWidth();
        }
        int h = 0;
        for (JFrame f : top) h = Math.max(h, f.getRootPane().getHeight());
        JRootPane c = charts.getRootPane();
        r.add(new java.awt.Rectangle(0, h, c.getWidth(), c.getHeight()));
        return r;
    }

    private static BufferedImage compose(List<JFrame> top, JFrame charts) {
        List<java.awt.Rectangle> at = regions(top, charts);
        int w = 0, h = 0;
        for (java.awt.Rectangle r : at) { w = Math.max(w, r.x + r.width); h = Math.max(h, r.y + r.height); }
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        List<JFrame> all = new ArrayList<>(top);
        all.add(charts);
        for (int k = 0; k < all.size(); k++) {
            java.awt.Rectangle r = at.get(k);
            Graphics2D gg = (Graphics2D) g.create(r.x, r.y, r.width, r.height);
            all.get(k).getRootPane().paint(gg);
            gg.dispose();
        }
        g.dispose();
        return img;
    }

    /** Stops the run and closes every window (not through the Console's close, which ends the JVM). */
    public void close() {
        onSwing(() -> {
            console.pressStop();
            gui.quit();
            console.dispose();
        });
    }

    static void onSwing(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) { r.run(); return; }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        }
    }
}
