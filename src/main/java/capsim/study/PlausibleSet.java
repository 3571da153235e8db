package capsim.study;

import capsim.scenario.BadInputException;
import capsim.scenario.ScenarioException;
import capsim.scenario.ParamRegistry;
import capsim.scenario.ParamSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameter sets history matching did not rule out, read from a {@code plausible.csv}
 * (written by {@code capsim calibrate --history-match}): every column named after a registry
 * parameter is a parameter; the others (wave, point, implausibility) are kept out. Rows stay in
 * file order, so a draw's row index means the same set on every machine.
 */
public final class PlausibleSet {
    private final String name;
    private final List<String> columns;
    private final double[][] values;

    PlausibleSet(String name, List<String> columns, double[][] values) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.values = values;
    }

    public static PlausibleSet read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (lines.isEmpty()) throw new ScenarioException(String.valueOf(file), 1, "header", "a header naming registry parameters");
        String[] head = lines.get(0).split(",", -1);
        List<Integer> idx = new ArrayList<>();
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < head.length; i++) {
            ParamSpec p = ParamRegistry.get().spec(head[i].trim());
            if (p == null) continue;
            if (p.type() != ParamSpec.Type.NUMBER && p.type() != ParamSpec.Type.INTEGER)
                throw new ScenarioException(String.valueOf(file), 1, head[i], "a numeric parameter");
            idx.add(i);
            cols.add(p.key());
        }
        if (cols.isEmpty()) throw new ScenarioException(String.valueOf(file), 1, "header", "at least one column named after a registry parameter (see capsim params)");
        List<double[]> rows = new ArrayList<>();
        for (int l = 1; l < lines.size(); l++) {
            if (lines.get(l).isBlank()) continue;
            String[] f = lines.get(l).split(",", -1);
            if (f.length != head.length) throw new ScenarioException(String.valueOf(file), l + 1, "row", head.length + " fields, got " + f.length);
            double[] r = new double[cols.size()];
            for (int j = 0; j < cols.size(); j++) {
                try {
                    r[j] = Double.parseDouble(f[idx.get(j)].trim());
                } catch (NumberFormatException e) {
                    throw new ScenarioException(String.valueOf(file), l + 1, cols.get(j), "a number, got '" + f[idx.get(j)] + "'");
                }
                ParamSpec p = ParamRegistry.get().spec(cols.get(j));
                if (!Double.isFinite(r[j]) || p.min() != null && r[j] < p.min() || p.max() != null && r[j] > p.max())
                    throw new ScenarioException(String.valueOf(file), l + 1, cols.get(j), p.expected() + ", got " + f[idx.get(j)]);
            }
            rows.add(r);
        }
        if (rows.isEmpty()) throw new ScenarioException(String.valueOf(file), 2, "rows", "at least one parameter set (history matching ruled out everything?)");
        return new PlausibleSet(file.getFileName().toString(), cols, rows.toArray(double[][]::new));
    }

    public String name() { return name; }

    public List<String> columns() { return columns; }

    public int size() { return values.length; }

    public double value(int row, int column) { return values[row][column]; }
}
