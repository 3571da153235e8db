package capsim.view;

import capsim.model.CommunityModel;
import capsim.model.Seeds;
import capsim.scenario.Scenario;

/**
 * A scenario run headless to be watched: the model (with the seed of replication 0, so it shows
 * the same people as the first replication of {@code capsim run}), its {@link CommunityView}
 * and the {@link Layout} kept between frames. Pictures and live views step it and read it.
 */
public final class WatchedRun {
    private final CommunityModel model;
    private final CommunityView view;
    private final Layout layout = new Layout();

    public WatchedRun(Scenario scenario) {
        this.model = new CommunityModel(scenario, Seeds.replicationSeed(scenario.seed(), 0));
        this.view = ModelView.of(model);
        model.start();
    }

    /** Steps until the reported week is {@code week} (0 = the end of burn-in). */
    public void stepTo(int week) {
        while (model.reportedWeek() < week) model.schedule.step(model);
    }

    public CommunityModel model() { return model; }

    public CommunityView view() { return view; }

    /** Where people sit, updated for the current week. */
    public Layout layout() {
        layout.update(view);
        return layout;
    }

    /** The stocks and flows of the latest week. */
    public LiveMeasures.Week measures() { return LiveMeasures.latest(model); }

    public PersonRecord person(int i) { return PersonRecord.of(view, i); }

    public void finish() { model.finish(); }
}
