package capsim.cli;

import capsim.gui.ColourMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks shared by the picture commands; each failure is one line for the user. */
final class PictureOptions {
    private PictureOptions() {}

    static int[] size(String s) {
        String[] p = s.toLowerCase(Locale.ROOT).split("x");
        try {
            if (p.length == 2) {
                int w = Integer.parseInt(p[0].trim()), h = Integer.parseInt(p[1].trim());
                if (w >= 320 && h >= 240 && w <= 8000 && h <= 8000) return new int[]{w, h};
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("--size must be WIDTHxHEIGHT between 320x240 and 8000x8000, got '" + s + "'");
    }

    static ColourMode colour(String s) { return ColourMode.parse(s); }

    static void ties(int t) {
        if (t < 0) throw new IllegalArgumentException("--ties must be 0 or more, got " + t);
    }

    static void extension(Path out, String ext) {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext))
            throw new IllegalArgumentException("--out must be a " + ext + " file, got " + out);
        if (Files.isDirectory(out)) throw new IllegalArgumentException("--out " + out + " is a folder");
    }
}
