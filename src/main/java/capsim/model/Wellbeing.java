package capsim.model;

import capsim.scenario.ParamSet;

/**
 * WEMWBS-like wellbeing on 14..70: {@code 14 + 56 x clamp(base + strengths x (s - 0.5) - mean_need
 * x mean need - max_need x top need - strain x carer strain + support x network support, 0, 1)},
 * weights from {@code measures.wellbeing.*}, read once. An output only: nothing in the model
 * reads it back.
 */
final class Wellbeing {
    private final double base, strengths, meanNeed, maxNeed, strain, support;

    Wellbeing(ParamSet p) {
        base = p.num("measures.wellbeing.base");
        strengths = p.num("measures.wellbeing.strengths");
        meanNeed = p.num("measures.wellbeing.mean_need");
        maxNeed = p.num("measures.wellbeing.max_need");
        strain = p.num("measures.wellbeing.strain");
        support = p.num("measures.wellbeing.support");
    }

    /** A person's wellbeing from their four needs, the largest of them, strengths, carer strain and network support. */
    double score(double n0, double n1, double n2, double n3, double max, double s, double carerStrain, double networkSupport) {
        double x = base + strengths * (s - 0.5) - meanNeed * (n0 + n1 + n2 + n3) * 0.25 - maxNeed * max - strain * carerStrain
                + support * networkSupport;
        return 14 + 56 * (x < 0 ? 0 : x > 1 ? 1 : x);  // rarely clamped: predictable branches beat Math.min and max on doubles
    }
}
