package capsim.cli;

import capsim.scenario.BadInputException;
import capsim.view.ColourMode;

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
        throw new BadInputException("--size: expected WIDTHxHEIGHT between 320x240 and 8000x8000, got '" + s + "'");
    }

    static ColourMode colour(String s) {
        try {
            return ColourMode.parse(s);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--colour: " + e.getMessage());
        }
    }

    static void ties(int t) {
        if (t < 0) throw new BadInputException("--ties: expected 0 or more, got " + t);
    }

    static void pngFile(Path out, String option) {
        if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png"))
            throw new BadInputException(option + ": expected a .png file, got " + out);
        if (Files.isDirectory(out)) throw new BadInputException(option + ": " + out + " is a folder");
    }
}
