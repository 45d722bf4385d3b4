package io.github.httpstatus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A use a vendor makes of a status code outside the IANA registry, or beside it: nginx's 499
 * "Client Closed Request", Cloudflare's 520, an AWS load balancer's 460, Microsoft Exchange
 * ActiveSync's 451 "Redirect" beside the registry's 451 Unavailable For Legal Reasons.
 *
 * <p>These are facts about what a server you talk to may send, each with its {@linkplain #source()
 * source}, the {@linkplain #phrase() phrase} it uses and a {@linkplain #documentation() link} to
 * that source's own documentation. They are kept apart, opt-in: {@link HttpStatus} and {@link
 * StatusCode#of(int)} never return them, and what a client must do with such a code is still what
 * RFC 9110 says for its class ({@link StatusCode#interpretation()}). Several sources may use one
 * code, and every one is kept: 499 is nginx's, Cloudflare's and Esri's.
 *
 * <p>The data is a file of this library, {@code vendor-status-codes.tsv} beside this class, one
 * row a use; it is read once, on the first call that needs it.
 *
 * @implSpec This class is immutable and thread-safe. There is one instance a row, so {@code
 *     equals} is identity.
 * @since 1.1.0
 */
public final class VendorCode {

    private static final String DATA = "vendor-status-codes.tsv";
    private static final int FIELDS = 5;

    private final int value;
    private final String source;
    private final String phrase;
    private final URI documentation;
    private final Optional<String> note;

    private VendorCode(int value, String source, String phrase, URI documentation, Optional<String> note) {
        this.value = value;
        this.source = source;
        this.phrase = phrase;
        this.documentation = documentation;
        this.note = note;
    }

    /**
     * Returns every vendor use of a code.
     *
     * @param code any {@code int}
     * @return the uses of {@code code} in the order of the data file, possibly empty (always for
     *     a code outside 100..599); never {@code null}, unmodifiable, and the same list on every
     *     call with the same code
     */
    public static List<VendorCode> forCode(int code) {
        int index = code - StatusClass.MIN_CODE;
        // One unsigned comparison rejects both ends: below 100 the index is negative, so huge.
        if (Integer.compareUnsigned(index, Data.BY_CODE.size()) < 0) {
            return Data.BY_CODE.get(index);
        }
        return Collections.emptyList();
    }

    /**
     * Returns every vendor use this library knows.
     *
     * @return the uses in code order, then in the order of the data file; never {@code null} or
     *     empty, unmodifiable, and the same list on every call
     */
    public static List<VendorCode> all() {
        return Data.ALL;
    }

    /**
     * Returns the status code.
     *
     * @return the code, from 100 to 599 inclusive
     */
    public int value() {
        return value;
    }

    /**
     * Returns who uses the code this way: {@code "nginx"}, {@code "Cloudflare"}, {@code "AWS
     * Application Load Balancer"}, {@code "Microsoft Exchange ActiveSync (MS-ASHTTP)"}.
     *
     * @return the source, never {@code null} or empty
     */
    public String source() {
        return source;
    }

    /**
     * Returns the source's own words for the code, such as {@code "Client Closed Request"}; where
     * its documentation names none (AWS's 460, 463 and 464, nginx's 444, Cloudflare's 530), a few
     * words of what it documents, and {@link #note()} says so.
     *
     * @return the phrase, never {@code null} or empty
     */
    public String phrase() {
        return phrase;
    }

    /**
     * Returns the address of the source's own documentation of the code: its manual, its
     * specification, or the source code that defines it.
     *
     * @return the absolute {@code https} address, never {@code null}
     */
    public URI documentation() {
        return documentation;
    }

    /**
     * Returns what else the documentation says that a client should know, such as nginx's "sent
     * to the client as 400 Bad Request" for 495.
     *
     * @return the note, or an empty {@code Optional}; never {@code null}
     */
    public Optional<String> note() {
        return note;
    }

    /**
     * Returns the code, the phrase and the source: {@code "499 Client Closed Request (nginx)"}.
     *
     * @return the text, never {@code null}
     */
    @Override
    public String toString() {
        return value + " " + phrase + " (" + source + ")";
    }

    /** The data file, read once. */
    private static final class Data {
        static final List<VendorCode> ALL;
        /** Indexed by {@code code - 100}, one list a code from 100 to 599. */
        static final List<List<VendorCode>> BY_CODE;

        static {
            List<VendorCode> all = read();
            List<List<VendorCode>> byCode = new ArrayList<>();
            for (int code = StatusClass.MIN_CODE; code <= StatusClass.MAX_CODE; code++) {
                List<VendorCode> uses = new ArrayList<>();
                for (VendorCode use : all) {
                    if (use.value == code) {
                        uses.add(use);
                    }
                }
                byCode.add(Collections.unmodifiableList(uses));
            }
            ALL = Collections.unmodifiableList(all);
            BY_CODE = Collections.unmodifiableList(byCode);
        }

        private Data() {
        }

        private static List<VendorCode> read() {
            InputStream in = VendorCode.class.getResourceAsStream(DATA);
            if (in == null) {
                throw new IllegalStateException("VendorCode: the library's data file " + DATA + " is missing from its jar");
            }
            List<VendorCode> uses = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                lines.readLine();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] fields = line.split("\t", FIELDS);
                    Optional<String> note = fields[4].isEmpty() ? Optional.empty() : Optional.of(fields[4]);
                    uses.add(new VendorCode(Integer.parseInt(fields[0]), fields[1], fields[2], URI.create(fields[3]), note));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("VendorCode: cannot read the library's data file " + DATA, e);
            }
            return uses;
        }
    }
}
