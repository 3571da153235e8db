package capsim.view;

import java.util.List;

/**
 * What a person's colour shows. Colours are plain RGB ints ({@code 0xRRGGBB}). Each mode has a
 * small palette and maps a person to an index in it: {@link #LEVELS} shades of a ramp for need,
 * strengths and wellbeing, one colour per pathway for pathway.
 */
public enum ColourMode {
    // need: green (none) through amber to red (high)
    NEED("need (highest domain)", "low", "high", 0x31A354, 0xFEC44F, 0xDE2D26),
    STRENGTHS("strengths", "low", "high", 0xDEEBF7, 0x6BAED6, 0x08306B),
    PATHWAY("pathway of last contact", null, null, 0xBDBDBD, 0xBDBDBD, 0xBDBDBD),
    WELLBEING("wellbeing (14..70)", "poor", "good", 0xD7301F, 0xFFFFBF, 0x2C7BB6);

    public static final int LEVELS = 64;
    /** Pathway colours, by the {@code CommunityView.PATHWAY_} constant. */
    public static final int NO_CONTACT = 0xBDBDBD, DEFICIT = 0xE6550D, STRENGTHS_BASED = 0x1B9E77, AS_CUTS = 0x7B3294;

    /** One entry of a legend: a colour and what it means. */
    public record Swatch(int rgb, String label) {}

    /** The pathway mode's legend, in palette order. */
    public static final List<Swatch> PATHWAY_SWATCHES = List.of(new Swatch(NO_CONTACT, "no contact yet"),
            new Swatch(DEFICIT, "deficit pathway *"), new Swatch(STRENGTHS_BASED, "strengths-based pathway"),
            new Swatch(AS_CUTS, "'strengths-based' as cuts"));

    public final String label;
    /**
     * Under the pathway legend, why most contacted people are "deficit" even in a strengths-based
     * run: the practice happens only in a trained practitioner's encounter, with chance equal to
     * fidelity, at the agencies that switched; the colour is the last contact's. Short lines for a narrow legend.
     */
    public static final List<String> PATHWAY_NOTE = List.of("* also in a strengths-based run:", "a last contact before the switch,",
            "with an untrained practitioner,", "short of fidelity, or at an agency", "that kept the deficit pathway");

    /** Words at the ramp's ends in a legend (null for pathway). */
    public final String low, high;
    private final int[] palette;

    ColourMode(String label, String low, String high, int from, int mid, int to) {
        this.label = label;
        this.low = low;
        this.high = high;
        if (low == null) {
            palette = new int[]{NO_CONTACT, DEFICIT, STRENGTHS_BASED, AS_CUTS};
        } else {
            palette = new int[LEVELS];
            for (int k = 0; k < LEVELS; k++) palette[k] = lerp3(from, mid, to, k / (double) (LEVELS - 1));
        }
    }

    /** True for need, strengths and wellbeing: a ramp of shades, not categories. */
    public boolean isRamp() { return low != null; }

    /** The mode's colours; {@link #level} indexes it. */
    public int[] palette() { return palette.clone(); }

    public int paletteSize() { return palette.length; }

    /** Index into {@link #palette} of person i's colour. */
    public int level(CommunityView view, int i) {
        return switch (this) {
            case NEED -> shadeLevel(view.maxNeed(i));
            case STRENGTHS -> shadeLevel(view.strengths(i));
            case WELLBEING -> shadeLevel((view.wellbeing(i) - 14.0) / 56.0);
            case PATHWAY -> switch (view.pathway(i)) {
                case CommunityView.PATHWAY_DEFICIT, CommunityView.PATHWAY_STRENGTHS, CommunityView.PATHWAY_CUTS -> view.pathway(i);
                default -> CommunityView.PATHWAY_NONE;
            };
        };
    }

    /** Colour of person i in this mode, {@code 0xRRGGBB}. */
    public int rgb(CommunityView view, int i) { return palette[level(view, i)]; }

    /** Ramp index for x in 0..1 (clamped; not a number is 0). */
    public int shadeLevel(double x) {
        if (!(x > 0)) return 0;
        return Math.min(palette.length - 1, (int) (x * (palette.length - 1) + 0.5));
    }

    /** Ramp colour for x in 0..1. */
    public int shade(double x) { return palette[shadeLevel(x)]; }

    private static int lerp3(int a, int b, int c, double x) {
        return x < 0.5 ? lerp(a, b, x * 2) : lerp(b, c, (x - 0.5) * 2);
    }

    private static int lerp(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return Palette.rgb(r, g, bl);
    }

    /** Parses a command-line value such as {@code need} or {@code pathway}. */
    public static ColourMode parse(String s) {
        for (ColourMode m : values()) if (m.name().equalsIgnoreCase(s)) return m;
        throw new IllegalArgumentException("colour must be one of need, strengths, pathway, wellbeing, not '" + s + "'");
    }
}
