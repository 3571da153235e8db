package capsim.cli;

import capsim.gui.Filmstrip;
import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.view.ColourMode;
import capsim.view.Look;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code capsim animate}: the community over a run, as an animated GIF or a folder of PNGs. */
@Command(name = "animate", mixinStandardHelpOptions = true,
        description = {"Draw the community every K weeks over a run: an animated GIF (--out ends in .gif) "
                + "or a new folder of numbered PNG frames (any other --out).", "Runs headless: no display needed."})
public final class AnimateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario name or YAML file.")
    String scenario;

    @Option(names = "--weeks", required = true, paramLabel = "N", description = "Reported weeks to cover.")
    int weeks;

    @Option(names = "--every", paramLabel = "K", defaultValue = "4", description = "Weeks between frames (default ${DEFAULT-VALUE}).")
    int every;

    @Option(names = "--out", required = true, paramLabel = "FILE.gif|DIR", description = "GIF file, or a folder to create for PNG frames.")
    Path out;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "200", description = "GIF: milliseconds a frame (default ${DEFAULT-VALUE}).")
    int delay;

    @Mixin PictureLook look;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1200x760", description = "Frame size (default ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() {
        Scenario s = look.scenario(scenario, "--weeks", weeks, 1);
        int[] wh = PictureOptions.size(size);
        ColourMode mode = look.colourMode();
        if (every < 1 || every > weeks)
            throw new BadInputException("--every: expected 1 to --weeks (" + weeks + "), got " + every);
        if (delay < 10 || delay > 60_000)
            throw new BadInputException("--delay: expected 10 to 60000 milliseconds, got " + delay);
        boolean gif = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif");
        if (gif && Files.isDirectory(out)) throw new BadInputException("--out: " + out + " is a folder");
        if (!gif && Files.exists(out))
            throw new BadInputException("--out: " + out + " already exists; give a new folder for the PNG frames, or a .gif file");
        int frames;
        try {
            frames = Filmstrip.animate(s, weeks, every, out, delay, new Look(wh[0], wh[1], mode, look.ties), null);
        } catch (IOException e) {
            throw new BadInputException("--out: cannot write " + out + ": " + e.getMessage());
        }
        System.out.println("wrote " + out + " (" + frames + " frames)");
        return 0;
    }
}
