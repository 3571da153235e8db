package capsim.gui;

import capsim.model.Seeds;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.Locale;

/**
 * Draws the community with Java2D: neighbourhoods as cells tinted by deprivation, people as
 * dots placed by {@link Layout} (coloured by a {@link ColourMode}, sized by dependency), their
 * ties as lines coloured by kind, and each neighbourhood's community assets as boxes along the
 * foot of its cell that fill up as places are taken. Shared by the live display, {@code snapshot}
 * and {@code animate}, so the slides look like the classroom.
 *
 * <p>With thousands of people, drawing every tie is slow and unreadable: at most
 * {@code edgeBudget} ties are drawn, a sample chosen by hashing the pair, so the same ties stay
 * on screen from frame to frame. The ties of the selected person are always drawn.
 */
public final class NetworkPainter {
    static final Color BACKGROUND = Color.WHITE;
    /** Tie colours by kind, faded toward white. Opaque on purpose: translucent lines are six times slower to draw. */
    static final Color[] TIE_COLOURS = {
            faded(0x505050, 0.35), faded(0x8856A7, 0.45), faded(0x2B8CBE, 0.55), faded(0x41AB5D, 0.55), faded(0xFD8D3C, 0.45)};

    /** The kind's full colour, for the legend and a selected person's ties. */
    static final Color[] TIE_STRONG = {
            new Color(0x505050), new Color(0x8856A7), new Color(0x2B8CBE), new Color(0x41AB5D), new Color(0xFD8D3C)};

    private static Color faded(int rgb, double towardWhite) {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        return new Color((int) (r + (255 - r) * towardWhite), (int) (g + (255 - g) * towardWhite), (int) (b + (255 - b) * towardWhite));
    }
    static final Color[] ASSET_COLOURS = {
            new Color(0x1B9E77), new Color(0xD95F02), new Color(0x7570B3), new Color(0xE7298A),
            new Color(0x66A61E), new Color(0xE6AB02), new Color(0xA6761D), new Color(0x666666)};
    private static final int TITLE = 46, LEGEND = 220, MARGIN = 8;

    private ColourMode mode = ColourMode.NEED;
    private int edgeBudget = 6000;
    private boolean quality = true;
    private boolean legend = true;
    private String caption = "";

    // geometry of the last frame, for hit tests
    private double ax, ay, cw, ch;
    private int cols = 1;
    private int[] px = new int[0], py = new int[0];
    private int lastDrawnEdges, lastEdges;

    public NetworkPainter colourMode(ColourMode m) { this.mode = m; return this; }
    public ColourMode colourMode() { return mode; }
    public NetworkPainter edgeBudget(int b) { this.edgeBudget = Math.max(0, b); return this; }
    public int edgeBudget() { return edgeBudget; }
    /** Antialiased drawing for still pictures; off in the live display, where speed matters. */
    public NetworkPainter quality(boolean q) { this.quality = q; return this; }
    public NetworkPainter legend(boolean l) { this.legend = l; return this; }
    /** An extra line under the title (e.g. "same seed, scenario B"). */
    public NetworkPainter caption(String c) { this.caption = c == null ? "" : c; return this; }
    public int lastDrawnEdges() { return lastDrawnEdges; }
    public int lastEdges() { return lastEdges; }

