package capsim.model;

import java.util.Arrays;

/**
 * Raises {@link CareEvent}s: counts each by agency (and crises by quintile) for the week's
 * measures, and tells the listeners. Per event, not per person-week: a count and, with no
 * listener, an empty loop.
 */
final class CareEvents implements java.io.Serializable {
    /** Agencies, then one column for events at no agency. */
    private static final int COLUMNS = Agency.values().length + 1, NONE = COLUMNS - 1;

    private final CommunityModel m;
    private final int[] counts = new int[CareEvent.ALL.length * COLUMNS];
    private final int[] crisesByQuintile = new int[5];
    /** Adult social care's events by the person's life stage (0 child, 1 18-64, 2 65+), for the returns' age bands. */
    private final int[] ascByStage = new int[CareEvent.ALL.length * 3];
    private CareListener[] listeners = new CareListener[0];

    CareEvents(CommunityModel m) { this.m = m; }

    void add(CareListener l) {
        listeners = Arrays.copyOf(listeners, listeners.length + 1);
        listeners[listeners.length - 1] = l;
    }

    /** Start of a week: the counts are the week's. */
    void clear() {
        Arrays.fill(counts, 0);
        Arrays.fill(crisesByQuintile, 0);
        Arrays.fill(ascByStage, 0);
    }

    void raise(CareEvent e, Agency a, int person) {
        counts[e.ordinal() * COLUMNS + a.ordinal()]++;
        if (a == Agency.ASC) ascByStage[e.ordinal() * 3 + Population.stageByAge(m.pop.age[person])]++;
        for (CareListener l : listeners) l.on(e, a, person);
    }

    /** An event at no agency. */
    void raise(CareEvent e, int person) {
        counts[e.ordinal() * COLUMNS + NONE]++;
        if (e == CareEvent.CRISIS) crisesByQuintile[m.quintileOf(person)]++;
        for (CareListener l : listeners) l.on(e, null, person);
    }

    void childOnPlan(int child, double need, double careThreshold) {
        for (CareListener l : listeners) l.childOnPlan(child, need, careThreshold);
    }

    void weekEnded(int reportedWeek) {
        for (CareListener l : listeners) l.weekEnded(reportedWeek);
    }

    /** This week's count of an event at an agency (null: at none). */
    int count(CareEvent e, Agency a) { return counts[e.ordinal() * COLUMNS + (a == null ? NONE : a.ordinal())]; }

    int crises(int quintile) { return crisesByQuintile[quintile]; }

    /** This week's count of an adult social care event for people of a life stage. */
    int ascCount(CareEvent e, int stage) { return ascByStage[e.ordinal() * 3 + stage]; }
}
