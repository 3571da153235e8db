package capsim.view;

import java.util.List;
import java.util.Locale;

/**
 * A person's record as the inspector shows it, read from a view at one moment: age and
 * neighbourhood, need by domain, strengths, dependency, carer strain, wellbeing, the pathway of
 * their last contact, and their ties. {@link #fields} lists it as label/value pairs in display
 * order; a live inspector reads it afresh every week.
 */
public record PersonRecord(int index, boolean alive, int age, int neighbourhood, int deprivationDecile,
                           double needSafety, double needHealth, double needMental, double needLiving,
                           double strengths, double dependency, double carerStrain, double wellbeing,
                           String lastPathway, String ties, double tieWeight) {

    /** One line of a record: a label and its value (a Boolean, Integer, Double or String). */
    public record Field(String label, Object value) {}

    /** Person {@code i}'s record now. */
    public static PersonRecord of(CommunityView view, int i) {
        int hood = view.hood(i);
        int decile = hood >= 0 && hood < view.hoods() ? view.decile(hood) : 0;
        return new PersonRecord(i, view.alive(i), view.age(i), hood + 1, decile,
                view.need(i, 0), view.need(i, 1), view.need(i, 2), view.need(i, 3),
                view.strengths(i), view.dependency(i), view.strain(i), view.wellbeing(i),
                pathwayName(view.pathway(i)), ties(view, i), tieWeight(view, i));
    }

    /** The record as label/value pairs, in display order. */
    public List<Field> fields() {
        return List.of(new Field("alive", alive), new Field("age", age), new Field("neighbourhood", neighbourhood),
                new Field("deprivation decile", deprivationDecile), new Field("need: safety", needSafety),
                new Field("need: health", needHealth), new Field("need: mental", needMental),
                new Field("need: living", needLiving), new Field("strengths", strengths), new Field("dependency", dependency),
                new Field("carer strain", carerStrain), new Field("wellbeing", wellbeing), new Field("last pathway", lastPathway),
                new Field("ties", ties), new Field("tie weight", tieWeight));
    }

    /** A short name, e.g. "Person 12 (age 40, N3)". */
    public String title() { return String.format(Locale.ROOT, "Person %d (age %d, N%d)", index, age, neighbourhood); }

    /** A {@code CommunityView.PATHWAY_} constant in words. */
    public static String pathwayName(int pathway) {
        return switch (pathway) {
            case CommunityView.PATHWAY_DEFICIT -> "deficit";
            case CommunityView.PATHWAY_STRENGTHS -> "strengths-based";
            case CommunityView.PATHWAY_CUTS -> "SBA label as cuts";
            default -> "no contact";
        };
    }

    /** Ties by kind, e.g. "household 2, kin 1, friend 3, neighbour 2, co-member 0". */
    public static String ties(CommunityView view, int i) {
        int[] byKind = new int[CommunityView.TIE_KINDS.length];
        for (int k = 0, d = view.degree(i); k < d; k++) {
            int kind = view.tieKind(i, k);
            if (kind >= 0 && kind < byKind.length) byKind[kind]++;
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < byKind.length; k++)
            b.append(k == 0 ? "" : ", ").append(CommunityView.TIE_KINDS[k]).append(' ').append(byKind[k]);
        return b.toString();
    }

    /** Sum of the weights of a person's ties. */
    public static double tieWeight(CommunityView view, int i) {
        double s = 0;
        for (int k = 0, d = view.degree(i); k < d; k++) s += view.weight(i, k);
        return s;
    }
}
