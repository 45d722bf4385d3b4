package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rows of the status-method data, as each is read: its kind, type and member; and what a bad row says. */
class StatusMethodsRowsTest {

    @Test
    void aRow_isItsKindAndPattern() {
        StatusMethods.Row row = StatusMethods.Row.parse("set\tjakarta.ws.rs.core.Response status(int, ..)");
        assertEquals(StatusMethods.Kind.SET, row.kind);
        assertEquals("jakarta.ws.rs.core.Response", row.type());
        assertEquals("status", row.member());
        assertEquals("set\tjakarta.ws.rs.core.Response status(int, ..)", row.toString());
    }

    @Test
    void anAnnotationRow_namesItsTypeAndAttribute() {
        StatusMethods.Row row = StatusMethods.Row.parse("annotation\tio.swagger.annotations.ApiResponse code");
        assertEquals(StatusMethods.Kind.ANNOTATION, row.kind);
        assertEquals("io.swagger.annotations.ApiResponse", row.type());
        assertEquals("code", row.member());
    }

    @Test
    void everyKind_isSpelledAsTheDataFileSpellsIt() {
        for (StatusMethods.Kind kind : StatusMethods.Kind.values()) {
            assertEquals(kind, StatusMethods.Kind.of(kind.spelling()));
        }
        assertEquals("subjectCompare", StatusMethods.Kind.SUBJECT_COMPARE.spelling());
    }

    @Test
    void aRowOfAnotherKind_saysWhichKindsThereAre() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StatusMethods.Row.parse("reads\tokhttp3.Response code()"));
        assertEquals("Kind of status method: 'reads' is none of read, set, compare, subject, subjectCompare, matcher, "
                + "annotation", error.getMessage());
    }

    @Test
    void aSetRow_mayNameItsStatusArgument_aConstructorToo() {
        StatusMethods.Row row = StatusMethods.Row.parse("set\tjakarta.ws.rs.WebApplicationException <constructor>(String, int)\t2");
        assertEquals(1, row.statusArgument);
        assertTrue(row.isConstructor());
        assertEquals("<constructor>", row.member());
        assertEquals("set\tjakarta.ws.rs.WebApplicationException <constructor>(String, int)\t2", row.toString());
        StatusMethods.Row first = StatusMethods.Row.parse("set\tjakarta.ws.rs.WebApplicationException <constructor>(int)");
        assertEquals(0, first.statusArgument);
        assertFalse(StatusMethods.Row.parse("set\tokhttp3.Response.Builder code(int)").isConstructor());
        assertEquals(9 - 1, StatusMethods.Row.parse("set\tcom.acme.Replies reply(..)\t9").statusArgument);
    }

    @Test
    void aRowWithoutTwoColumns_orAThirdOfNoSetterPosition_saysWhatARowIs() {
        for (String line : List.of("read okhttp3.Response code()", "read\tokhttp3.Response code()\t2",
                "set\tokhttp3.Response.Builder code(int)\t1", "set\tokhttp3.Response.Builder code(int)\t10",
                "set\tokhttp3.Response.Builder code(int)\tokhttp-", "set\tokhttp3.Response.Builder code(int)\t2\t3")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> StatusMethods.Row.parse(line));
            assertEquals("Row of status-methods.tsv: '" + line + "' has " + line.split("\t").length
                    + " columns; a row is a kind and a pattern, separated by a tab, and a set row whose status is not its"
                    + " first argument has a third column, the status's position, from 2 to 9", error.getMessage());
        }
    }

    @Test
    void rowsOfKinds_areThoseOfTheKinds_inTheDataFilesOrder_thenTheUsers() {
        StatusMethods methods = StatusMethods.of(List.of("com.acme.Reply status()"), List.of("com.acme.Replies reply(int)"));
        List<StatusMethods.Row> readers = methods.rows(StatusMethods.Kind.READ);
        assertTrue(readers.stream().allMatch(row -> row.kind == StatusMethods.Kind.READ));
        assertEquals("com.acme.Reply status()", readers.get(readers.size() - 1).pattern);
        assertEquals(StatusMethods.builtInRows().stream().filter(row -> row.kind == StatusMethods.Kind.READ).count() + 1,
                readers.size());
        assertEquals(StatusMethods.builtInRows().stream().filter(row -> row.kind == StatusMethods.Kind.ANNOTATION)
                        .map(StatusMethods.Row::type).distinct().collect(Collectors.toList()),
                methods.annotationTypes());
        assertTrue(methods.annotationTypes().contains("io.swagger.v3.oas.annotations.responses.ApiResponse"));
        assertEquals(methods.rows(StatusMethods.Kind.ANNOTATION).stream().map(StatusMethods.Row::type).collect(Collectors.toList()),
                methods.annotationTypes());
    }
}
