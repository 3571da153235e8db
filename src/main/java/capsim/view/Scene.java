package capsim.view;

import capsim.model.Seeds;

import java.util.Locale;

/**
 * One frame of the community picture in pixels, for any toolkit to draw: neighbourhoods as grid
 * cells, people at their {@link Layout} positions with a dot radius by dependency, the ties
 * shown (a fixed hashed sample above a budget, so the same ties stay from frame to frame), each
 * neighbourhood's community assets as boxes along the foot of its cell, and the title and
 * statistics lines. Reused between frames: {@link #arrange} recomputes it, allocating only when
 * the community grows.
 */
public final class Scene {
    /** Height of the title band, width of the legend column, margin around the cells. */
    public static final int TITLE = 46, LEGEND = 220, MARGIN = 8;
    /** Pictures narrower than this have no legend. */
    public static final int LEGEND_MIN_WIDTH = 640;

    /** Receives one tie to draw: people i and j, of a {@code CommunityView.TIE_} kind. */
    public interface TieSink { void tie(int i, int j, int kind); }

    private CommunityView view;
    private Layout layout;
    private boolean withLegend;
    private double ax, ay, cw, ch, base;
    private int cols = 1, hoods, n;
    private int[] px = new int[0], py = new int[0];
    private int edges, drawnEdges;
    private long keep;
    private int[] boxX = new int[0], boxY = new int[0], boxW = new int[0], boxH = new int[0], boxFill = new int[0];

    /**
     * Places newcomers and movers in {@code layout}, then lays out a {@code w x h} frame;
     * false before the model has built its people (then only {@link #waitingTitle} is shown).
     */
    public boolean arrange(CommunityView view, Layout layout, int w, int h, boolean legend, int edgeBudget) {
        this.view = view;
        this.layout = layout;
        layout.update(view);
        if (view.hoods() == 0) { n = 0; return false; }
        withLegend = legend && w >= LEGEND_MIN_WIDTH;
        double aw = w - 2 * MARGIN - (withLegend ? LEGEND : 0), ah = h - TITLE - 2 * MARGIN;
        ax = MARGIN;
        ay = TITLE + MARGIN;
        hoods = Math.max(1, view.hoods());
        cols = columns(hoods, aw, Math.max(1, ah));
        int rows = (hoods + cols - 1) / cols;
        cw = aw / cols;
        ch = ah / rows;
        n = view.slots();
        positions();
        countTies(edgeBudget);
        base = baseRadius();
        boxes();
        return true;
    }

