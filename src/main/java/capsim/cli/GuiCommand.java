package capsim.cli;

import capsim.gui.CapsimWithUI;
import capsim.gui.GuiSession;
import capsim.model.CommunityModel;
import capsim.model.Seeds;
import capsim.scenario.BadInputException;
import capsim.scenario.Scenario;
import capsim.view.ColourMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code capsim gui}: MASON's Console on the model, with the community display and live charts. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open MASON's Console on a scenario: the community (click a person to inspect them), live charts, "
                + "and the policy in the Model tab, editable while it runs.",
                "--compare OTHER runs a second scenario beside it with the same seed, stepping together.",
                "--run-weeks, --screenshot and --exit script it (the Xvfb test and the speed measurement use them)."})
public final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "strengths-based",
            description = "Scenario name or YAML file (default ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--compare", paramLabel = "OTHER", description = "A second scenario, side by side, same seed.")
    String compare;

    @Option(names = "--population", paramLabel = "N", defaultValue = "5000", description = "People (default ${DEFAULT-VALUE}).")
    int population;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the scenario's).")
    String seed;

    @Mixin SetOptions set;

    @Option(names = "--years", paramLabel = "Y", description = "Years after burn-in (default: the scenario's).")
    String years;

    @Option(names = "--colour", paramLabel = "MODE", defaultValue = "need",
            description = "Colour people by need, strengths, pathway or wellbeing (default ${DEFAULT-VALUE}).")
    String colour;

    @Option(names = "--ties", paramLabel = "T", defaultValue = "6000",
            description = "Most ties drawn; a fixed sample when there are more (default ${DEFAULT-VALUE}).")
    int ties;

    @Option(names = "--show-burn-in", description = "Draw the burn-in weeks too (by default they run undrawn at start).")
    boolean showBurnIn;

    @Option(names = "--run-weeks", paramLabel = "N", description = "Step N weeks at once, each drawn, and print the steps a second.")
    Integer runWeeks;

    @Option(names = "--screenshot", paramLabel = "FILE.png", description = "After --run-weeks, paint the windows into a PNG.")
    Path screenshot;

    @Option(names = "--exit", description = "Close when --run-weeks and --screenshot are done.")
    boolean exit;

    @Override
    public Integer call() {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(GuiScenarios.resolve(scenario, set.sets, seed, population, years));
        if (compare != null) {
            // same seed as the first, so both meet the same life events
            Scenario b = GuiScenarios.resolve(compare, set.sets, seed, population, years);
            scenarios.add(b.withSeed(scenarios.get(0).seed()));
        }
        ColourMode mode = PictureOptions.colour(colour);
        PictureOptions.ties(ties);
        if (runWeeks != null && (runWeeks < 1 || runWeeks > scenarios.get(0).reportedWeeks()))
            throw new BadInputException("--run-weeks: expected 1 to " + scenarios.get(0).reportedWeeks() + ", got " + runWeeks);
        if (screenshot != null) PictureOptions.pngFile(screenshot, "--screenshot");
        if (GraphicsEnvironment.isHeadless())
            throw new BadInputException("no display (DISPLAY is unset or Java runs headless): on a server use "
                    + "'xvfb-run java -jar target/capsim.jar gui ...', or 'capsim snapshot' for a picture");
        List<CommunityModel> models = new ArrayList<>();
        for (Scenario s : scenarios) models.add(new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0)));
        GuiSession session = GuiSession.open(models, new CapsimWithUI.Settings(mode, ties, showBurnIn, 1000, 700));
        if (runWeeks != null) System.out.println(session.runWeeks(runWeeks));
        if (screenshot != null) {
            try {
                session.screenshot(screenshot);
            } catch (IOException e) {
                session.close();
                throw new BadInputException("--screenshot: cannot write " + screenshot + ": " + e.getMessage());
            }
            System.out.println("wrote " + screenshot);
        }
        if (exit) {
            session.close();
            return 0;
        }
        // closing the Console ends the program (MASON calls System.exit when its last Console closes)
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
