package capsim.model;

import capsim.model.Measures;
import capsim.scenario.Scenario;
import sim.engine.SimState;

import java.util.ArrayList;
import java.util.List;

/**
 * The community capacity model: a MASON {@link SimState} whose {@code Schedule} steps one
 * week per tick. It knows nothing of displays, files or the command line.
 * (Skeleton: processes are being filled in.)
 */
public class CommunityModel extends SimState {
    private final Scenario scenario;
    private final List<WeekListener> listeners = new ArrayList<>();
    private final double[] row = new double[Measures.count()];
    private int week;

    public CommunityModel(Scenario scenario, long seed) {
        super(seed);
        this.scenario = scenario;
    }

    public Scenario scenario() { return scenario; }

    public void addWeekListener(WeekListener l) { listeners.add(l); }

    /** Weeks simulated so far, burn-in included. */
    public int week() { return week; }

    /** 1-based week after burn-in; 0 or below during burn-in. */
    public int reportedWeek() { return week - scenario.burnInWeeks(); }

    @Override
    public void start() {
        super.start();
        week = 0;
        schedule.scheduleRepeating(0.0, 100, s -> {
            week++;
            for (WeekListener l : listeners) l.onWeek(reportedWeek(), row);
        }, 1.0);
    }
}