    /** Grid columns that leave few cells empty and keep cells near square. */
    public static int columns(int hoods, double w, double h) {
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

    public boolean withLegend() { return withLegend; }
    /** Neighbourhood cells drawn (at least one). */
    public int hoods() { return hoods; }
    /** People slots of the frame: the bound of a loop over {@link #placed} people. */
    public int slots() { return n; }
    public double cellX(int hood) { return ax + (hood % cols) * cw; }
    public double cellY(int hood) { return ay + (hood / cols) * ch; }
    public double cellWidth() { return cw; }
    public double cellHeight() { return ch; }
    /** Neighbourhood labels are shown when cells are big enough to hold them. */
    public boolean hoodLabels() { return cw > 70 && ch > 40; }
    public String hoodLabel(int hood) { return "N" + (hood + 1) + " · decile " + view.decile(hood); }

    private void positions() {
        if (px.length < n) { px = new int[n + n / 4]; py = new int[n + n / 4]; }
        double pad = Math.min(4, cw * 0.04), peopleH = ch * (1 - Layout.ASSET_STRIP);
        for (int i = 0; i < n; i++) {
            if (!layout.placed(i)) continue;
            int hd = layout.hood(i);
            px[i] = (int) (cellX(hd) + pad + layout.u(i) * (cw - 2 * pad));
            py[i] = (int) (cellY(hd) + pad + 10 + layout.v(i) * (peopleH - 2 * pad - 10));
        }
    }

    /** True when person i is drawn in this frame. */
    public boolean placed(int i) { return i >= 0 && i < n && layout.placed(i); }
    /** Pixel position of a {@link #placed} person. */
    public int x(int i) { return px[i]; }
    public int y(int i) { return py[i]; }

    /** Dot radius of a placed person: bigger for more dependency on services. */
    public int radius(int i) {
        double dep = view.dependency(i);
        return (int) Math.max(1, Math.round(base * (0.7 + 1.6 * Math.max(0, Math.min(1, dep)))));
    }

    /** Dot radius for no dependency, given the crowding of the cells. */
    private double baseRadius() {
        double perCell = Math.max(1, n / (double) hoods);
        double r = Math.sqrt(cw * ch * (1 - Layout.ASSET_STRIP) / perCell) * 0.3;
        return Math.max(1.8, Math.min(6, r));
    }

    private void countTies(int edgeBudget) {
        long e = 0;
        for (int i = 0; i < n; i++) if (layout.placed(i)) e += view.degree(i);
        e /= 2;
        edges = (int) Math.min(Integer.MAX_VALUE, e);
        keep = e <= edgeBudget ? 1L << 16 : (long) ((double) edgeBudget / e * 65536);
        drawnEdges = 0;
    }

    /** Ties between placed people, each once. */
    public int edges() { return edges; }
    /** Ties handed out by the last {@link #sampledTies}. */
    public int drawnEdges() { return drawnEdges; }

    /** The sample of ties to draw, each once (i below j), in a fixed order. */
    public void sampledTies(TieSink sink) {
        int drawn = 0;
        for (int i = 0; i < n; i++) {
            if (!layout.placed(i)) continue;
            for (int k = 0, d = view.degree(i); k < d; k++) {
                int j = view.neighbour(i, k);
                if (j <= i || j >= n || !layout.placed(j)) continue;
                if ((Seeds.mix(((long) i << 32) | j) & 0xffff) >= keep) continue;
                sink.tie(i, j, view.tieKind(i, k));
                drawn++;
            }
        }
        drawnEdges = drawn;
    }

    /** Every tie of the selected person to someone placed (always drawn, bold); none if not placed. */
    public void tiesOf(int selected, TieSink sink) {
        if (!placed(selected)) return;
        for (int k = 0, d = view.degree(selected); k < d; k++) {
            int j = view.neighbour(selected, k);
            if (j < 0 || j >= n || !layout.placed(j)) continue;
            sink.tie(selected, j, view.tieKind(selected, k));
        }
    }

    private void boxes() {
        int assets = view.assets();
        if (boxX.length < assets) {
            boxX = new int[assets]; boxY = new int[assets]; boxW = new int[assets]; boxH = new int[assets]; boxFill = new int[assets];
        }
        int[] count = new int[hoods], slot = new int[hoods];
        for (int a = 0; a < assets; a++) {
            int hd = view.assetHood(a);
            if (hd >= 0 && hd < hoods) count[hd]++;
        }
        double stripH = ch * Layout.ASSET_STRIP;
        for (int a = 0; a < assets; a++) {
            int hd = view.assetHood(a);
            if (hd < 0 || hd >= hoods) { boxW[a] = -1; continue; }
            int per = Math.max(count[hd], 5);
            double bw = Math.min((cw - 6) / per, 28);
            boxX[a] = (int) (cellX(hd) + 3 + slot[hd]++ * bw);
            boxY[a] = (int) (cellY(hd) + ch - stripH);
            boxW[a] = Math.max(2, (int) bw - 2);
            boxH[a] = Math.max(3, (int) stripH - 3);
            int places = view.places(a), filled = Math.min(view.filled(a), Math.max(0, places));
            boxFill[a] = places <= 0 ? 0 : (int) Math.round(boxH[a] * (double) filled / places);
        }
    }

    /** Community assets of the frame (check {@link #boxShown}). */
    public int assets() { return view.assets(); }
    /** False for an asset outside every neighbourhood. */
    public boolean boxShown(int a) { return boxW[a] >= 0; }
    public int boxX(int a) { return boxX[a]; }
    public int boxY(int a) { return boxY[a]; }
    public int boxWidth(int a) { return boxW[a]; }
    public int boxHeight(int a) { return boxH[a]; }
    /** Height of the box's filled part, from its foot: the share of places taken. */
    public int boxFilled(int a) { return boxFill[a]; }
    public int boxKind(int a) { return view.assetKind(a); }

    /** Shown before the model has built its people. */
    public static String waitingTitle(CommunityView view) { return view.scenarioName() + " — press play to start"; }

    /** The picture's title: scenario and week. */
    public String title() {
        int week = view.reportedWeek();
        String when = week <= 0 ? "burn-in" : String.format(Locale.ROOT, "week %d (year %d)", week, (week - 1) / 52 + 1);
        return view.scenarioName() + " — " + when;
    }

    /** The line under the title (after {@link #sampledTies}): people, ties, assets and places, mean need. */
    public String stats(String caption) {
        int slots = view.slots(), alive = 0;
        double need = 0;
        for (int i = 0; i < slots; i++) if (view.alive(i)) { alive++; need += view.maxNeed(i); }
        int places = 0, filled = 0;
        for (int a = 0; a < view.assets(); a++) { places += view.places(a); filled += view.filled(a); }
        String stats = String.format(Locale.ROOT,
                "%,d people · %,d ties (%,d drawn) · %d community assets, %,d of %,d places filled · mean highest need %.2f",
                alive, edges, drawnEdges, view.assets(), filled, places, alive == 0 ? 0 : need / alive);
        return caption == null || caption.isEmpty() ? stats : caption + " · " + stats;
    }

    /** The person drawn nearest to picture point (x, y) in the last frame, or -1 if none is within 10 pixels. */
    public int personAt(double x, double y) {
        if (view == null) return -1;
        int best = -1;
        double bestD = 10 * 10;
        for (int i = 0, m = Math.min(view.slots(), px.length); i < m; i++) {
            if (!layout.placed(i)) continue;
            double dx = px[i] - x, dy = py[i] - y, d = dx * dx + dy * dy;
            if (d < bestD) { bestD = d; best = i; }
        }
        return best;
    }
}
