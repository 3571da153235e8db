package capsim.model;

import capsim.scenario.ParamSet;

/**
 * WEMWBS-like wellbeing on 14..70: {@code 14 + 56 x clamp(base + strengths x (s - 0.5) - mean_need
 * x mean need - max_need x top need - strain x carer strain + support x network support, 0, 1)},
 * weights from {@code measures.wellbeing.*}, read once. An output only: nothing in the model
 * reads it back.
 */
final class Wellbeing implements java.io.Serializable {
    private final double base, strengths, meanNeed, maxNeed, strain, support;

    /** The parameters, named only here (SettingsTest checks no other read). */
    record Settings(double base, double strengths, double meanNeed, double maxNeed, double strain, double support) {
        static Settings read(ParamSet p) {
            return new Settings(
                    p.num("measures.wellbeing.base"),
                    p.num("measures.wellbeing.strengths"),
                    p.num("measures.wellbeing.mean_need"),
                    p.num("measures.wellbeing.max_need"),
                    p.num("measures.wellbeing.strain"),
                    p.num("measures.wellbeing.support"));
        }
    }

    Wellbeing(Settings c) {
        base = c.base();
        strengths = c.strengths();
        meanNeed = c.meanNeed();
        maxNeed = c.maxNeed();
        strain = c.strain();
        support = c.support();
    }

    /** A person's wellbeing from their four needs, the largest of them, strengths, carer strain and network support. */
    double score(double n0, double n1, double n2, double n3, double max, double s, double carerStrain, double networkSupport) {
        double x = base + strengths * (s - 0.5) - meanNeed * (n0 + n1 + n2 + n3) * 0.25 - maxNeed * max - strain * carerStrain
                + support * networkSupport;
        return 14 + 56 * (x < 0 ? 0 : x > 1 ? 1 : x);  // rarely clamped: predictable branches beat Math.min and max on doubles
    }
}
