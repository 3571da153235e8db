package capsim.report;

import capsim.analysis.PairedComparison;
import capsim.analysis.SyntheticRuns;
import capsim.experiment.RunResult;
import capsim.model.Agency;
import capsim.scenario.Scenario;

import java.util.List;

/** Comparisons built from hand-made runs, for report tests that must not depend on the model. */
final class ReportFixtures {
    private ReportFixtures() {}

    static double base(int r, Agency a, int w) { return 1000 + 50 * r + 30 * a.ordinal() + (w % 13); }

    /** Adult social care and the voluntary sector invest in years 1-2; acute and police save from year 2, growing. */
    static PairedComparison investThenSave(Scenario b, Scenario s) {
        List<RunResult> br = SyntheticRuns.runs("b", 6, 4, b.seed(), ReportFixtures::base);
        List<RunResult> sr = SyntheticRuns.runs("s", 6, 4, b.seed(), (r, a, w) -> base(r, a, w)
                + (a == Agency.ASC && w < 104 ? 120 + r : 0) + (a == Agency.VCS && w < 104 ? 60 : 0)
                - (a == Agency.ACUTE && w >= 52 ? 2.0 * (w - 52) + 3 * r : 0) - (a == Agency.POLICE && w >= 52 ? 40 + (r % 3) * 10 : 0));
        return PairedComparison.analyse(b, s, br, sr, 0.035, true);
    }

    static Scenario named(String name, String description) {
        return new Scenario(name, description, null, 7L, 1000, 4, 1, Scenario.defaults().params());
    }
}
