package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
    private static final Path LIBRARIES = Path.of("target", "compiled-libraries").toAbsolutePath();

    private CompiledLibrary() {
    }

    /** The test's named libraries and the classes of these sources, compiled once. */
    static List<Path> classpathWith(String... librarySources) {
        List<Path> classpath = new ArrayList<>(RecipeRunner.NAMED_LIBRARIES);
        classpath.add(COMPILED.computeIfAbsent(List.of(librarySources), CompiledLibrary::compile));
        return classpath;
    }

    /**
     * The classes of these sources, in a directory named after what they are compiled from, which
     * later JVMs of the build reuse: mutation testing starts one for each class it mutates, and
     * compiling the libraries again in each was a good part of their time.
     */
    private static Path compile(List<String> sources) {
        try {
            Path classes = LIBRARIES.resolve(digest(sources));
            if (Files.isDirectory(classes)) {
                return classes;
            }
            Files.createDirectories(LIBRARIES);
            Path compiling = Files.createTempDirectory(LIBRARIES, "compiling");
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            List<JavaFileObject> files = sources.stream().map(InMemorySource::of).collect(Collectors.toList());
            boolean compiled = compiler.getTask(null, null, diagnostics,
                    List.of("-proc:none", "--release", "17", "-d", compiling.toString()), null, files).call();
            assertTrue(compiled, "the library does not compile: " + diagnostics.getDiagnostics());
            try {
                Files.move(compiling, classes, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherJvmWasFirst) {
                return classes;
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(List<String> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(System.getProperty("java.version").getBytes(StandardCharsets.UTF_8));
            for (String source : sources) {
                sha.update((byte) 0);
                sha.update(source.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
