package capsim.study;

import capsim.experiment.RunResult;
import capsim.experiment.Simulation;
import capsim.model.Seeds;
import capsim.output.Csv;
import capsim.output.Numbers;
import capsim.scenario.Scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything needed to run any one run of a sweep, as serializable data: the resolved base
 * scenario (and baseline, for a paired sweep whose outputs are scenario minus baseline), the
 * swept parameters, the design's points in the unit hypercube, replications, seeds and output
 * columns. Run {@code i} is point {@code i / replications}, replication {@code i % replications};
 * {@link #row} computes its CSV line from nothing but the plan, so any engine, thread or
 * shard gives the same line.
 *
 * @param fingerprint SHA-256 of the plan's canonical text: a sweep resumes only into output
 *                    written by the same plan
 * @param overrides   the command line's {@code --population}, {@code --years}, {@code --set} and
 *                    {@code --replications} as typed ("" for none), already applied to the scenarios;
 *                    kept to be written beside the output
 */
public record SweepPlan(String name, String fingerprint, Scenario base, Scenario baseline,
                        List<SweptParameter> parameters, double[][] unitPoints, int replications, long seed,
                        boolean commonRandomNumbers, List<OutputColumn> outputs, String overrides) implements Serializable {

    public int points() { return unitPoints.length; }

    public long runs() { return (long) unitPoints.length * replications; }

    public boolean paired() { return baseline != null; }

    public int point(long run) { return (int) (run / replications); }

    public int replication(long run) { return (int) (run % replications); }

    /**
     * The scenario seed of a run: {@code capsim run} of the row's scenario with this {@code --seed}
     * reproduces it. With common random numbers, replication r of every point shares a seed.
     */
    public long runSeed(int point, int replication) {
        long pointSeed = commonRandomNumbers ? seed : Seeds.replicationSeed(seed, point);
        return Seeds.replicationSeed(pointSeed, replication);
    }

    public Object[] values(int point) {
        Object[] v = new Object[parameters.size()];
        for (int i = 0; i < v.length; i++) v[i] = parameters.get(i).value(unitPoints[point][i]);
        return v;
    }

    public List<String> header() {
        List<String> h = new ArrayList<>(List.of("point", "replication", "seed"));
        for (SweptParameter p : parameters) h.add(p.name());
        for (OutputColumn o : outputs) h.add(o.column());
        return h;
    }

    public String headerLine() {
        StringBuilder b = new StringBuilder();
        for (String h : header()) b.append(b.length() == 0 ? "" : ",").append(Csv.field(h));
        return b.toString();
    }

    public Scenario scenario(int point, long runSeed, boolean isBaseline) {
        Scenario s = isBaseline ? baseline : base;
        Object[] v = values(point);
        for (int i = 0; i < v.length; i++) s = parameters.get(i).apply(s, v[i], isBaseline);
        return s.withSeed(runSeed);
    }

    /** The output values of a run (scenario minus baseline when paired). */
    public double[] outputs(long run) {
        int p = point(run), r = replication(run);
        long s = runSeed(p, r);
        RunResult res = Simulation.run(scenario(p, s, false), 0, null);
        RunResult ref = paired() ? Simulation.run(scenario(p, s, true), 0, null) : null;
        double[] out = new double[outputs.size()];
        for (int i = 0; i < out.length; i++) {
            OutputColumn o = outputs.get(i);
            out[i] = ref == null ? o.value(res) : o.value(res) - o.value(ref);
        }
        return out;
    }

    /** The run's line of runs.csv, without its newline. */
    public String row(long run) {
        int p = point(run), r = replication(run);
        StringBuilder b = new StringBuilder();
        b.append(p).append(',').append(r).append(',').append(runSeed(p, r));
        for (Object v : values(p)) b.append(',').append(Csv.value(v));
        for (double d : outputs(run)) b.append(',').append(Numbers.data(d));   // missing (NaN) as empty
        return b.toString();
    }
}
