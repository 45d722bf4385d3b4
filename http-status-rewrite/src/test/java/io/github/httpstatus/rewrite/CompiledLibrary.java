package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Classes compiled from sources a test gives, for the code under test to meet as a library: on the
 * class path, with no source the recipe could read.
 */
final class CompiledLibrary {

    private static final Map<List<String>, Path> COMPILED = new ConcurrentHashMap<>();

    private CompiledLibrary() {
    }

    /** The test's named libraries and the classes of these sources, compiled once. */
    static List<Path> classpathWith(String... librarySources) {
        List<Path> classpath = new ArrayList<>(RecipeRunner.NAMED_LIBRARIES);
        classpath.add(COMPILED.computeIfAbsent(List.of(librarySources), CompiledLibrary::compile));
        return classpath;
    }

    private static Path compile(List<String> sources) {
        try {
            Path classes = Files.createTempDirectory("http-status-library");
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            List<JavaFileObject> files = sources.stream().map(InMemorySource::of).collect(Collectors.toList());
            boolean compiled = compiler.getTask(null, null, diagnostics,
                    List.of("-proc:none", "--release", "17", "-d", classes.toString()), null, files).call();
            assertTrue(compiled, "the library does not compile: " + diagnostics.getDiagnostics());
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
