package capsim.model;

import capsim.evidence.VirtualStudy;
import capsim.scenario.ParamRegistry;
import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every registry key is read by the model, and every key the model reads is in the registry
 * (issue 22): builds and steps {@link CommunityModel} for every shipped scenario and every
 * {@link VirtualStudy} (the virtual trials: trial.design fgc, cluster with trial.cluster_agency
 * asc and csc, social-prescribing, and the before-and-after switch), recording the keys read
 * through {@link capsim.scenario.ParamSet#recordingReads}. Also checks that no parameter is read
 * while the weeks run (reads belong in constructors and start, out of the weekly loops).
 *
 * <p>Keys asked about only through {@code ParamSet.has} are not reads: {@code Policy.Settings.read} and
 * {@code report.TrialChecks} ask for {@code agencies.<code>.pathway} of every agency, and only
 * some agencies have one.
 */
class RegistryReadTest {
    /** Weeks stepped after start: parameters are read when the model is built and started, not weekly. */
    static final int WEEKS = 4;

    /**
     * Registry keys the model does not read, each read elsewhere. Add a key here only with
     * where it is read; a key read by nothing should be removed from the registry instead.
     */
    static final Map<String, String> READ_OUTSIDE_THE_MODEL = Map.of(
            // capsim.evidence.VirtualStudy.scenario: the Signs of Safety study sets sba.fidelity from it
            "trial.sos_fidelity", "capsim.evidence.VirtualStudy");

    @Test
    void everyRegistryKeyIsReadAndEveryKeyReadIsRegistered() {
        List<Scenario> runs = new ArrayList<>();
        for (String name : ScenarioLoader.shippedNames()) runs.add(ScenarioLoader.load(name));
        Scenario base = ScenarioLoader.load("baseline-deficit");
        for (VirtualStudy v : VirtualStudy.values()) runs.add(v.scenario(base));
        Set<String> read = new TreeSet<>();
        for (Scenario s : runs) {
            CountingSet reads = new CountingSet();
            Scenario small = s.withPopulation(500).withYears(1).withBurnInYears(0).withParams(s.params().recordingReads(reads));
            CommunityModel m = new CommunityModel(small, Seeds.replicationSeed(small.seed(), 0));
            capsim.evidence.VirtualTrials.attach(m);  // the study of trial.design, as capsim evidence runs it
            m.start();
            long atStart = reads.calls.get();
            for (int w = 0; w < WEEKS; w++) m.schedule.step(m);
            assertEquals(atStart, reads.calls.get(), s.name() + ": parameters read during the weeks, not when the model is built: "
                    + "read them once into fields");
            read.addAll(reads);
        }
        Set<String> registered = ParamRegistry.get().specs().keySet();

        Set<String> unread = new TreeSet<>(registered);
        unread.removeAll(read);
        unread.removeAll(READ_OUTSIDE_THE_MODEL.keySet());
        assertTrue(unread.isEmpty(), "registry keys read by no run of the model (remove them, or list where they are read): " + unread);

        Set<String> unregistered = new TreeSet<>(read);
        unregistered.removeAll(registered);
        assertTrue(unregistered.isEmpty(), "keys read that the registry does not declare: " + unregistered);

        for (String key : READ_OUTSIDE_THE_MODEL.keySet()) {
            assertTrue(registered.contains(key), key + " is allowed but not registered");
            assertTrue(!read.contains(key), key + " is allowed as read outside the model, but the model reads it: drop it from the list");
        }
        assertTrue(read.size() > 100, "reads recorded: " + read.size());
        assertEquals(runs.size(), ScenarioLoader.shippedNames().size() + VirtualStudy.values().length);
    }

    /** The keys read, and how many reads there were (to tell a read at build time from one each week). */
    static final class CountingSet extends java.util.AbstractSet<String> {
        final Set<String> keys = ConcurrentHashMap.newKeySet();
        final java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();

        @Override public boolean add(String k) { calls.incrementAndGet(); return keys.add(k); }
        @Override public java.util.Iterator<String> iterator() { return keys.iterator(); }
        @Override public int size() { return keys.size(); }
    }
}
