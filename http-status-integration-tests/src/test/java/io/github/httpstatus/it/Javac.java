package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles one source file in a test, with warnings as errors, and fails the test if it does not compile. */
final class Javac {

    private Javac() {
    }

    /**
     * Compiles {@code source} as {@code className.java} into {@code outputDirectory}, against the
     * jars or folders the given classes were loaded from.
     */
    static void compile(Path outputDirectory, String className, CharSequence source, Class<?>... classPath)
            throws IOException {
        compile(outputDirectory, className, source, List.of(), classPath);
    }

    /** As {@link #compile(Path, String, CharSequence, Class[])}, with more options for javac, such as a release. */
    static void compile(Path outputDirectory, String className, CharSequence source, List<String> options,
            Class<?>... classPath) throws IOException {
        Path file = outputDirectory.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        String path = Stream.of(classPath).map(Javac::location).map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        boolean compiled = javac.getTask(diagnostics, null, null,
                Stream.concat(Stream.of("-classpath", path, "-d", outputDirectory.toString(), "-Xlint:all", "-Werror"),
                        options.stream()).collect(Collectors.toList()), null,
                javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file)).call();
        assertTrue(compiled, className + " does not compile:\n" + diagnostics + "\n" + source);
    }

    /** The jar or folder a class was loaded from. */
    static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
