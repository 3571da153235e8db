package capsim.view;

/**
 * The colours of a picture of the community, other than people's ({@link ColourMode}): ties by
 * kind, community assets by kind, neighbourhoods by deprivation, text, and the chart series.
 * Plain {@code 0xRRGGBB} ints; {@link #LABEL_BACK} alone is {@code 0xAARRGGBB}, translucent.
 */
public final class Palette {
    private Palette() {}

    public static final int BACKGROUND = 0xFFFFFF, BLACK = 0x000000, WHITE = 0xFFFFFF;
    /** Title, statistics line, neighbourhood labels and legend text. */
    public static final int TITLE = rgb(30, 30, 30), STATS = rgb(70, 70, 70), HOOD_LABEL = rgb(90, 90, 90),
            LEGEND_TEXT = 0x404040, LEGEND_DOT = 0x808080, HOOD_BORDER = rgb(210, 210, 210);
    /** Behind a neighbourhood's label: white, alpha 200. */
    public static final int LABEL_BACK = 200 << 24 | 0xFFFFFF;

    /** The tie kinds' full colours (legend, a selected person's ties), by {@code CommunityView.TIE_}. */
    private static final int[] TIE_STRONG = {0x505050, 0x8856A7, 0x2B8CBE, 0x41AB5D, 0xFD8D3C, 0xC994C7};
    /** Ties as drawn, faded toward white. Opaque on purpose: translucent lines are six times slower to draw. */
    private static final int[] TIE_FADED = {
            faded(0x505050, 0.35), faded(0x8856A7, 0.45), faded(0x2B8CBE, 0.55), faded(0x41AB5D, 0.55), faded(0xFD8D3C, 0.45), faded(0xC994C7, 0.45)};
    private static final int[] ASSETS = {0x1B9E77, 0xD95F02, 0x7570B3, 0xE7298A, 0x66A61E, 0xE6AB02, 0xA6761D, 0x666666};
    /** Chart lines: one per agency, or per scenario. */
    private static final int[] SERIES = {0xE41A1C, 0x377EB8, 0x4DAF4A, 0x984EA3, 0xFF7F00, 0x444444, 0xA65628, 0xF781BF};

    public static int tieKinds() { return TIE_STRONG.length; }
    public static int tieStrong(int kind) { return TIE_STRONG[Math.floorMod(kind, TIE_STRONG.length)]; }
    public static int tieFaded(int kind) { return TIE_FADED[Math.floorMod(kind, TIE_FADED.length)]; }
    public static int assetKinds() { return ASSETS.length; }
    public static int asset(int kind) { return ASSETS[Math.floorMod(kind, ASSETS.length)]; }
    public static int seriesCount() { return SERIES.length; }
    public static int series(int k) { return SERIES[Math.floorMod(k, SERIES.length)]; }

    /** Deprived neighbourhoods (decile 1) get a warm tint, affluent ones (decile 10) a cool one. */
    public static int decileTint(int decile) {
        double t = Math.max(0, Math.min(1, (decile - 1) / 9.0));
        int r = (int) Math.round(253 * (1 - t) + 240 * t), gr = (int) Math.round(232 * (1 - t) + 246 * t),
                b = (int) Math.round(226 * (1 - t) + 252 * t);
        return rgb(r, gr, b);
    }

    public static int rgb(int r, int g, int b) { return (r & 255) << 16 | (g & 255) << 8 | (b & 255); }

    /** {@code #rrggbb}, for a web page. */
    public static String css(int rgb) { return String.format(java.util.Locale.ROOT, "#%06x", rgb & 0xFFFFFF); }

    private static int faded(int rgb, double towardWhite) {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        return rgb((int) (r + (255 - r) * towardWhite), (int) (g + (255 - g) * towardWhite), (int) (b + (255 - b) * towardWhite));
    }
}
