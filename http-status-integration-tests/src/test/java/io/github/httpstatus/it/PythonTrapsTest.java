package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.httpstatus.HttpStatus;
import io.github.httpstatus.client.HttpStatusCodes;
import java.io.File;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's traps for a Python porter that its examples cannot show, because they fail. */
class PythonTrapsTest {

    @TempDir
    Path classes;

    @Test
    void bothWildcardStaticImports_makeTheSharedNamesAmbiguous() throws Exception {
        Path file = classes.resolve("Both.java");
        Files.writeString(file, "import static io.github.httpstatus.HttpStatus.*;\n"
                + "import static io.github.httpstatus.client.HttpStatusCodes.*;\n"
                + "public class Both {\n    Object ok = OK;\n}\n", StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        String path = Javac.location(HttpStatus.class) + File.pathSeparator + Javac.location(HttpStatusCodes.class);
        boolean compiled = javac.getTask(diagnostics, null, null, List.of("-classpath", path, "-d", classes.toString()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
        assertFalse(compiled);
        assertTrue(diagnostics.toString().contains("reference to OK is ambiguous"), diagnostics.toString());
    }

    @Test
    void aJsonLibrary_writesTheEnumByName_andTheNumberOnlyIfAsked() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals("\"NOT_FOUND\"", json.writeValueAsString(HttpStatus.NOT_FOUND));
        assertEquals("404", json.writeValueAsString(HttpStatus.NOT_FOUND.value()));
    }
}
