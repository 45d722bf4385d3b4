package io.github.httpstatus.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JMH's GC profiler and prints a Markdown table of time, allocation and
 * ratio to the floor. Takes JMH's own command-line options, such as {@code -f 1 -wi 0 -i 1 -r 1s}
 * for a quick smoke run.
 */
public final class Report {

    private static final String FLOOR = "floor";
    /** Bytes allocated per operation, as JMH's GC profiler names it. */
    private static final String ALLOCATION = "gc.alloc.rate.norm";

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
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .parent(jmhOptions)
                .include(StatusLookupBenchmark.class.getSimpleName())
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .build()).run();
        System.out.println(table(results));
    }

    static String table(Collection<RunResult> results) {
        List<RunResult> rows = new ArrayList<>(results);
        rows.sort((a, b) -> Double.compare(a.getPrimaryResult().getScore(), b.getPrimaryResult().getScore()));
        double floor = rows.stream()
                .filter(row -> name(row).equals(FLOOR))
                .mapToDouble(row -> row.getPrimaryResult().getScore())
                .findFirst()
                .orElse(Double.NaN);
        StringBuilder table = new StringBuilder()
                .append("| Benchmark | ns/op | error (99.9%) | B/op | x floor |\n")
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
