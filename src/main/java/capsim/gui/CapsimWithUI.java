package capsim.gui;

import capsim.model.CommunityModel;
import capsim.view.ColourMode;
import capsim.view.CommunityView;
import capsim.view.ModelView;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;

import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import javax.swing.Timer;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The MASON {@link GUIState} around one headless model, or two stepping together (the
 * side-by-side mode). It adds, per model, a {@code Display2D} frame showing the community
 * ({@link CommunityPortrayal}), and one frame of live charts ({@link MeasureCharts}); the model
 * inspector edits the model's policy while it runs. The burn-in is run through at start,
 * undrawn, unless asked to show it, so week 1 on screen is week 1 of the reported run.
 */
public final class CapsimWithUI extends GUIState {
    /** One model on screen: its view, portrayal, display and frame. */
    public static final class Lane {
        public final CommunityModel model;
        public final CommunityView view;
        public final CommunityPortrayal portrayal;
        CommunityDisplay display;
        JFrame frame;
        private PolicyControls controls;

        Lane(CommunityModel model, NetworkPainter painter) {
            this.model = model;
            this.view = ModelView.of(model);
            this.portrayal = new CommunityPortrayal(view, painter);
        }

        public CommunityDisplay display() { return display; }
        public JFrame frame() { return frame; }

        /** The live policy as the inspector's bean, or null before the model has one. */
        public Object policy() {
            if (controls == null && model.policy() != null) controls = new PolicyControls(model.policy());
            return controls;
        }
    }

    private final List<Lane> lanes = new ArrayList<>();
    private final boolean showBurnIn;
    private final int displayWidth, displayHeight;
    private MeasureCharts charts;
    private JFrame chartFrame;
    /** Moves the weeks recorded by the model thread into the charts, on Swing's thread. */
    private Timer chartTimer;

    public CapsimWithUI(List<CommunityModel> models, Settings settings) {
        super(models.size() == 1 ? models.get(0) : new TwinModel(models));
        this.showBurnIn = settings.showBurnIn();
        this.displayWidth = settings.width();
        this.displayHeight = settings.height();
        for (int l = 0; l < models.size(); l++) {
            NetworkPainter painter = new NetworkPainter().quality(false).colourMode(settings.colour())
                    .edgeBudget(settings.edgeBudget());
            if (models.size() > 1) painter.caption(l == 0 ? "A (left)" : "B (right), same seed as A");
            Lane lane = new Lane(models.get(l), painter);
            lanes.add(lane);
            final int index = l;
            lane.model.addWeekListener((week, row) -> {
                MeasureCharts c = charts;
                if (c != null && (week >= 1 || showBurnIn)) c.record(index, week, row);
            });
        }
    }

    /** Display options chosen on the command line. */
    public record Settings(ColourMode colour, int edgeBudget, boolean showBurnIn, int width, int height) {
        public static Settings defaults() { return new Settings(ColourMode.NEED, 6000, false, 1000, 700); }
    }

    public static String getName() { return "capsim: community capacity simulator"; }

    public static Object getInfo() {
        return "<html><body><h2>capsim</h2><p>People, their networks and community assets, with the public "
                + "services they turn to, under a deficit or a strengths-based pathway.</p>"
                + "<p>Press play. Click a person in the community display to inspect them. Change the policy "
                + "in the Model tab while it runs.</p></body></html>";
    }

    public List<Lane> lanes() { return lanes; }

    /**
     * Console settings for a class: a rerun is the same run (same seed), and play stops at the
     * scenario's horizon. Call after the Console is built (its constructor sets its defaults
     * after {@link #init}).
     */
    public void configure(Console console) {
        console.setIncrementSeedOnStop(false);
        var sc = lanes.get(0).model.scenario();
        console.setWhenShouldEnd(sc.burnInWeeks() + sc.reportedWeeks());
    }

    public MeasureCharts charts() { return charts; }

    public JFrame chartFrame() { return chartFrame; }

    @Override
    public Object getSimulationInspectedObject() {
        if (lanes.size() == 1) {
            Object p = lanes.get(0).policy();
            return p != null ? p : state;
        }
        Object a = lanes.get(0).policy(), b = lanes.get(1).policy();
        return a == null || b == null ? state : new TwinPolicies(lanes.get(0).view.scenarioName(), a,
                lanes.get(1).view.scenarioName(), b);
    }

