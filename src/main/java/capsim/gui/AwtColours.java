package capsim.gui;

import capsim.view.ColourMode;
import capsim.view.Palette;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

/** The view layer's RGB ints as AWT colours, made once: people are drawn in thousands a frame. */
final class AwtColours {
    private AwtColours() {}

    private static final Map<ColourMode, Color[]> PEOPLE = new EnumMap<>(ColourMode.class);
    static final Color[] TIE_FADED = new Color[Palette.tieKinds()], TIE_STRONG = new Color[Palette.tieKinds()];
    static final Color[] ASSETS = new Color[Palette.assetKinds()];
    static final Color[] SERIES = new Color[Palette.seriesCount()];

    static {
        for (ColourMode m : ColourMode.values()) {
            int[] p = m.palette();
            Color[] c = new Color[p.length];
            for (int k = 0; k < p.length; k++) c[k] = new Color(p[k]);
            PEOPLE.put(m, c);
        }
        for (int k = 0; k < TIE_FADED.length; k++) { TIE_FADED[k] = new Color(Palette.tieFaded(k)); TIE_STRONG[k] = new Color(Palette.tieStrong(k)); }
        for (int k = 0; k < ASSETS.length; k++) ASSETS[k] = new Color(Palette.asset(k));
        for (int k = 0; k < SERIES.length; k++) SERIES[k] = new Color(Palette.series(k));
    }

    /** A mode's palette, indexed by {@link ColourMode#level}. */
    static Color[] people(ColourMode m) { return PEOPLE.get(m); }

    static Color of(int rgb) { return new Color(rgb); }

    /** An {@code 0xAARRGGBB} colour, translucent. */
    static Color withAlpha(int argb) { return new Color(argb, true); }
}
