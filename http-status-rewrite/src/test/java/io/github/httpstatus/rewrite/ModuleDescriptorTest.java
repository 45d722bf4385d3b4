package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the directive goes in a module-info.java, and when it is already there. */
class ModuleDescriptorTest {

    private static final String OURS = "requires static io.github.httpstatus.client;";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        after the last requires            | module a {\\n    requires b;\\n    requires c;\\n    exports a;\\n}\\n | module a {\\n    requires b;\\n    requires c;\\n    OURS\\n    exports a;\\n}\\n
        first, indented as the first line  | module a {\\n  exports a;\\n}\\n                                      | module a {\\n  OURS\\n  exports a;\\n}\\n
        tabs                               | module a {\\n\\trequires b;\\n}\\n                                      | module a {\\n\\trequires b;\\n\\tOURS\\n}\\n
        an empty body                      | open module a.b {\\n}\\n                                              | open module a.b {\\n    OURS\\n}\\n
        an empty body, indented            | \\t/** a */ module a {\\n\\t}\\n                                      | \\t/** a */ module a {\\n\\t    OURS\\n\\t}\\n
        on one line                        | module a { exports a; }                                              | module a {\\n    OURS exports a; }
        Windows line ends                  | module a {\\r\\n    requires b;\\r\\n}\\r\\n                          | module a {\\r\\n    requires b;\\r\\n    OURS\\r\\n}\\r\\n
        a multi-line requires              | module a {\\n    requires\\n        b;\\n}\\n                         | module a {\\n    requires\\n        b;\\n        OURS\\n}\\n
        ours in a line comment             | module a {\\n    // requires io.github.httpstatus.client;\\n}\\n   | module a {\\n    OURS\\n    // requires io.github.httpstatus.client;\\n}\\n
        ours in a block comment            | /* module x { requires io.github.httpstatus.client; } */ module a {\\n}\\n | /* module x { requires io.github.httpstatus.client; } */ module a {\\n    OURS\\n}\\n
        a comment over lines first         | module a {\\n    /* the\\n       api */\\n    exports a;\\n}\\n | module a {\\n    OURS\\n    /* the\\n       api */\\n    exports a;\\n}\\n
        a comment that starts with a slash | module a {\\n    /*/ requires io.github.httpstatus.client; */\\n}\\n | module a {\\n    OURS\\n    /*/ requires io.github.httpstatus.client; */\\n}\\n
        ours in an annotation's string     | @Deprecated(since = "requires io.github.httpstatus.client;") module a {\\n}\\n | @Deprecated(since = "requires io.github.httpstatus.client;") module a {\\n    OURS\\n}\\n
        a character literal and an escape  | @A(c = '{', s = "\\\\" requires x;") module a {\\n}\\n           | @A(c = '{', s = "\\\\" requires x;") module a {\\n    OURS\\n}\\n
        a longer module name               | module a {\\n    requires io.github.httpstatus.client.more;\\n}\\n | module a {\\n    requires io.github.httpstatus.client.more;\\n    OURS\\n}\\n
        already, static                    | module a {\\n    requires static io.github.httpstatus.client;\\n}\\n | module a {\\n    requires static io.github.httpstatus.client;\\n}\\n
        already, plainly                   | module a {\\n    requires io.github.httpstatus.client ;\\n}\\n      | module a {\\n    requires io.github.httpstatus.client ;\\n}\\n
        already, both modifiers            | module a {\\n    requires transitive static io.github.httpstatus.client;\\n}\\n | module a {\\n    requires transitive static io.github.httpstatus.client;\\n}\\n
        no module declaration              | // nothing yet\\n                                                    | // nothing yet\\n
        an unclosed comment                | module a {\\n} /* still                                              | module a {\\n    OURS\\n} /* still
        an unclosed string                 | module a {\\n} "still                                                | module a {\\n    OURS\\n} "still
        """)
    void requiringOurs(String name, String before, String after) {
        assertEquals(text(after).replace("OURS", OURS), ModuleDescriptor.of(text(before)).requiringOurs(), name);
        assertEquals(!text(before).contains("nothing"), ModuleDescriptor.of(text(before)).declaresAModule(), name);
    }

    private static String text(String escaped) {
        return escaped.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }
}