    /** Paints the whole picture into {@code [0,w) x [0,h)}; {@code selected} is a person or -1. */
    public void paint(Graphics2D g, CommunityView view, Layout layout, int w, int h, int selected) {
        layout.update(view);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                quality ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (view.hoods() == 0) { // not started yet
            g.setColor(new Color(30, 30, 30));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            g.drawString(view.scenarioName() + " — press play to start", MARGIN, 20);
            return;
        }
        boolean withLegend = legend && w >= 640;
        double aw = w - 2 * MARGIN - (withLegend ? LEGEND : 0), ah = h - TITLE - 2 * MARGIN;
        ax = MARGIN;
        ay = TITLE + MARGIN;
        int hoods = Math.max(1, view.hoods());
        cols = columns(hoods, aw, Math.max(1, ah));
        int rows = (hoods + cols - 1) / cols;
        cw = aw / cols;
        ch = ah / rows;
        drawHoods(g, view, hoods);
        int n = view.slots();
        positions(view, layout, n);
        drawTies(g, view, layout, n, selected);
        drawPeople(g, view, layout, n, hoods);
        drawAssets(g, view);
        drawHoodLabels(g, view, hoods);
        if (selected >= 0 && selected < n && layout.placed(selected)) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            g.drawOval(px[selected] - 7, py[selected] - 7, 14, 14);
            g.setStroke(new BasicStroke(1f));
        }
        drawTitle(g, view, w);
        if (withLegend) drawLegend(g, w - LEGEND, TITLE + MARGIN);
    }

    /** Grid columns that leave few cells empty and keep cells near square. */
    static int columns(int hoods, double w, double h) {
        int best = 1;
        double bestScore = -1;
        for (int c = 1; c <= hoods; c++) {
            int r = (hoods + c - 1) / c;
            double cw = w / c, ch = h / r;
            double score = (double) hoods / (c * r) * Math.sqrt(Math.min(cw, ch) / Math.max(cw, ch));
            if (score > bestScore + 1e-9) { bestScore = score; best = c; }
        }
        return best;
    }

    private double cellX(int hood) { return ax + (hood % cols) * cw; }
    private double cellY(int hood) { return ay + (hood / cols) * ch; }

    private void drawHoods(Graphics2D g, CommunityView view, int hoods) {
        for (int hd = 0; hd < hoods; hd++) {
            int x = (int) cellX(hd), y = (int) cellY(hd);
            g.setColor(decileTint(view.decile(hd)));
            g.fillRect(x + 1, y + 1, (int) cw - 2, (int) ch - 2);
            g.setColor(new Color(210, 210, 210));
            g.drawRect(x + 1, y + 1, (int) cw - 2, (int) ch - 2);
        }
    }

    private void drawHoodLabels(Graphics2D g, CommunityView view, int hoods) {
        if (cw <= 70 || ch <= 40) return;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        for (int hd = 0; hd < hoods; hd++) {
            String label = "N" + (hd + 1) + " · decile " + view.decile(hd);
            int x = (int) cellX(hd), y = (int) cellY(hd);
            int w = g.getFontMetrics().stringWidth(label);
            g.setColor(new Color(255, 255, 255, 200));
            g.fillRect(x + 2, y + 2, w + 4, 12);
            g.setColor(new Color(90, 90, 90));
            g.drawString(label, x + 4, y + 12);
        }
    }

    /** Deprived neighbourhoods (decile 1) get a warm tint, affluent ones (decile 10) a cool one. */
    static Color decileTint(int decile) {
        double t = Math.max(0, Math.min(1, (decile - 1) / 9.0));
        int r = (int) Math.round(253 * (1 - t) + 240 * t), gr = (int) Math.round(232 * (1 - t) + 246 * t),
                b = (int) Math.round(226 * (1 - t) + 252 * t);
        return new Color(r, gr, b);
    }

    private void positions(CommunityView view, Layout layout, int n) {
        if (px.length < n) { px = new int[n + n / 4]; py = new int[n + n / 4]; }
        double pad = Math.min(4, cw * 0.04), peopleH = ch * (1 - Layout.ASSET_STRIP);
        for (int i = 0; i < n; i++) {
            if (!layout.placed(i)) continue;
            int hd = layout.hood(i);
            px[i] = (int) (cellX(hd) + pad + layout.u(i) * (cw - 2 * pad));
            py[i] = (int) (cellY(hd) + pad + 10 + layout.v(i) * (peopleH - 2 * pad - 10));
        }
    }

    private void drawTies(Graphics2D g, CommunityView view, Layout layout, int n, int selected) {
        long edges = 0;
        for (int i = 0; i < n; i++) if (layout.placed(i)) edges += view.degree(i);
        edges /= 2;
        lastEdges = (int) Math.min(Integer.MAX_VALUE, edges);
        long keep = edges <= edgeBudget ? 1L << 16 : (long) ((double) edgeBudget / edges * 65536);
        int drawn = 0;
        for (int i = 0; i < n; i++) {
            if (!layout.placed(i)) continue;
            for (int k = 0, d = view.degree(i); k < d; k++) {
                int j = view.neighbour(i, k);
                if (j <= i || j >= n || !layout.placed(j)) continue;
                if ((Seeds.mix(((long) i << 32) | j) & 0xffff) >= keep) continue;
                int kind = view.tieKind(i, k);
                g.setColor(TIE_COLOURS[Math.floorMod(kind, TIE_COLOURS.length)]);
                g.drawLine(px[i], py[i], px[j], py[j]);
                drawn++;
            }
        }
        lastDrawnEdges = drawn;
        if (selected >= 0 && selected < n && layout.placed(selected)) {
            Stroke old = g.getStroke();
            g.setStroke(new BasicStroke(2f));
            for (int k = 0, d = view.degree(selected); k < d; k++) {
                int j = view.neighbour(selected, k);
                if (j < 0 || j >= n || !layout.placed(j)) continue;
                g.setColor(TIE_STRONG[Math.floorMod(view.tieKind(selected, k), TIE_STRONG.length)]);
                g.drawLine(px[selected], py[selected], px[j], py[j]);
            }
            g.setStroke(old);
        }
    }

    /** Dot radius for a dependency in 0..1, given the crowding of the cells. */
    private double baseRadius(int n, int hoods) {
        double perCell = Math.max(1, n / (double) hoods);
        double r = Math.sqrt(cw * ch * (1 - Layout.ASSET_STRIP) / perCell) * 0.3;
        return Math.max(1.8, Math.min(6, r));
    }

    private void drawPeople(Graphics2D g, CommunityView view, Layout layout, int n, int hoods) {
        double base = baseRadius(n, hoods);
        for (int i = 0; i < n; i++) {
            if (!layout.placed(i)) continue;
            double dep = view.dependency(i);
            int r = (int) Math.max(1, Math.round(base * (0.7 + 1.6 * Math.max(0, Math.min(1, dep)))));
            g.setColor(mode.colour(view, i));
            g.fillOval(px[i] - r, py[i] - r, 2 * r, 2 * r);
        }
    }

    private void drawAssets(Graphics2D g, CommunityView view) {
        int hoods = Math.max(1, view.hoods());
        int[] count = new int[hoods], slot = new int[hoods];
        int assets = view.assets();
        for (int a = 0; a < assets; a++) {
            int hd = view.assetHood(a);
            if (hd >= 0 && hd < hoods) count[hd]++;
        }
        double stripH = ch * Layout.ASSET_STRIP;
        for (int a = 0; a < assets; a++) {
            int hd = view.assetHood(a);
            if (hd < 0 || hd >= hoods) continue;
            int per = Math.max(count[hd], 5);
            double bw = Math.min((cw - 6) / per, 28);
            int x = (int) (cellX(hd) + 3 + slot[hd]++ * bw), y = (int) (cellY(hd) + ch - stripH);
            int wdt = Math.max(2, (int) bw - 2), hgt = Math.max(3, (int) stripH - 3);
            int places = view.places(a), filled = Math.min(view.filled(a), Math.max(0, places));
            Color c = ASSET_COLOURS[Math.floorMod(view.assetKind(a), ASSET_COLOURS.length)];
            g.setColor(Color.WHITE);
            g.fillRect(x, y, wdt, hgt);
            int fh = places <= 0 ? 0 : (int) Math.round(hgt * (double) filled / places);
            g.setColor(c);
            g.fillRect(x, y + hgt - fh, wdt, fh);
            g.drawRect(x, y, wdt, hgt);
        }
    }

    private void drawTitle(Graphics2D g, CommunityView view, int w) {
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        int week = view.reportedWeek();
        String when = week <= 0 ? "burn-in" : String.format(Locale.ROOT, "week %d (year %d)", week, (week - 1) / 52 + 1);
        g.drawString(view.scenarioName() + " — " + when, MARGIN, 20);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int n = view.slots(), alive = 0;
        double need = 0;
        for (int i = 0; i < n; i++) if (view.alive(i)) { alive++; need += view.maxNeed(i); }
        int places = 0, filled = 0;
        for (int a = 0; a < view.assets(); a++) { places += view.places(a); filled += view.filled(a); }
        String stats = String.format(Locale.ROOT,
                "%,d people · %,d ties (%,d drawn) · %d community assets, %,d of %,d places filled · mean highest need %.2f",
                alive, lastEdges, lastDrawnEdges, view.assets(), filled, places, alive == 0 ? 0 : need / alive);
        if (!caption.isEmpty()) stats = caption + " · " + stats;
        g.setColor(new Color(70, 70, 70));
        g.drawString(stats, MARGIN, 38);
    }

    private void drawLegend(Graphics2D g, int x, int y) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.setColor(Color.DARK_GRAY);
        g.drawString("Colour: " + mode.label, x, y + 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        int yy = y + 20;
        if (mode == ColourMode.PATHWAY) {
            yy = swatch(g, x, yy, ColourMode.NO_CONTACT, "no contact yet");
            yy = swatch(g, x, yy, ColourMode.DEFICIT, "deficit pathway");
            yy = swatch(g, x, yy, ColourMode.STRENGTHS_BASED, "strengths-based pathway");
            yy = swatch(g, x, yy, ColourMode.AS_CUTS, "'strengths-based' as cuts");
        } else {
            for (int k = 0; k < 160; k++) {
                g.setColor(mode.shade(k / 159.0));
                g.fillRect(x + k, yy, 1, 12);
            }
            g.setColor(Color.DARK_GRAY);
            g.drawString(mode.low, x, yy + 24);
            g.drawString(mode.high, x + 160 - fm.stringWidth(mode.high), yy + 24);
            yy += 34;
        }
        yy += 6;
        g.setColor(Color.DARK_GRAY);
        g.drawString("Size: dependency on services", x, yy + 10);
        for (int k = 0; k < 4; k++) {
            int r = 2 + k * 2;
            g.setColor(Color.GRAY);
            g.fillOval(x + 10 + k * 28 - r, yy + 24 - r, 2 * r, 2 * r);
        }
        yy += 40;
        g.setColor(Color.DARK_GRAY);
        g.drawString("Ties (a sample when many):", x, yy + 10);
        yy += 16;
        for (int k = 0; k < CommunityView.TIE_KINDS.length; k++) {
            g.setColor(TIE_STRONG[k]);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(x, yy + 6, x + 22, yy + 6);
            g.setStroke(new BasicStroke(1f));
            g.setColor(Color.DARK_GRAY);
            g.drawString(CommunityView.TIE_KINDS[k], x + 28, yy + 10);
            yy += 15;
        }
        yy += 8;
        g.drawString("Community assets: boxes at the", x, yy + 10);
        g.drawString("foot of each neighbourhood,", x, yy + 24);
        g.drawString("filled as places are taken", x, yy + 38);
        yy += 48;
        g.drawString("Cell tint: deprivation decile", x, yy + 10);
        g.setColor(decileTint(1));
        g.fillRect(x, yy + 16, 60, 12);
        g.setColor(decileTint(10));
        g.fillRect(x + 100, yy + 16, 60, 12);
        g.setColor(Color.DARK_GRAY);
        g.drawString("1 (most)", x, yy + 42);
        g.drawString("10 (least)", x + 100, yy + 42);
    }

    private static int swatch(Graphics2D g, int x, int y, Color c, String label) {
        g.setColor(c);
        g.fillOval(x, y, 12, 12);
        g.setColor(Color.DARK_GRAY);
        g.drawString(label, x + 18, y + 11);
        return y + 17;
    }

    /** The person drawn nearest to picture point (x, y) in the last frame, or -1 if none is close. */
    public int personAt(Layout layout, int n, double x, double y) {
        int best = -1;
        double bestD = 10 * 10;
        for (int i = 0; i < Math.min(n, px.length); i++) {
            if (!layout.placed(i)) continue;
            double dx = px[i] - x, dy = py[i] - y, d = dx * dx + dy * dy;
            if (d < bestD) { bestD = d; best = i; }
        }
        return best;
    }

    /** Pixel positions of people in the last frame (for tests): {x, y}. */
    int[] position(int i) { return new int[]{px[i], py[i]}; }
}
