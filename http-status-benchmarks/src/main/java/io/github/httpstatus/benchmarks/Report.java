package io.github.httpstatus.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH's GC profiler and prints, for each benchmark class, a Markdown table
 * of time, allocation and ratio to that class's floor. Takes JMH's own command-line options, such
 * as {@code -f 1 -wi 0 -i 1 -r 1s} for a quick smoke run; without a benchmark pattern among them
 * it runs every benchmark class.
 */
public final class Report {

    private static final String FLOOR = "floor";
    /** Bytes allocated per operation, as JMH's GC profiler names it. */
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final List<Class<?>> BENCHMARKS = List.of(StatusLookupBenchmark.class, ColdStartBenchmark.class);

    private Report() {
    }

    /**
     * Runs the benchmarks and prints the table.
     *
     * @param args JMH command-line options
     * @throws CommandLineOptionException if JMH cannot read the options
     * @throws RunnerException if a benchmark fails
     */
    public static void main(String[] args) throws CommandLineOptionException, RunnerException {
        CommandLineOptions jmhOptions = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(jmhOptions).addProfiler(GCProfiler.class).shouldFailOnError(true);
        if (jmhOptions.getIncludes().isEmpty()) {
            for (Class<?> benchmark : BENCHMARKS) {
                options.include(benchmark.getName() + "\\.");
            }
        }
        Map<String, List<RunResult>> byClass = new TreeMap<>();
        for (RunResult result : new Runner(options.build()).run()) {
            String benchmark = result.getParams().getBenchmark();
            byClass.computeIfAbsent(benchmark.substring(0, benchmark.lastIndexOf('.')), c -> new ArrayList<>()).add(result);
        }
        byClass.forEach((benchmarkClass, results) -> System.out.println(
                "\n" + benchmarkClass.substring(benchmarkClass.lastIndexOf('.') + 1) + "\n\n" + table(results)));
    }

    static String table(Collection<RunResult> results) {
        List<RunResult> rows = new ArrayList<>(results);
        String unit = rows.get(0).getPrimaryResult().getScoreUnit();
        rows.sort((a, b) -> Double.compare(a.getPrimaryResult().getScore(), b.getPrimaryResult().getScore()));
        double floor = rows.stream()
                .filter(row -> name(row).equals(FLOOR))
                .mapToDouble(row -> row.getPrimaryResult().getScore())
                .findFirst()
                .orElse(Double.NaN);
        StringBuilder table = new StringBuilder()
                .append("| Benchmark | ").append(unit).append(" | error (99.9%) | B/op | x floor |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (RunResult row : rows) {
            Result<?> time = row.getPrimaryResult();
            Result<?> allocation = row.getSecondaryResults().get(ALLOCATION);
            table.append(String.format(Locale.ROOT, "| `%s` | %.2f | %s | %s | %.2f |%n",
                    name(row), time.getScore(), orNotAvailable("± %.2f", time.getScoreError()),
                    allocation == null ? "n/a" : orNotAvailable("%.1f", allocation.getScore()),
                    time.getScore() / floor));
        }
        return table.toString();
    }

    /** A single measurement has no error bar: JMH reports NaN. */
    private static String orNotAvailable(String format, double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, format, value);
    }

    private static String name(RunResult row) {
        String benchmark = row.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }
}
