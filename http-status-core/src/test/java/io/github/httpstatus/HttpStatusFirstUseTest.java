package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * What {@link HttpStatus} makes on first use rather than when it loads. The lookup tables sit in
 * holder classes, which the JVM initialises once and publishes safely to every thread (JLS 12.4.2),
 * so no test of ours could catch a fault there; a race of threads on them was removed for that
 * reason. What our own code decides is tested here: the address is made from the reference, then
 * kept.
 */
class HttpStatusFirstUseTest {

    @Test
    void referenceUri_isMadeFromTheReferenceOnceAndKept() {
        for (HttpStatus status : HttpStatus.values()) {
            assertEquals(HttpStatus.rfcEditorUri(status.reference()), status.referenceUri(), status.name());
            assertSame(status.referenceUri(), status.referenceUri(), status.name());
        }
    }
}
