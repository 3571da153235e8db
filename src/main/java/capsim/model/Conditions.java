package capsim.model;

/**
 * Lifelong conditions: who has one, from when, and the need it keeps. The codes are those of
 * {@link Population#condition}; each names the primary support reason adult social care
 * records for a person in long-term support with it (NHS England ASC-FR). A person without a
 * condition whose support is for frailty or illness is recorded as "physical support".
 */
public final class Conditions {
    private Conditions() {}

    public static final byte NONE = 0, LEARNING_DISABILITY = 1, AUTISM = 2, PHYSICAL = 3, MENTAL_ILLNESS = 4, SENSORY = 5;
    /** Column names, by code (NONE's is that of its support reason). */
    public static final String[] NAMES = {"none", "learning_disability", "autism", "physical_disability", "serious_mental_illness", "sensory_impairment"};
    /** Primary support reasons, as ASC-FR names them, by condition code. */
    public static final String[] SUPPORT_REASONS = {"physical", "learning_disability", "learning_disability", "physical", "mental_health", "sensory"};
    public static final int COUNT = NAMES.length;
    /** Distinct support reasons, in column order. */
    public static final String[] REASONS = {"physical", "learning_disability", "mental_health", "sensory"};

    /** The index in {@link #REASONS} of a condition's primary support reason. */
    public static int reasonOf(int condition) {
        return switch (condition) {
            case LEARNING_DISABILITY, AUTISM -> 1;
            case MENTAL_ILLNESS -> 2;
            case SENSORY -> 3;
            default -> 0;
        };
    }
}
