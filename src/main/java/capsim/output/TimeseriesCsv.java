package capsim.output;

import capsim.experiment.RunResult;
import capsim.model.Measures;
import capsim.scenario.Scenario;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code timeseries.csv}: one row per reported week per replication, columns
 * {@code replication,week,year} then {@link Measures#columns()}; replication is 0-based (as in
 * {@code RunResult}), week 1-based after burn-in, year 1-based. Numbers via {@link Numbers};
 * a missing value (NaN: a quintile's mean when nobody lives in it) is an empty field.
 */
public final class TimeseriesCsv {
    private TimeseriesCsv() {}

    public static void write(Path file, List<RunResult> results) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w, results);
        }
    }

    public static void write(Writer w, List<RunResult> results) throws IOException {
        StringBuilder b = new StringBuilder("replication,week,year");
        for (String c : Measures.columns()) b.append(',').append(c);
        w.write(b.append('\n').toString());
        for (RunResult r : results) {
            double[][] rows = r.rows();
            for (int wk = 0; wk < rows.length; wk++) {
                b.setLength(0);
                b.append(r.replication()).append(',').append(wk + 1).append(',').append(wk / Scenario.WEEKS_PER_YEAR + 1);
                for (double x : rows[wk]) {
                    b.append(',');
                    if (!Double.isNaN(x)) Numbers.append(b, x);   // missing (a mean over nobody) as empty: pandas and R read it as NA
                }
                w.write(b.append('\n').toString());
            }
        }
    }
}
