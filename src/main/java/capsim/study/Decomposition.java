package capsim.study;

import capsim.analysis.Interval;
import capsim.analysis.PairedComparison;

import java.util.ArrayList;
import java.util.List;

/**
 * The saving taken apart by practice mechanism ({@code capsim compare --decompose}): the full
 * saving, chance alone at the files' values, and for each {@link PracticeMechanisms.Mechanism}
 * the saving with that mechanism switched off in the scenario arm, on the same seeds and
 * replications, so every difference is paired. A mechanism's share of the full saving is
 * (full - off) / full, on the means; {@code carried} is the same difference replication by
 * replication (off arm's cost minus the full scenario's), with its own, narrower, interval.
 * Shares need not add up to one: mechanisms interact.
 */
public record Decomposition(Interval fullSaving, List<Row> rows) {

    /** One mechanism switched off: the {@code key=value} overrides used, the saving with it off, and what it carries. */
    public record Row(String mechanism, String doc, List<String> switched, Interval savingOff, Interval carried, double share) {}

    public Decomposition {
        rows = List.copyOf(rows);
    }

    public int replications() { return fullSaving.n(); }

    /** Accumulates rows against the full comparison (baseline against scenario, chance alone). */
    public static final class Builder {
        private final PairedComparison full;
        private final List<Row> rows = new ArrayList<>();

        public Builder(PairedComparison full) { this.full = full; }

        /**
         * @param off       the baseline against the scenario with the mechanism off
         * @param offVsFull the full scenario (as baseline) against the scenario with it off: its cost change is what the mechanism carries
         */
        public Builder add(PracticeMechanisms.Mechanism m, List<String> switched, PairedComparison off, PairedComparison offVsFull) {
            double f = full.netSaving().mean(), o = off.netSaving().mean();
            double share = f == 0 ? Double.NaN : (f - o) / f;
            rows.add(new Row(m.name(), m.doc(), List.copyOf(switched), off.netSaving(), offVsFull.netCostChange(), share));
            return this;
        }

        public Decomposition build() { return new Decomposition(full.netSaving(), rows); }
    }
}
