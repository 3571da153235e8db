package capsim.gui;

import capsim.model.CommunityModel;

/**
 * {@link CommunityView} over a running {@link CommunityModel}.
 * (Bridges to the model's population, network and assets as they land.)
 */
public final class ModelView implements CommunityView {
    private final CommunityModel model;

    private ModelView(CommunityModel model) { this.model = model; }

    public static CommunityView of(CommunityModel model) { return new ModelView(model); }

    @Override public String scenarioName() { return model.scenario().name(); }
    @Override public int reportedWeek() { return model.reportedWeek(); }
    @Override public int people() { return 0; }
    @Override public boolean alive(int i) { return false; }
    @Override public int age(int i) { return 0; }
    @Override public int hood(int i) { return 0; }
    @Override public double need(int i, int domain) { return 0; }
    @Override public double maxNeed(int i) { return 0; }
    @Override public double strengths(int i) { return 0; }
    @Override public double dependency(int i) { return 0; }
    @Override public double strain(int i) { return 0; }
    @Override public int pathway(int i) { return PATHWAY_NONE; }
    @Override public double wellbeing(int i) { return 0; }
    @Override public int degree(int i) { return 0; }
    @Override public int neighbour(int i, int k) { return 0; }
    @Override public double weight(int i, int k) { return 0; }
    @Override public int tieKind(int i, int k) { return 0; }
    @Override public int assets() { return 0; }
    @Override public int assetHood(int a) { return 0; }
    @Override public int places(int a) { return 0; }
    @Override public int filled(int a) { return 0; }
    @Override public int volunteers(int a) { return 0; }
    @Override public int assetKind(int a) { return 0; }
    @Override public String assetKindName(int a) { return ""; }
    @Override public int hoods() { return 1; }
    @Override public int decile(int h) { return 5; }
    @Override public Object policy() { return null; }
}
