package io.github.httpstatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the conformance tables: those copied into the test resources from {@code
 * shared/conformance}, and our own reading of RFC 9110's rules for the message.
 */
final class Conformance {

    static final String CPYTHON = "cpython-httpstatus.tsv";
    static final String IANA = "iana-http-status-codes.tsv";
    static final String SEED = "seed-table.tsv";
    /** Which codes each rule of RFC 9110 about the message covers, one row a code and rule, with its section. */
    static final String MESSAGE_RULES = "rfc9110-message-rules.tsv";

    private Conformance() {
    }

    /** The rows of a table, each a map from column name to field, in file order. */
    static List<Map<String, String>> rows(String table) {
        String[] lines = new String(bytes(table), StandardCharsets.UTF_8).split("\n");
        String[] header = lines[0].split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] fields = lines[i].split("\t", -1);
            if (fields.length != header.length) {
                throw new IllegalStateException(table + " line " + (i + 1) + " has " + fields.length
                        + " fields, the header " + header.length);
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int column = 0; column < header.length; column++) {
                row.put(header[column], fields[column]);
            }
            rows.add(row);
        }
        return rows;
    }

    static byte[] bytes(String table) {
        try (InputStream in = Conformance.class.getResourceAsStream("/conformance/" + table)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource conformance/" + table);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
