package capsim.study;

import capsim.analysis.Interval;
import capsim.output.AtomicFiles;
import capsim.output.Csv;
import capsim.output.Numbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code points.csv}: one row per design point of a complete sweep, its parameters, the
 * number of replications, and for each output the mean over replications with a 95% t
 * interval and {@code _n}, the replications it is over: a replication whose output is missing
 * (empty in runs.csv: a mean over a quintile with nobody in it) is left out. An empty field is
 * missing: the interval with one replication present, everything but n with none. Read from
 * runs.csv in one pass: a point's rows are adjacent, so memory holds one point at a time.
 */
public final class PointSummary {
    public static final String FILE = "points.csv";

    private PointSummary() {}

    /** Writes points.csv beside runs.csv; {@code parameters} is the number of parameter columns. */
    public static void write(Path dir, int parameters) throws IOException {
        Path runs = dir.resolve(RunsFile.RUNS);
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
            List<String> head = Csv.split(r.readLine());
            int first = 3 + parameters;
            List<String> h = new ArrayList<>(List.of("point"));
            h.addAll(head.subList(3, first));
            h.add("replications");
            for (String o : head.subList(first, head.size())) { h.add(o + "_mean"); h.add(o + "_ci95_low"); h.add(o + "_ci95_high"); h.add(o + "_n"); }
            out.append(String.join(",", h.stream().map(Csv::field).toList())).append('\n');
            int outs = head.size() - first;
            List<String> current = null;
            List<double[]> values = new ArrayList<>();
            for (String line = r.readLine(); ; line = r.readLine()) {
                List<String> f = line == null ? null : Csv.split(line);
                if (current != null && (f == null || !f.get(0).equals(current.get(0)))) {
                    row(out, current.subList(0, 1), current.subList(3, first), values, outs);
                    values.clear();
                }
                if (f == null) break;
                current = f;
                double[] v = new double[outs];
                for (int i = 0; i < outs; i++) v[i] = value(f.get(first + i));
                values.add(v);
            }
        }
        AtomicFiles.write(dir.resolve(FILE), out.toString());
    }

    /** A runs.csv output: empty is missing. */
    static double value(String field) { return field.isEmpty() ? Double.NaN : Double.parseDouble(field); }

    private static void row(StringBuilder out, List<String> point, List<String> params, List<double[]> values, int outs) {
        int n = values.size();
        out.append(point.get(0));
        for (String p : params) out.append(',').append(Csv.field(p));
        out.append(',').append(n);
        for (int i = 0; i < outs; i++) {
            double[] xs = new double[n];
            for (int r = 0; r < n; r++) xs[r] = values.get(r)[i];
            Interval ci = Interval.of(xs, Interval.Order.ROOT_OF_VARIANCE_OF_MEAN);   // over the replications present
            out.append(',').append(Numbers.data(ci.mean())).append(',').append(Numbers.data(ci.low())).append(',')
                    .append(Numbers.data(ci.high())).append(',').append(ci.n());
        }
        out.append('\n');
    }
}
