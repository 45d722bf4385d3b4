package io.github.httpstatus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The vendors' codes: the data file is well formed and each row cites its own source's
 * documentation, and {@link VendorCode} gives exactly its rows, for every code, both ways.
 */
class VendorCodeTest {

    private static final Path DATA = Path.of("src", "main", "resources", "io", "github", "httpstatus", "vendor-status-codes.tsv");
    private static final String HEADER = "code\tsource\tphrase\tdocumentation\tnote";

    /**
     * Where each source documents itself: a row's link must lead to its own source's pages, never
     * to a third party's list of codes.
     */
    private static final Map<String, List<String>> OWN_DOCUMENTATION = Map.of(
            "nginx", List.of("https://github.com/nginx/nginx/"),
            "Cloudflare", List.of("https://developers.cloudflare.com/"),
            "AWS Application Load Balancer", List.of("https://docs.aws.amazon.com/elasticloadbalancing/"),
            "Microsoft Exchange (Outlook Web Access)", List.of("https://support.microsoft.com/"),
            "Microsoft WebDAV (MS-WDV)", List.of("https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/"),
            "Microsoft Exchange ActiveSync (MS-ASHTTP)",
                    List.of("https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/"),
            "Laravel", List.of("https://github.com/laravel/framework/"),
            "Spring Framework", List.of("https://docs.spring.io/spring-framework/"),
            "Esri ArcGIS Server", List.of("https://developers.arcgis.com/"));

    private record Row(int code, String source, String phrase, String documentation, String note) {
    }

    private static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(DATA, StandardCharsets.UTF_8);
        assertEquals(HEADER, lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            assertEquals(5, fields.length, line);
            rows.add(new Row(Integer.parseInt(fields[0]), fields[1], fields[2], fields[3], fields[4]));
        }
        return rows;
    }

    @Test
    void eachRow_isACodeWithItsSourcesPhraseAndOwnDocumentation() throws IOException {
        for (Row row : rows()) {
            assertTrue(row.code >= 100 && row.code <= 599, row.toString());
            assertTrue(OWN_DOCUMENTATION.containsKey(row.source), "a source with no documentation site listed: " + row);
            assertTrue(OWN_DOCUMENTATION.get(row.source).stream().anyMatch(row.documentation::startsWith),
                    "not the source's own documentation: " + row);
            assertEquals(URI.create(row.documentation).toString(), row.documentation);
            for (String field : List.of(row.source, row.phrase, row.note)) {
                assertEquals(field.trim(), field, row.toString());
            }
            assertFalse(row.phrase.isEmpty(), row.toString());
        }
    }

    @Test
    void rows_areInCodeOrder_andEachSourceUsesACodeOnce() throws IOException {
        List<Row> rows = rows();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            assertTrue(seen.add(rows.get(i).code + " " + rows.get(i).source), "twice: " + rows.get(i));
            assertTrue(i == 0 || rows.get(i - 1).code <= rows.get(i).code, "out of order: " + rows.get(i));
        }
    }

    @Test
    void forCode_everyIntFromMinus1To1000_givesExactlyTheRowsOfThatCode() throws IOException {
        List<Row> rows = rows();
        for (int code = -1; code <= 1000; code++) {
            int wanted = code;
            List<Row> expected = rows.stream().filter(row -> row.code == wanted).collect(Collectors.toList());
            List<Row> actual = VendorCode.forCode(code).stream().map(VendorCodeTest::row).collect(Collectors.toList());
            assertEquals(expected, actual, String.valueOf(code));
            if (code >= 100 && code <= 599) {
                assertSame(VendorCode.forCode(code), StatusCode.of(code).vendorCodes());
            }
        }
    }

    @Test
    void all_isEveryRowInFileOrder() throws IOException {
        assertEquals(rows(), VendorCode.all().stream().map(VendorCodeTest::row).collect(Collectors.toList()));
    }

    /** The codes issue 24 names, each with the vendor that uses it: a tripwire against losing a row. */
    @Test
    void theWellKnownVendorCodes_areAllThere() {
        Map<String, Set<Integer>> expected = new LinkedHashMap<>();
        expected.put("nginx", Set.of(444, 494, 495, 496, 497, 498, 499));
        expected.put("Cloudflare", Set.of(499, 520, 521, 522, 523, 524, 525, 526, 530));
        expected.put("AWS Application Load Balancer", Set.of(460, 463, 464, 561));
        expected.put("Microsoft", Set.of(440, 449, 451));
        expected.put("Laravel", Set.of(419));
        expected.put("Spring Framework", Set.of(420));
        expected.put("Esri ArcGIS Server", Set.of(499));
        expected.forEach((source, codes) -> assertEquals(new TreeSet<>(codes), VendorCode.all().stream()
                .filter(use -> use.source().startsWith(source)).map(VendorCode::value)
                .collect(Collectors.toCollection(TreeSet::new)), source));
    }

    /** Several sources may share a code, and a registered code too: 451 is IIS's and the registry's. */
    @Test
    void aSharedCode_keepsEverySource() {
        assertEquals(List.of("nginx", "Cloudflare", "Esri ArcGIS Server"),
                VendorCode.forCode(499).stream().map(VendorCode::source).collect(Collectors.toList()));
        assertSame(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS, StatusCode.of(451));
        assertEquals("Redirect", HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS.vendorCodes().get(0).phrase());
    }

    @Test
    void theLists_areUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> VendorCode.all().clear());
        assertThrows(UnsupportedOperationException.class, () -> VendorCode.forCode(499).clear());
        assertThrows(UnsupportedOperationException.class, () -> VendorCode.forCode(200).add(null));
    }

    @Test
    void toStringAndNote() {
        VendorCode nginx = VendorCode.forCode(499).get(0);
        assertEquals("499 Client Closed Request (nginx)", nginx.toString());
        assertTrue(nginx.note().isPresent());
        assertEquals(Optional.empty(), VendorCode.forCode(520).get(0).note());
    }

    private static Row row(VendorCode use) {
        return new Row(use.value(), use.source(), use.phrase(), use.documentation().toString(), use.note().orElse(""));
    }
}
