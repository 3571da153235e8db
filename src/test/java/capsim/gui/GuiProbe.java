package capsim.gui;

import capsim.model.CommunityModel;
import capsim.model.Seeds;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import sim.display.Console;
import sim.util.Bag;
import sim.util.Properties;

import java.awt.geom.Point2D;
import java.util.List;

/**
 * Drives the GUI as a person would (play, pause, change the policy in the inspector, click a
 * person) and prints what happened, one fact a line; {@link GuiUnderXvfbTest} runs it in a
 * JVM of its own on an X display and checks the lines.
 */
public final class GuiProbe {
    public static void main(String[] args) throws Exception {
        Scenario s = ScenarioLoader.load("strengths-based").withPopulation(1500).withYears(1);
        CommunityModel model = new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
        GuiSession session = GuiSession.open(List.of(model), CapsimWithUI.Settings.defaults());
        CapsimWithUI gui = session.gui();
        Console console = session.console();

        GuiSession.onSwing(console::pressPlay);
        long until = System.currentTimeMillis() + 30_000;
        while (model.reportedWeek() < 10 && System.currentTimeMillis() < until) Thread.sleep(50);
        GuiSession.onSwing(console::pressPause);
        System.out.println("played to week " + model.reportedWeek());

        Properties props = Properties.getProperties(gui.getSimulationInspectedObject());
        int trained = -1;
        for (int i = 0; i < props.numProperties(); i++) if (props.getName(i).equals("TrainedShare")) trained = i;
        synchronized (gui.state.schedule) { props.setValue(trained, "0.25"); }
        System.out.println("policy trained share " + model.policy().getTrainedShare());

        CapsimWithUI.Lane lane = gui.lanes().get(0);
        GuiSession.onSwing(() -> {
            var inside = lane.display().insideDisplay;
            inside.paintImmediately(0, 0, inside.getWidth(), inside.getHeight());
        });
        int person = -1;
        for (int i = 0; i < lane.view.slots() && person < 0; i++) if (lane.view.alive(i)) person = i;
        int[] at = {lane.portrayal.painter().scene().x(person), lane.portrayal.painter().scene().y(person)};
        Bag[] hits = lane.display().objectsHitBy(new Point2D.Double(at[0], at[1]));
        int found = hits.length > 0 && hits[0].size() > 0 ? 1 : 0;
        System.out.println("click hits " + found);
        GuiSession.onSwing(() -> lane.display().performSelection(new Point2D.Double(at[0], at[1])));
        System.out.println("selected " + (lane.portrayal.selected() >= 0));

        // stop and play again: a fresh run of the same scenario and seed
        GuiSession.onSwing(console::pressStop);
        GuiSession.onSwing(console::pressPlay);
        until = System.currentTimeMillis() + 30_000;
        while (model.reportedWeek() < 3 && System.currentTimeMillis() < until) Thread.sleep(20);
        GuiSession.onSwing(console::pressPause);
        System.out.println("restarted to week " + model.reportedWeek() + " of " + model.population().count() + " people");

        // play on (in MASON, pause again resumes): the Console stops by itself at the scenario's horizon (one year)
        GuiSession.onSwing(console::pressPause);
        until = System.currentTimeMillis() + 60_000;
        while (console.getPlayState() != Console.PS_STOPPED && System.currentTimeMillis() < until) Thread.sleep(50);
        System.out.println("stopped by itself at week " + model.reportedWeek());
        session.close();
        System.exit(0);
    }
}
