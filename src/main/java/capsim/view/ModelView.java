package capsim.view;

import capsim.model.CommunityModel;
import capsim.model.CommunityAssets;
import capsim.model.Population;
import capsim.model.SocialNetwork;

/** {@link CommunityView} over a running {@link CommunityModel}: reads its arrays, copies nothing. */
public final class ModelView implements CommunityView {
    private final CommunityModel model;

    private ModelView(CommunityModel model) { this.model = model; }

    public static CommunityView of(CommunityModel model) { return new ModelView(model); }

    private Population pop() { return model.population(); }
    private SocialNetwork net() { return model.network(); }
    private CommunityAssets assetsOf() { return model.assets(); }

    @Override public String scenarioName() { return model.scenario().name(); }
    @Override public int reportedWeek() { return model.reportedWeek(); }
    @Override public int slots() { return pop() == null ? 0 : pop().slots(); }
    @Override public boolean alive(int i) { return pop().alive(i); }
    @Override public int age(int i) { return pop().age(i); }
    @Override public int hood(int i) { return pop().hood(i); }
    @Override public double need(int i, int domain) { return pop().need(i, domain); }
    @Override public double maxNeed(int i) { return pop().maxNeed(i); }
    @Override public double strengths(int i) { return pop().strengths(i); }
    @Override public double dependency(int i) { return pop().dependency(i); }
    @Override public double strain(int i) { return pop().strain(i); }
    @Override public int pathway(int i) { return pop().lastPathway(i); }
    @Override public double wellbeing(int i) { return pop().wellbeing(i); }
    @Override public int degree(int i) { return net().degree(i); }
    @Override public int neighbour(int i, int k) { return net().neighbour(i, k); }
    @Override public double weight(int i, int k) { return net().weight(i, k); }
    @Override public int tieKind(int i, int k) { return net().kind(i, k); }
    @Override public int assets() { return assetsOf() == null ? 0 : assetsOf().count(); }
    @Override public int assetHood(int a) { return assetsOf().hood(a); }
    @Override public int places(int a) { return assetsOf().places(a); }
    @Override public int filled(int a) { return assetsOf().filled(a); }
    @Override public int volunteers(int a) { return assetsOf().volunteers(a); }
    @Override public int assetKind(int a) { return assetsOf().kind(a); }

    @Override public String assetKindName(int a) {
        int k = assetKind(a);
        return k >= 0 && k < CommunityAssets.KINDS.length ? CommunityAssets.KINDS[k] : "asset";
    }

    @Override public int hoods() { return pop().slots() == 0 ? 0 : model.hoods(); } // 0 until the model has built its people
    @Override public int decile(int h) { return model.decile(h); }
}
