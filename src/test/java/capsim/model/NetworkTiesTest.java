package capsim.model;

import capsim.scenario.Scenario;
import capsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every tie is held at both ends, with one kind, and joins two different live people: after the build, every week, and when ties are made with empty slots about. */
class NetworkTiesTest {

    private static CommunityModel model() {
        Scenario s = ScenarioLoader.load("baseline-deficit").withPopulation(3000).withYears(1).withBurnInYears(0);
        return new CommunityModel(s, Seeds.replicationSeed(s.seed(), 0));
    }

    @Test
    void tiesJoinTwoLivePeopleEveryWeek() {
        CommunityModel m = model();
        m.start();
        List<String> wrong = new ArrayList<>(badTies(m, "after the build"));
        m.addWeekListener((week, row) -> { if (wrong.size() < 20) wrong.addAll(badTies(m, "week " + m.week())); });
        for (int w = 0; w < 12; w++) m.schedule.step(m);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The build's network step, run where the spin-up has left empty slots: it ties no one to them. */
    @Test
    void theNetworkBuildTiesNoEmptySlot() {
        CommunityModel m = model();
        m.start();
        Population pop = m.pop;
        int emptied = 0;
        for (int i = 0; i < pop.size; i += 7) {
            m.net.isolate(i);
            m.leaveHousehold(i);
            pop.release(i);
            emptied++;
        }
        new NetworkBuilder(m).build();
        List<String> wrong = badTies(m, "after " + emptied + " slots emptied and the network built");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
    }

    /** Ties held by an empty slot, to an empty slot or to oneself, or held at one end only (or with two kinds). */
    static List<String> badTies(CommunityModel m, String when) {
        Population pop = m.population();
        SocialNetwork net = m.network();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < pop.slots(); i++) {
            for (int k = 0; k < net.degree(i); k++) {
                int j = net.neighbour(i, k);
                String tie = when + ": tie " + i + "-" + j + " (" + SocialNetwork.KIND_NAMES[net.kind(i, k)] + ")";
                if (!pop.alive(i)) wrong.add(tie + " held by an empty slot");
                else if (j == i) wrong.add(tie + " to oneself");
                else if (j >= pop.slots() || !pop.alive(j)) wrong.add(tie + " to an empty slot");
                else if (!backTie(net, j, i, net.kind(i, k))) wrong.add(tie + " not held at the other end");
            }
        }
        return wrong;
    }

    private static boolean backTie(SocialNetwork net, int j, int i, int kind) {
        for (int k = 0; k < net.degree(j); k++) if (net.neighbour(j, k) == i) return net.kind(j, k) == kind;
        return false;
    }
}
