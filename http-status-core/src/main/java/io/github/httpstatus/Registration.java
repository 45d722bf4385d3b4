package io.github.httpstatus;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * What the <a href="https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml">IANA
 * HTTP Status Code Registry</a> says of one status code: its {@linkplain #status() status}, the
 * {@linkplain #description() description} and {@linkplain #reference() reference} it gives, and for
 * a temporary registration the day it {@linkplain #expires() expires}.
 *
 * <p>"Registered" in the registry's sense is not "a constant of {@link HttpStatus}": the enum
 * follows CPython, whose members are the permanent and obsoleted codes and 418, which the registry
 * marks unused; 104 is registered, temporarily, and is not a member. Get a code's registration
 * from {@link StatusCode#registration()}. The facts are those of the registry on {@link
 * #registryDate()}; a later change there reaches this library in a release.
 *
 * <p>There is one instance for each registered code, and one shared by every unassigned code, so
 * {@code equals} is identity.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 1.1.0
 */
public final class Registration {

    /** The status of a code in the registry, in the registry's own words. */
    public enum Status {
        /** Registered for good, such as 404. */
        PERMANENT,
        /** Registered for a limited time, which {@link Registration#expires()} gives, such as 104. */
        TEMPORARY,
        /** Registered once and since obsoleted, such as 510. */
        OBSOLETED,
        /** Reserved so that nobody registers it, such as 306 and 418. */
        UNUSED,
        /** Not in the registry: free for a future registration, such as 499. */
        UNASSIGNED;

        /**
         * Returns the status as the registry writes it, in lower case.
         *
         * @return {@code "permanent"}, {@code "temporary"}, {@code "obsoleted"}, {@code "unused"}
         *     or {@code "unassigned"}
         */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The day IANA last updated the registry this release's facts come from. */
    private static final LocalDate REGISTRY_DATE = LocalDate.of(2025, 9, 15);

    private static final Registration UNASSIGNED = new Registration(Status.UNASSIGNED, "Unassigned", null, null, null);

    private final Status status;
    private final String description;
    private final Optional<String> reference;
    private final Optional<URI> referenceUri;
    private final Optional<LocalDate> expires;

    private Registration(Status status, String description, String reference, URI referenceUri, LocalDate expires) {
        this.status = status;
        this.description = description;
        this.reference = Optional.ofNullable(reference);
        this.referenceUri = Optional.ofNullable(referenceUri);
        this.expires = Optional.ofNullable(expires);
    }

    /** The registration of a code in 100..599. */
    static Registration of(int code) {
        return ByCode.TABLE[code - StatusClass.MIN_CODE];
    }

    /**
     * Returns the day IANA last updated the registry whose facts this release carries.
     *
     * @return the registry's "last updated" date, never {@code null}
     */
    public static LocalDate registryDate() {
        return REGISTRY_DATE;
    }

    /**
     * Returns the code's status in the registry.
     *
     * @return the status, never {@code null}
     */
    public Status status() {
        return status;
    }

    /**
     * Tells whether the registry lists the code at all, as permanent, temporary, obsoleted or
     * unused.
     *
     * @return whether the {@linkplain #status() status} is anything but {@link Status#UNASSIGNED}
     */
    public boolean isListed() {
        return status != Status.UNASSIGNED;
    }

    /**
     * Returns the registry's description of the code: {@code "Not Found"} for 404, {@code "Upload
     * Resumption Supported"} for 104, {@code "(Unused)"} for 306, {@code "Not Extended
     * (OBSOLETED)"} for 510, and {@code "Unassigned"} for a code the registry does not list.
     *
     * @return the description, never {@code null} or empty
     */
    public String description() {
        return description;
    }

    /**
     * Returns the document the registry cites for the code: {@code "RFC 9110, Section 15.5.5"}
     * for 404, {@code "draft-ietf-httpbis-resumable-upload-05"} for 104.
     *
     * @return the reference, or an empty {@code Optional} for an unassigned code; never {@code null}
     */
    public Optional<String> reference() {
        return reference;
    }

    /**
     * Returns the address of the {@linkplain #reference() reference}.
     *
     * @return an absolute {@code https} address, or an empty {@code Optional} for an unassigned
     *     code; never {@code null}
     */
    public Optional<URI> referenceUri() {
        return referenceUri;
    }

    /**
     * Returns the day a temporary registration expires unless it is extended or made permanent.
     *
     * @return the expiry date of a {@link Status#TEMPORARY} registration, or an empty {@code
     *     Optional} for any other; never {@code null}
     */
    public Optional<LocalDate> expires() {
        return expires;
    }

    /**
     * Returns the status, with the expiry date of a temporary registration: {@code "permanent"},
     * {@code "temporary, expires 2026-11-13"}, {@code "unassigned"}.
     *
     * @return the status as text, never {@code null}
     */
    @Override
    public String toString() {
        return expires.map(date -> status + ", expires " + date).orElse(status.toString());
    }

    /**
     * Every code's registration, indexed by {@code code - 100}: the registry's rows that are not a
     * permanent member written out here, each member's made from its constant, the rest
     * unassigned. Built on first use, so that only a program that asks pays for it.
     */
    private static final class ByCode {
        static final Registration[] TABLE = new Registration[StatusClass.MAX_CODE - StatusClass.MIN_CODE + 1];

        static {
            for (HttpStatus member : HttpStatus.values()) {
                set(member.value(), new Registration(Status.PERMANENT, member.phrase(), member.reference(),
                        member.referenceUri(), null));
            }
            // The registry's rows that are not a permanent member, as of REGISTRY_DATE.
            set(104, new Registration(Status.TEMPORARY, "Upload Resumption Supported",
                    "draft-ietf-httpbis-resumable-upload-05",
                    URI.create("https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05"),
                    LocalDate.of(2026, 11, 13)));
            set(306, unused("RFC 9110, Section 15.4.7"));
            set(418, unused(HttpStatus.IM_A_TEAPOT.reference()));
            set(510, new Registration(Status.OBSOLETED, "Not Extended (OBSOLETED)", HttpStatus.NOT_EXTENDED.reference(),
                    HttpStatus.NOT_EXTENDED.referenceUri(), null));
            for (int i = 0; i < TABLE.length; i++) {
                if (TABLE[i] == null) {
                    TABLE[i] = UNASSIGNED;
                }
            }
        }

        private ByCode() {
        }

        private static void set(int code, Registration registration) {
            TABLE[code - StatusClass.MIN_CODE] = registration;
        }

        /** 306 and 418: RFC 9110 reserves them in the sections that once defined them. */
        private static Registration unused(String reference) {
            return new Registration(Status.UNUSED, "(Unused)", reference, HttpStatus.rfcEditorUri(reference), null);
        }
    }
}