    /** The two policies of a side-by-side run, each opened from the model inspector. */
    public static final class TwinPolicies {
        private final String nameA, nameB;
        private final Object a, b;

        TwinPolicies(String nameA, Object a, String nameB, Object b) {
            this.nameA = nameA;
            this.a = a;
            this.nameB = nameB;
            this.b = b;
        }

        public String getFirstScenario() { return nameA; }
        public Object getFirstPolicy() { return a; }
        public String getSecondScenario() { return nameB; }
        public Object getSecondPolicy() { return b; }
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        List<String> names = new ArrayList<>();
        for (int l = 0; l < lanes.size(); l++)
            names.add(lanes.size() == 1 ? lanes.get(l).view.scenarioName() : (char) ('A' + l) + ": " + lanes.get(l).view.scenarioName());
        charts = new MeasureCharts(names);
        for (int l = 0; l < lanes.size(); l++) {
            Lane lane = lanes.get(l);
            lane.display = new CommunityDisplay(displayWidth, displayHeight, this);
            lane.display.setBackdrop(Color.WHITE);
            lane.display.setClipping(false);
            lane.display.attach(lane.portrayal, "Community");
            addControls(lane);
            lane.frame = lane.display.createFrame();
            lane.frame.setTitle("Community: " + names.get(l));
            lane.frame.setLocation(l * 40, l * 40);
            c.registerFrame(lane.frame);
            lane.frame.setVisible(true);
        }
        chartFrame = new JFrame("Charts: " + String.join(" vs ", names));
        chartFrame.getContentPane().add(charts.panel());
        chartFrame.pack();
        chartFrame.setLocation(displayWidth + 30, 0);
        c.registerFrame(chartFrame);
        chartFrame.setVisible(true);
        chartTimer = new Timer(50, e -> charts.drain(false));
        chartTimer.start();
    }

    private void addControls(Lane lane) {
        JComboBox<ColourMode> colour = new JComboBox<>(ColourMode.values());
        colour.setSelectedItem(lane.portrayal.painter().colourMode());
        colour.setToolTipText("What a person's colour shows");
        colour.addActionListener(e -> {
            for (Lane l : lanes) l.portrayal.painter().colourMode((ColourMode) colour.getSelectedItem());
            for (Lane l : lanes) l.display.repaint();
        });
        JSpinner ties = new JSpinner(new SpinnerNumberModel(lane.portrayal.painter().edgeBudget(), 0, 200_000, 1000));
        ties.setToolTipText("Most ties drawn (a fixed sample when there are more)");
        ties.addChangeListener(e -> {
            lane.portrayal.painter().edgeBudget((Integer) ties.getValue());
            lane.display.repaint();
        });
        lane.display.header.add(new JLabel("  colour "));
        lane.display.header.add(colour);
        lane.display.header.add(new JLabel("  ties drawn "));
        lane.display.header.add(ties);
    }

    @Override
    public void start() {
        super.start();
        if (charts != null) charts.clear();
        if (!showBurnIn) {
            CommunityModel first = lanes.get(0).model;
            while (first.reportedWeek() < 0) state.schedule.step(state);
        }
        for (Lane lane : lanes) if (lane.display != null) lane.display.reset();
        for (Lane lane : lanes) if (lane.display != null) lane.display.repaint();
    }

    @Override
    public void load(SimState s) {
        super.load(s);
        for (Lane lane : lanes) if (lane.display != null) lane.display.reset();
    }


    /** A Display2D whose own per-step redraw can be switched off while a script draws every week itself. */
    public static final class CommunityDisplay extends sim.display.Display2D {
        private int ruleBefore = -1;

        CommunityDisplay(double width, double height, GUIState gui) { super(width, height, gui); }

        public void drawnByCaller(boolean yes) {
            if (yes && ruleBefore < 0) { ruleBefore = updateRule; updateRule = UPDATE_RULE_NEVER; }
            else if (!yes && ruleBefore >= 0) { updateRule = ruleBefore; ruleBefore = -1; }
        }
    }

    @Override
    public void quit() {
        super.quit();
        if (chartTimer != null) chartTimer.stop();
        for (Lane lane : lanes) if (lane.frame != null) lane.frame.dispose();
        if (chartFrame != null) chartFrame.dispose();
    }
}
