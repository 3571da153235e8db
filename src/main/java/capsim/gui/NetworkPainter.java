package capsim.gui;

import capsim.view.ColourMode;
import capsim.view.CommunityView;
import capsim.view.Layout;
import capsim.view.Palette;
import capsim.view.Scene;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;

/**
 * Draws a {@link Scene} of the community with Java2D: neighbourhood cells tinted by
 * deprivation, people as dots coloured by a {@link ColourMode}, the sampled ties, community
 * asset boxes, a title and a legend. Where things go and which colour they take come from
 * {@code capsim.view}; this class only draws. Shared by the live display, {@code snapshot} and
 * {@code animate}, so the slides look like the classroom. The selected person's ties are drawn bold.
 */
public final class NetworkPainter {
    private static final Color TITLE = AwtColours.of(Palette.TITLE), STATS = AwtColours.of(Palette.STATS),
            TEXT = AwtColours.of(Palette.LEGEND_TEXT), DOT = AwtColours.of(Palette.LEGEND_DOT),
            HOOD_BORDER = AwtColours.of(Palette.HOOD_BORDER), HOOD_LABEL = AwtColours.of(Palette.HOOD_LABEL),
            LABEL_BACK = AwtColours.withAlpha(Palette.LABEL_BACK);

    private final Scene scene = new Scene();
    private ColourMode mode = ColourMode.NEED;
    private int edgeBudget = 6000;
    private boolean quality = true;
    private boolean legend = true;
    private String caption = "";

    public NetworkPainter colourMode(ColourMode m) { this.mode = m; return this; }
    public ColourMode colourMode() { return mode; }
    public NetworkPainter edgeBudget(int b) { this.edgeBudget = Math.max(0, b); return this; }
    public int edgeBudget() { return edgeBudget; }
    /** Antialiased drawing for still pictures; off in the live display, where speed matters. */
    public NetworkPainter quality(boolean q) { this.quality = q; return this; }
    public NetworkPainter legend(boolean l) { this.legend = l; return this; }
    /** An extra line under the title (e.g. "same seed, scenario B"). */
    public NetworkPainter caption(String c) { this.caption = c == null ? "" : c; return this; }
    public int lastDrawnEdges() { return scene.drawnEdges(); }
    public int lastEdges() { return scene.edges(); }
    /** The last frame's geometry: positions, for hit tests. */
    public Scene scene() { return scene; }

    /** Paints the whole picture into {@code [0,w) x [0,h)}; {@code selected} is a person or -1. */
    public void paint(Graphics2D g, CommunityView view, Layout layout, int w, int h, int selected) {
        boolean ready = scene.arrange(view, layout, w, h, legend, edgeBudget);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                quality ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(AwtColours.of(Palette.BACKGROUND));
        g.fillRect(0, 0, w, h);
        if (!ready) {
            g.setColor(TITLE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(Scene.waitingTitle(view), Scene.MARGIN, 20);
            return;
        }
        drawHoods(g, view);
        drawTies(g, selected);
        drawPeople(g, view);
        drawAssets(g);
        drawHoodLabels(g);
        if (scene.placed(selected)) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            g.drawOval(scene.x(selected) - 7, scene.y(selected) - 7, 14, 14);
            g.setStroke(new BasicStroke(1f));
        }
        drawTitle(g);
        if (scene.withLegend()) drawLegend(g, w - Scene.LEGEND, Scene.TITLE + Scene.MARGIN);
    }

    private void drawHoods(Graphics2D g, CommunityView view) {
        int cw = (int) scene.cellWidth(), ch = (int) scene.cellHeight();
        for (int hd = 0; hd < scene.hoods(); hd++) {
            int x = (int) scene.cellX(hd), y = (int) scene.cellY(hd);
            g.setColor(AwtColours.of(Palette.decileTint(view.decile(hd))));
            g.fillRect(x + 1, y + 1, cw - 2, ch - 2);
            g.setColor(HOOD_BORDER);
            g.drawRect(x + 1, y + 1, cw - 2, ch - 2);
        }
    }

