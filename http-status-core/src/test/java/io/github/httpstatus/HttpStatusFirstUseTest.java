package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The tables and addresses made on first use, rather than when the class loads, are complete and
 * the same whichever thread, or how many threads at once, use them first.
 */
class HttpStatusFirstUseTest {

    private static final int THREADS = 8;

    @Test
    void referenceUri_isMadeOnceAndKept() {
        for (HttpStatus status : HttpStatus.values()) {
            assertSame(status.referenceUri(), status.referenceUri(), status.name());
        }
    }

    /**
     * Each repetition loads the enum afresh in its own class loader, and several threads make
     * their first lookups through it at the same moment.
     */
    @RepeatedTest(20)
    void firstLookups_fromManyThreadsAtOnce_agree() throws Exception {
        URL classes = HttpStatus.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, null)) {
            Class<?> type = fresh.loadClass(HttpStatus.class.getName());
            Method find = type.getMethod("find", int.class);
            Method interpret = type.getMethod("interpret", int.class);
            Method ofName = type.getMethod("ofName", String.class);
            Method referenceUri = type.getMethod("referenceUri");
            CyclicBarrier start = new CyclicBarrier(THREADS);
            Callable<String> firstUse = () -> {
                start.await();
                Object found = ((Optional<?>) find.invoke(null, 404)).orElseThrow();
                return found + " " + interpret.invoke(null, 499) + " " + ofName.invoke(null, "UNPROCESSABLE_ENTITY")
                        + " " + referenceUri.invoke(found) + " " + find.invoke(null, 306);
            };
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<String>> results = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    results.add(pool.submit(firstUse));
                }
                String expected = "NOT_FOUND BAD_REQUEST UNPROCESSABLE_CONTENT "
                        + URI.create("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5") + " Optional.empty";
                for (Future<String> result : results) {
                    assertEquals(expected, result.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
