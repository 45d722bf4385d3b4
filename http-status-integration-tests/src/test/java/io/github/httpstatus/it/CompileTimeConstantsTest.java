package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.httpstatus.HttpStatus;
import io.github.httpstatus.client.HttpStatusCodeStrings;
import io.github.httpstatus.client.HttpStatusCodes;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@link HttpStatusCodes} and {@link HttpStatusCodeStrings} field is a compile-time constant:
 * a {@code switch} with one case per {@code int}, and an annotation holding every {@code String},
 * compile, where a field initialised from anything but a constant expression fails with "constant
 * expression required" or "element value must be a constant expression".
 */
class CompileTimeConstantsTest {

    @TempDir
    Path work;

    @Test
    void aCasePerConstant_compiles() throws Exception {
        // Aliases share a value with their member, and one switch rejects duplicate labels.
        StringBuilder members = new StringBuilder();
        StringBuilder aliases = new StringBuilder();
        for (Field field : HttpStatusCodes.class.getFields()) {
            boolean isAlias = !HttpStatus.ofName(field.getName()).name().equals(field.getName());
            (isAlias ? aliases : members).append("            case HttpStatusCodes.").append(field.getName())
                    .append(": return \"").append(field.getName()).append("\";\n");
        }
        String source = "import io.github.httpstatus.client.HttpStatusCodes;\n\n"
                + "class EveryCase {\n"
                + switchMethod("member", members)
                + switchMethod("alias", aliases)
                + "}\n";
        assertEquals(HttpStatusCodes.class.getFields().length, source.split("case ").length - 1);
        Javac.compile(work, "EveryCase", source, HttpStatusCodes.class);
    }

    private static String switchMethod(String name, CharSequence cases) {
        return "    static String " + name + "(int code) {\n        switch (code) {\n" + cases
                + "            default: return null;\n        }\n    }\n";
    }

    @Test
    void anAnnotationHoldingEveryStringConstant_compiles() throws Exception {
        String values = Arrays.stream(HttpStatusCodeStrings.class.getFields())
                .map(field -> "HttpStatusCodeStrings." + field.getName())
                .collect(Collectors.joining(",\n    "));
        String source = "import io.github.httpstatus.client.HttpStatusCodeStrings;\n\n"
                + "@interface Codes {\n    String[] value();\n}\n\n"
                + "@Codes({\n    " + values + "\n})\n"
                + "class EveryString {\n}\n";
        assertEquals(HttpStatusCodeStrings.class.getFields().length, source.split("HttpStatusCodeStrings\\.").length - 1);
        Javac.compile(work, "EveryString", source, HttpStatusCodeStrings.class);
    }
}