    private void drawHoodLabels(Graphics2D g) {
        if (!scene.hoodLabels()) return;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int hd = 0; hd < scene.hoods(); hd++) {
            String label = scene.hoodLabel(hd);
            int x = (int) scene.cellX(hd), y = (int) scene.cellY(hd);
            int w = g.getFontMetrics().stringWidth(label);
            g.setColor(LABEL_BACK);
            g.fillRect(x + 2, y + 2, w + 4, 12);
            g.setColor(HOOD_LABEL);
            g.drawString(label, x + 4, y + 12);
        }
    }

    private void drawTies(Graphics2D g, int selected) {
        scene.sampledTies((i, j, kind) -> {
            g.setColor(AwtColours.TIE_FADED[Math.floorMod(kind, AwtColours.TIE_FADED.length)]);
            g.drawLine(scene.x(i), scene.y(i), scene.x(j), scene.y(j));
        });
        if (!scene.placed(selected)) return;
        Stroke old = g.getStroke();
        g.setStroke(new BasicStroke(2f));
        scene.tiesOf(selected, (i, j, kind) -> {
            g.setColor(AwtColours.TIE_STRONG[Math.floorMod(kind, AwtColours.TIE_STRONG.length)]);
            g.drawLine(scene.x(i), scene.y(i), scene.x(j), scene.y(j));
        });
        g.setStroke(old);
    }

    private void drawPeople(Graphics2D g, CommunityView view) {
        Color[] colours = AwtColours.people(mode);
        for (int i = 0, n = scene.slots(); i < n; i++) {
            if (!scene.placed(i)) continue;
            int r = scene.radius(i);
            g.setColor(colours[mode.level(view, i)]);
            g.fillOval(scene.x(i) - r, scene.y(i) - r, 2 * r, 2 * r);
        }
    }

    private void drawAssets(Graphics2D g) {
        for (int a = 0, assets = scene.assets(); a < assets; a++) {
            if (!scene.boxShown(a)) continue;
            int x = scene.boxX(a), y = scene.boxY(a), wdt = scene.boxWidth(a), hgt = scene.boxHeight(a), fh = scene.boxFilled(a);
            g.setColor(Color.WHITE);
            g.fillRect(x, y, wdt, hgt);
            g.setColor(AwtColours.ASSETS[Math.floorMod(scene.boxKind(a), AwtColours.ASSETS.length)]);
            g.fillRect(x, y + hgt - fh, wdt, fh);
            g.drawRect(x, y, wdt, hgt);
        }
    }

    private void drawTitle(Graphics2D g) {
        g.setColor(TITLE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(scene.title(), Scene.MARGIN, 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setColor(STATS);
        g.drawString(scene.stats(caption), Scene.MARGIN, 38);
    }

    private void drawLegend(Graphics2D g, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.setColor(TEXT);
        g.drawString("Colour: " + mode.label, x, y + 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        int yy = y + 20;
        if (!mode.isRamp()) {
            for (ColourMode.Swatch s : ColourMode.PATHWAY_SWATCHES) yy = swatch(g, x, yy, AwtColours.of(s.rgb()), s.label());
            g.setColor(TEXT);
            for (String line : ColourMode.PATHWAY_NOTE) { g.drawString(line, x, yy + 10); yy += 13; }
        } else {
            Color[] shades = AwtColours.people(mode);
            for (int k = 0; k < 160; k++) {
                g.setColor(shades[mode.shadeLevel(k / 159.0)]);
                g.fillRect(x + k, yy, 1, 12);
            }
            g.setColor(TEXT);
            g.drawString(mode.low, x, yy + 24);
            g.drawString(mode.high, x + 160 - fm.stringWidth(mode.high), yy + 24);
            yy += 34;
        }
        yy += 6;
        g.setColor(TEXT);
        g.drawString("Size: dependency on services", x, yy + 10);
        for (int k = 0; k < 4; k++) {
            int r = 2 + k * 2;
            g.setColor(DOT);
            g.fillOval(x + 10 + k * 28 - r, yy + 24 - r, 2 * r, 2 * r);
        }
        yy += 40;
        g.setColor(TEXT);
        g.drawString("Ties (a sample when many):", x, yy + 10);
        yy += 16;
        for (int k = 0; k < CommunityView.TIE_KINDS.length; k++) {
            g.setColor(AwtColours.TIE_STRONG[k]);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(x, yy + 6, x + 22, yy + 6);
            g.setStroke(new BasicStroke(1f));
            g.setColor(TEXT);
            g.drawString(CommunityView.TIE_KINDS[k], x + 28, yy + 10);
            yy += 15;
        }
        yy += 8;
        g.drawString("Community assets: boxes at the", x, yy + 10);
        g.drawString("foot of each neighbourhood,", x, yy + 24);
        g.drawString("filled as places are taken", x, yy + 38);
        yy += 48;
        g.drawString("Cell tint: deprivation decile", x, yy + 10);
        g.setColor(AwtColours.of(Palette.decileTint(1)));
        g.fillRect(x, yy + 16, 60, 12);
        g.setColor(AwtColours.of(Palette.decileTint(10)));
        g.fillRect(x + 100, yy + 16, 60, 12);
        g.setColor(TEXT);
        g.drawString("1 (most)", x, yy + 42);
        g.drawString("10 (least)", x + 100, yy + 42);
    }

    private static int swatch(Graphics2D g, int x, int y, Color c, String label) {
        g.setColor(c);
        g.fillOval(x, y, 12, 12);
        g.setColor(TEXT);
        g.drawString(label, x + 18, y + 11);
        return y + 17;
    }

    /** The person drawn nearest to picture point (x, y) in the last frame, or -1 if none is close. */
    public int personAt(double x, double y) { return scene.personAt(x, y); }
}
