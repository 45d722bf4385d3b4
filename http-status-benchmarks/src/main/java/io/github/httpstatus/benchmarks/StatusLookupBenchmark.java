package io.github.httpstatus.benchmarks;

import io.github.httpstatus.HttpStatus;
import io.github.httpstatus.StatusClass;
import io.github.httpstatus.StatusCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Status lookups by number and by name: ours, the peers', and the floor (a bounds check and an
 * array load). Every benchmark reads the next code of the same rotating, shuffled mix of common
 * and rare codes, so no call sees a constant and the cost of reading the mix is the same in all.
 * The lookups of any code read a second mix, the same codes with unregistered ones among them
 * (499, 520, ...), and the {@code ...499} benchmarks read 499 from a field the JIT cannot fold.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class StatusLookupBenchmark {

    /**
     * Codes every peer knows, each with how often it appears in the mix: the common ones often,
     * the rare ones once.
     */
    private static final int[][] MIX = {
        {200, 40}, {404, 12}, {304, 10}, {302, 8}, {301, 6}, {500, 5}, {400, 5}, {401, 4}, {403, 4},
        {201, 4}, {204, 4}, {503, 3}, {502, 3}, {429, 3}, {409, 2}, {504, 2}, {206, 2}, {307, 2},
        {202, 1}, {205, 1}, {303, 1}, {308, 1}, {402, 1}, {405, 1}, {406, 1}, {407, 1}, {408, 1},
        {410, 1}, {411, 1}, {412, 1}, {413, 1}, {414, 1}, {415, 1}, {416, 1}, {417, 1}, {428, 1},
        {431, 1}, {501, 1}, {505, 1}, {511, 1},
    };
    /** Codes a client meets that nobody registered, mixed into the first mix for {@link #anyCodes}. */
    private static final int[][] UNREGISTERED_MIX = {
        {499, 6}, {520, 3}, {522, 3}, {460, 2}, {444, 2}, {524, 2}, {299, 1}, {419, 1}, {509, 1}, {598, 1},
    };
    private static final int SIZE = 1024;
    private static final int MASK = SIZE - 1;

    private final int[] codes = new int[SIZE];
    private final int[] anyCodes = new int[SIZE];
    private final String[] names = new String[SIZE];
    /** 499, read from a field so that no call sees a constant. */
    private int unregistered = 499;
    /** Static and final like the tables inside the library, so the JIT treats both alike. */
    private static final HttpStatus[] FLOOR_TABLE = new HttpStatus[500];
    /** The floor of the lookups of any code: every slot filled, as in {@link StatusCode#of(int)}. */
    private static final Object[] ANY_FLOOR_TABLE = new Object[500];
    private int index;

    /** Builds the mix, shuffled with a fixed seed so every run measures the same sequence. */
    public StatusLookupBenchmark() {
        List<Integer> mix = new ArrayList<>();
        while (mix.size() < SIZE) {
            for (int[] codeAndWeight : MIX) {
                for (int i = 0; i < codeAndWeight[1]; i++) {
                    mix.add(codeAndWeight[0]);
                }
            }
        }
        Collections.shuffle(mix, new Random(20261126));
        for (int i = 0; i < SIZE; i++) {
            codes[i] = mix.get(i);
            names[i] = HttpStatus.of(codes[i]).name();
        }
        List<Integer> anyMix = new ArrayList<>();
        while (anyMix.size() < SIZE) {
            for (int[][] table : new int[][][] {MIX, UNREGISTERED_MIX}) {
                for (int[] codeAndWeight : table) {
                    for (int i = 0; i < codeAndWeight[1]; i++) {
                        anyMix.add(codeAndWeight[0]);
                    }
                }
            }
        }
        Collections.shuffle(anyMix, new Random(20261202));
        for (int i = 0; i < SIZE; i++) {
            anyCodes[i] = anyMix.get(i);
        }
    }

    static {
        for (HttpStatus status : HttpStatus.values()) {
            FLOOR_TABLE[status.value() - 100] = status;
        }
        for (int i = 0; i < ANY_FLOOR_TABLE.length; i++) {
            ANY_FLOOR_TABLE[i] = FLOOR_TABLE[i] != null ? FLOOR_TABLE[i] : Integer.valueOf(i + 100);
        }
    }

    private int nextCode() {
        return codes[index++ & MASK];
    }

    private int nextAnyCode() {
        return anyCodes[index++ & MASK];
    }

    private String nextName() {
        return names[index++ & MASK];
    }

    /** @return the floor: a bounds check and an array load, no more */
    @Benchmark
    public HttpStatus floor() {
        int code = nextCode();
        return code >= 100 && code <= 599 ? FLOOR_TABLE[code - 100] : null;
    }

    /** @return {@link HttpStatus#of(int)} */
    @Benchmark
    public HttpStatus of() {
        return HttpStatus.of(nextCode());
    }

    /** @return {@link HttpStatus#find(int)} */
    @Benchmark
    public Optional<HttpStatus> find() {
        return HttpStatus.find(nextCode());
    }

    /** @return {@link StatusClass#find(int)}, the class of any int without throwing */
    @Benchmark
    public Optional<StatusClass> statusClassFind() {
        return StatusClass.find(nextCode());
    }

    /** @return {@link HttpStatus#isContentAllowed(int)}, a message rule of any int */
    @Benchmark
    public boolean isContentAllowed() {
        return HttpStatus.isContentAllowed(nextCode());
    }

    /** @return {@link HttpStatus#isCacheableByDefault(int)} */
    @Benchmark
    public boolean isCacheableByDefault() {
        return HttpStatus.isCacheableByDefault(nextCode());
    }

    /** @return {@link HttpStatus#isRedirectWithLocation(int)} */
    @Benchmark
    public boolean isRedirectWithLocation() {
        return HttpStatus.isRedirectWithLocation(nextCode());
    }

    /** @return {@link HttpStatus#interpret(int)} */
    @Benchmark
    public HttpStatus interpret() {
        return HttpStatus.interpret(nextCode());
    }

    /** @return {@link HttpStatus#of(int)} then {@link HttpStatus#phrase()} */
    @Benchmark
    public String ofThenPhrase() {
        return HttpStatus.of(nextCode()).phrase();
    }

    /** @return {@link HttpStatus#ofName(String)} */
    @Benchmark
    public HttpStatus ofName() {
        return HttpStatus.ofName(nextName());
    }

    /** @return {@code Enum.valueOf(String)}, the JDK's lookup by name, beside {@link #ofName()} */
    @Benchmark
    public HttpStatus enumValueOf() {
        return HttpStatus.valueOf(nextName());
    }

    /** @return Spring 7 {@code HttpStatus.valueOf(int)} */
    @Benchmark
    public org.springframework.http.HttpStatus springValueOf() {
        return org.springframework.http.HttpStatus.valueOf(nextCode());
    }

    /** @return Spring 7 {@code HttpStatus.resolve(int)} */
    @Benchmark
    public org.springframework.http.HttpStatus springResolve() {
        return org.springframework.http.HttpStatus.resolve(nextCode());
    }

    /** @return Jakarta REST 4 {@code Response.Status.fromStatusCode(int)} */
    @Benchmark
    public jakarta.ws.rs.core.Response.Status jakartaFromStatusCode() {
        return jakarta.ws.rs.core.Response.Status.fromStatusCode(nextCode());
    }

    /** @return Netty 4.2 {@code HttpResponseStatus.valueOf(int)} */
    @Benchmark
    public io.netty.handler.codec.http.HttpResponseStatus nettyValueOf() {
        return io.netty.handler.codec.http.HttpResponseStatus.valueOf(nextCode());
    }

    /** @return Apache HttpCore 5 {@code EnglishReasonPhraseCatalog.getReason(int, Locale)} */
    @Benchmark
    public String apacheGetReason() {
        return EnglishReasonPhraseCatalog.INSTANCE.getReason(nextCode(), Locale.ROOT);
    }

    // Any code from 100 to 599, registered or not.

    /** @return the floor of any code: a bounds check and an array load from a full table */
    @Benchmark
    public Object anyCodeFloor() {
        int code = nextAnyCode();
        return code >= 100 && code <= 599 ? ANY_FLOOR_TABLE[code - 100] : null;
    }

    /** @return {@link StatusCode#of(int)} on the mix with unregistered codes */
    @Benchmark
    public StatusCode statusCodeOf() {
        return StatusCode.of(nextAnyCode());
    }

    /** @return {@link StatusCode#find(int)} on the mix with unregistered codes */
    @Benchmark
    public Optional<StatusCode> statusCodeFind() {
        return StatusCode.find(nextAnyCode());
    }

    /** @return {@link StatusCode#of(int)} then {@link StatusCode#interpretation()} */
    @Benchmark
    public HttpStatus statusCodeOfThenInterpretation() {
        return StatusCode.of(nextAnyCode()).interpretation();
    }

    /** @return {@link StatusCode#of(int)} then {@link StatusCode#isError()}, a class predicate */
    @Benchmark
    public boolean statusCodeOfThenIsError() {
        return StatusCode.of(nextAnyCode()).isError();
    }

    /** @return {@link StatusCode#of(int)} then {@link StatusCode#isCacheableByDefault()}, a message rule */
    @Benchmark
    public boolean statusCodeOfThenIsCacheableByDefault() {
        return StatusCode.of(nextAnyCode()).isCacheableByDefault();
    }

    /** @return Spring 7 {@code HttpStatusCode.valueOf(int)} on the mix with unregistered codes */
    @Benchmark
    public org.springframework.http.HttpStatusCode springHttpStatusCodeValueOf() {
        return org.springframework.http.HttpStatusCode.valueOf(nextAnyCode());
    }

    /** @return Netty 4.2 {@code HttpResponseStatus.valueOf(int)} on the mix with unregistered codes */
    @Benchmark
    public io.netty.handler.codec.http.HttpResponseStatus nettyValueOfAnyCode() {
        return io.netty.handler.codec.http.HttpResponseStatus.valueOf(nextAnyCode());
    }

    /** @return {@code StatusCode.of(499)} */
    @Benchmark
    public StatusCode statusCodeOf499() {
        return StatusCode.of(unregistered);
    }

    /** @return Spring 7 {@code HttpStatusCode.valueOf(499)} */
    @Benchmark
    public org.springframework.http.HttpStatusCode springHttpStatusCodeValueOf499() {
        return org.springframework.http.HttpStatusCode.valueOf(unregistered);
    }

    /** @return Netty 4.2 {@code HttpResponseStatus.valueOf(499)} */
    @Benchmark
    public io.netty.handler.codec.http.HttpResponseStatus nettyValueOf499() {
        return io.netty.handler.codec.http.HttpResponseStatus.valueOf(unregistered);
    }
}
