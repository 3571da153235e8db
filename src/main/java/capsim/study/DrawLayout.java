package capsim.study;

/**
 * Which parameter draw each paired replication runs: replication i runs draw {@code i mod draws}
 * from its own seed i. With R = draws replications every draw runs once; each replication beyond
 * that runs one of the first draws again from a new seed, so R - draws draws run twice (or more)
 * and the spread within them measures chance alone. The parameters, about nine tenths of the
 * variance, get one run per draw; chance gets what is needed to measure it (issue 23).
 * {@code draws == 0}: nothing drawn, every replication at the files' values.
 */
public record DrawLayout(int draws, int replications) {
    public DrawLayout {
        if (replications < 1) throw new IllegalArgumentException("replications must be at least 1");
        if (draws < 0 || draws > replications) throw new IllegalArgumentException("draws must be in [0, replications]");
    }

    /** Nothing drawn: chance alone. */
    public static DrawLayout none(int replications) { return new DrawLayout(0, replications); }

    /** S replications of each of G draws. */
    public static DrawLayout balanced(int draws, int perDraw) { return new DrawLayout(draws, draws * perDraw); }

    /**
     * Replications that repeat a draw, by default: a fifth of the draws, at least one (chance is
     * about a tenth of the variance, so the runs go to the parameters).
     */
    public static int repeats(int draws) { return Math.max(1, draws / 5); }

    /** D draws and {@link #repeats} more replications. */
    public static DrawLayout forDraws(int draws) { return new DrawLayout(draws, draws + repeats(draws)); }

    /** R replications: the most draws that leave {@link #repeats} of them (at least one draw). */
    public static DrawLayout forReplications(int replications) {
        int d = Math.max(1, replications - 1);
        while (d > 1 && d + repeats(d) > replications) d--;
        return new DrawLayout(d, replications);
    }

    public boolean nothingDrawn() { return draws == 0; }

    /** The draw replication i runs. */
    public int drawOf(int replication) { return nothingDrawn() ? 0 : replication % draws; }

    /** Groups of replications that share a draw (one replication each when nothing is drawn), in draw order. */
    public int groups() { return nothingDrawn() ? replications : draws; }

    /** The group replication i belongs to. */
    public int groupOf(int replication) { return nothingDrawn() ? replication : replication % draws; }

    /** Degrees of freedom for chance within draws: replications beyond one per draw. */
    public int chanceDegreesOfFreedom() { return nothingDrawn() ? replications - 1 : replications - draws; }

    /** Replications of draw g. */
    public int runsOf(int group) { return nothingDrawn() ? 1 : replications / draws + (group < replications % draws ? 1 : 0); }
}
