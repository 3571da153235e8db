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
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code capsim snapshot}: the community at one week as a PNG, drawn headless. */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = {"Draw the community (people by neighbourhood, their ties, community assets) at one week as a PNG.",
                "Runs headless: no display needed. Uses the seed of replication 0 of 'capsim run'."})
public final class SnapshotCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario name or YAML file.")
    String scenario;

    @Option(names = "--week", required = true, paramLabel = "W",
            description = "Reported week to draw: 0 is the end of burn-in, 1..years*52 the run.")
    int week;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Picture to write.")
    Path out;

    @Mixin PictureLook look;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1600x1000", description = "Picture size (default ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() {
        Scenario s = look.scenario(scenario, "--week", week, 0);
        int[] wh = PictureOptions.size(size);
        ColourMode mode = look.colourMode();
        PictureOptions.pngFile(out, "--out");
        try {
            Filmstrip.snapshot(s, week, out, new Look(wh[0], wh[1], mode, look.ties));
        } catch (IOException e) {
            throw new BadInputException("--out: cannot write " + out + ": " + e.getMessage());
        }
        System.out.println("wrote " + out);
        return 0;
    }
}
