package capsim.gui;

import java.awt.Color;

/** What a person's colour shows. Each mode maps a person to one of {@link #LEVELS} shades. */
public enum ColourMode {
    // need: green (none) through amber to red (high)
    NEED("need (highest domain)", "low", "high", 0x31A354, 0xFEC44F, 0xDE2D26),
    STRENGTHS("strengths", "low", "high", 0xDEEBF7, 0x6BAED6, 0x08306B),
    PATHWAY("pathway of last contact", null, null, 0xBDBDBD, 0xBDBDBD, 0xBDBDBD),
    WELLBEING("wellbeing (14..70)", "poor", "good", 0xD7301F, 0xFFFFBF, 0x2C7BB6);

    static final int LEVELS = 64;
    public final String label;
    final String low, high;
    private final Color[] shades = new Color[LEVELS];

    ColourMode(String label, String low, String high, int from, int mid, int to) {
        this.label = label;
        this.low = low;
        this.high = high;
        for (int k = 0; k < LEVELS; k++) shades[k] = lerp3(from, mid, to, k / (double) (LEVELS - 1));
    }

    // constants of an enum are built before its static fields, so the pathway colours live apart
    static final Color NO_CONTACT = Pathways.NO_CONTACT, DEFICIT = Pathways.DEFICIT, STRENGTHS_BASED = Pathways.STRENGTHS_BASED, AS_CUTS = Pathways.AS_CUTS;

    private static final class Pathways {
        static final Color NO_CONTACT = new Color(0xBDBDBD), DEFICIT = new Color(0xE6550D), STRENGTHS_BASED = new Color(0x1B9E77),
                AS_CUTS = new Color(0x7B3294);
    }

    /** Colour of person i in this mode. */
    Color colour(CommunityView view, int i) {
        return switch (this) {
            case NEED -> shade(view.maxNeed(i));
            case STRENGTHS -> shade(view.strengths(i));
            case WELLBEING -> shade((view.wellbeing(i) - 14.0) / 56.0);
            case PATHWAY -> switch (view.pathway(i)) {
                case CommunityView.PATHWAY_DEFICIT -> DEFICIT;
                case CommunityView.PATHWAY_STRENGTHS -> STRENGTHS_BASED;
                case CommunityView.PATHWAY_CUTS -> AS_CUTS;
                default -> NO_CONTACT;
            };
        };
    }

    Color shade(double x) {
        if (!(x > 0)) return shades[0];
        return shades[Math.min(LEVELS - 1, (int) (x * (LEVELS - 1) + 0.5))];
    }

    private static Color lerp3(int a, int b, int c, double x) {
        return x < 0.5 ? lerp(a, b, x * 2) : lerp(b, c, (x - 0.5) * 2);
    }

    private static Color lerp(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return new Color(r, g, bl);
    }

    /** Parses a command-line value such as {@code need} or {@code pathway}. */
    public static ColourMode parse(String s) {
        for (ColourMode m : values()) if (m.name().equalsIgnoreCase(s)) return m;
        throw new IllegalArgumentException("colour must be one of need, strengths, pathway, wellbeing, not '" + s + "'");
    }
}
