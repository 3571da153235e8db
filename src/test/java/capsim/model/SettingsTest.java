package capsim.model;

import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSet;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each mechanism's parameters are the keys its {@code Settings.read} names, and nothing else in
 * the model reads one: so a mechanism's Settings is the whole list of what it depends on. The
 * build's reads, key by key and counted, equal those of every Settings.read as often as the
 * build makes the mechanism, so a stray {@code p.num(...)} outside a Settings fails here even
 * when its key is some Settings' too.
 */
class SettingsTest {
    /**
     * Every Settings.read and how many times a build and start calls it: PopulationBuilder
     * twice (the build's, and Demography's for newcomers), each with its NetworkBuilder.
     */
    static Map<String, Consumer<ParamSet>> readers() {
        Map<String, Consumer<ParamSet>> r = new LinkedHashMap<>();
        r.put("CommunityModel", CommunityModel.Settings::read);
        r.put("Policy", Policy.Settings::read);
        r.put("Wellbeing", Wellbeing.Settings::read);
        r.put("UnitCosts", UnitCosts.Settings::read);
        for (Agency a : new Agency[] {Agency.CSC, Agency.ASC, Agency.MH, Agency.HOUSING})
            r.put("CaseAgency " + a.code, p -> CaseAgency.Settings.read(p, a));
        r.put("Services", Services.Settings::read);
        r.put("ChildrenCases", ChildrenCases.Settings::read);
        r.put("AdultCases", AdultCases.Settings::read);
        r.put("CrisisResponses", CrisisResponses.Settings::read);
        r.put("FrontDoor", FrontDoor.Settings::read);
        r.put("Coverage", Coverage.Settings::read);
        r.put("Participation", Participation.Settings::read);
        r.put("Recorder", Recorder.Settings::read);
        r.put("Demography", Demography.Settings::read);
        r.put("PopulationBuilder (twice)", p -> { PopulationBuilder.Settings.read(p); PopulationBuilder.Settings.read(p); });
        r.put("NetworkBuilder (twice)", p -> { NetworkBuilder.Settings.read(p); NetworkBuilder.Settings.read(p); });
        r.put("LifeEvents", LifeEvents.Settings::read);
        r.put("Recovery", Recovery.Settings::read);
        r.put("Conditions", Conditions.Settings::read);
        r.put("FamilyLife", FamilyLife.Settings::read);
        r.put("KinshipCare", KinshipCare.Settings::read);
        r.put("InformalSupport", InformalSupport.Settings::read);
        r.put("HelpSeeking", HelpSeeking.Settings::read);
        r.put("Escalation", Escalation.Settings::read);
        r.put("Carers", Carers.Settings::read);
        return r;
    }

    @Test
    void everySettingsReadsOnlyRegisteredKeysInEveryShippedScenario() {
        Set<String> registered = ParamRegistry.get().specs().keySet();
        for (String name : ScenarioLoader.shippedNames()) {
            ParamSet p = ScenarioLoader.load(name).params();
            readers().forEach((mechanism, read) -> {
                Counts reads = new Counts();
                read.accept(p.recordingReads(reads));
                assertFalse(reads.isEmpty(), mechanism + " reads no parameter");
                Set<String> unknown = new TreeSet<>(reads);
                unknown.removeAll(registered);
                assertTrue(unknown.isEmpty(), name + ": " + mechanism + " reads keys the registry does not declare: " + unknown);
            });
        }
    }

    @Test
    void theModelReadsItsParametersOnlyThroughSettings() {
        Scenario base = ScenarioLoader.load("baseline-deficit");
        Counts built = new Counts();
        Scenario small = base.withPopulation(500).withYears(1).withBurnInYears(0).withParams(base.params().recordingReads(built));
        new CommunityModel(small, Seeds.replicationSeed(small.seed(), 0)).start();

        Counts settings = new Counts();
        ParamSet p = base.params().recordingReads(settings);
        for (Consumer<ParamSet> read : readers().values()) read.accept(p);

        assertTrue(built.size() > 100, "keys read by the build: " + built.size());
        Set<String> outside = built.keySet(), unread = settings.keySet();
        outside.removeAll(settings.keySet());
        unread.removeAll(built.keySet());
        assertTrue(outside.isEmpty(), "keys the build reads that no Settings does: " + outside);
        assertTrue(unread.isEmpty(), "keys a Settings reads that the build does not (readers() lists one the build no longer makes?): " + unread);
        Map<String, String> differ = new TreeMap<>();
        for (String k : built.keySet())
            if (!built.byKey.get(k).equals(settings.byKey.get(k)))
                differ.put(k, "read " + built.byKey.get(k) + " times by the build, " + settings.byKey.get(k) + " by the Settings");
        assertTrue(differ.isEmpty(), "read outside a Settings (or readers() is out of step with the Settings the build makes): " + differ);
    }

    /** The keys read, each with how many times. */
    static final class Counts extends AbstractSet<String> {
        final Map<String, Integer> byKey = new TreeMap<>();

        @Override public synchronized boolean add(String k) { return byKey.merge(k, 1, Integer::sum) == 1; }
        @Override public Iterator<String> iterator() { return byKey.keySet().iterator(); }
        @Override public int size() { return byKey.size(); }
        Set<String> keySet() { return new TreeSet<>(byKey.keySet()); }
    }
}
