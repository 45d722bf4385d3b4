package io.github.httpstatus.benchmarks;

import io.github.httpstatus.HttpStatus;
import io.github.httpstatus.StatusCode;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first lookup in a fresh JVM: loading and initialising the status class, then one lookup
 * and its phrase, as a command-line run, a serverless cold start or a test suite pays it. Each
 * fork is a new JVM that measures one call; nothing runs before it, so the class is not loaded
 * yet. The floor is a trivial enum of this module and one read of its {@code values()}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(30)
public class ColdStartBenchmark {

    /** The floor: as little as an enum lookup can load and run. */
    enum TrivialStatus {
        OK, NOT_FOUND
    }

    /**
     * Floor: initialise a two-constant enum and read its {@code values()}.
     *
     * @return the constant read
     */
    @Benchmark
    public Object floor() {
        return TrivialStatus.values()[1];
    }

    /**
     * Ours: {@code HttpStatus.of(404).phrase()}.
     *
     * @return the phrase
     */
    @Benchmark
    public String of() {
        return HttpStatus.of(404).phrase();
    }

    /**
     * Spring's {@code HttpStatus.valueOf(404).getReasonPhrase()}.
     *
     * @return the phrase
     */
    @Benchmark
    public String springValueOf() {
        return org.springframework.http.HttpStatus.valueOf(404).getReasonPhrase();
    }

    /**
     * Jakarta REST's {@code Response.Status.fromStatusCode(404).getReasonPhrase()}.
     *
     * @return the phrase
     */
    @Benchmark
    public String jakartaFromStatusCode() {
        return jakarta.ws.rs.core.Response.Status.fromStatusCode(404).getReasonPhrase();
    }

    /**
     * Netty's {@code HttpResponseStatus.valueOf(404).reasonPhrase()}.
     *
     * @return the phrase
     */
    @Benchmark
    public String nettyValueOf() {
        return io.netty.handler.codec.http.HttpResponseStatus.valueOf(404).reasonPhrase();
    }

    /**
     * Apache HttpCore's {@code EnglishReasonPhraseCatalog.INSTANCE.getReason(404, Locale.ROOT)}.
     *
     * @return the phrase
     */
    @Benchmark
    public String apacheGetReason() {
        return EnglishReasonPhraseCatalog.INSTANCE.getReason(404, Locale.ROOT);
    }

    /**
     * Ours for a code nobody registered: {@code StatusCode.of(499).interpretation().phrase()},
     * which builds the table of every code on first use.
     *
     * @return the phrase of what a client treats 499 as
     */
    @Benchmark
    public String statusCodeOf499() {
        return StatusCode.of(499).interpretation().phrase();
    }

    /**
     * Spring's {@code HttpStatusCode.valueOf(499).isError()}: Spring has no phrase for 499.
     *
     * @return whether 499 is an error
     */
    @Benchmark
    public boolean springHttpStatusCodeValueOf499() {
        return org.springframework.http.HttpStatusCode.valueOf(499).isError();
    }

    /**
     * Netty's {@code HttpResponseStatus.valueOf(499).reasonPhrase()}, the phrase of its class.
     *
     * @return the phrase
     */
    @Benchmark
    public String nettyValueOf499() {
        return io.netty.handler.codec.http.HttpResponseStatus.valueOf(499).reasonPhrase();
    }
}
