package capsim.gui;

import capsim.model.CommunityModel;
import sim.engine.SimState;

import java.util.List;

/**
 * Two models stepping together, one week each per tick, for the side-by-side display. Each
 * keeps its own seed (the same one, so both meet the same life events: a paired comparison);
 * this wrapper's own generator is never used by either.
 */
public final class TwinModel extends SimState {
    private final List<CommunityModel> models;

    public TwinModel(List<CommunityModel> models) {
        super(models.get(0).seed());
        this.models = List.copyOf(models);
    }

    @Override
    public void start() {
        super.start();
        for (CommunityModel m : models) m.start();
        schedule.scheduleRepeating(s -> { for (CommunityModel m : models) m.schedule.step(m); });
    }

    @Override
    public void finish() {
        super.finish();
        for (CommunityModel m : models) m.finish();
    }
}
