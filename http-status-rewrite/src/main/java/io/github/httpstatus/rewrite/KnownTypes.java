package io.github.httpstatus.rewrite;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.SourceVersion;
import org.openrewrite.java.marker.JavaSourceSet;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.java.tree.JavaType;

/**
 * What a file's compilation can see of types beyond the file: the member types of a class and the
 * top-level types of a package, from the run's sources ({@link DeclaredTypes}), the class path of
 * the file's source set (the names the build plugin lists on the {@link JavaSourceSet} marker) and
 * the JDK. Where none of them knows a class or package, the answer is empty: unknown, which the
 * recipes treat as "any name may be taken".
 */
final class KnownTypes {

    private final DeclaredTypes declared;
    private final ClassPathIndex classPath;

    private KnownTypes(DeclaredTypes declared, ClassPathIndex classPath) {
        this.declared = declared;
        this.classPath = classPath;
    }

    /** What the compilation of a source can see, besides the source itself. */
    static KnownTypes of(JavaSourceFile source, DeclaredTypes declared) {
        Optional<JavaSourceSet> sourceSet = source.getMarkers().findFirst(JavaSourceSet.class);
        ClassPathIndex classPath = sourceSet.filter(set -> !set.getClasspath().isEmpty())
                .map(set -> declared.classPaths.computeIfAbsent(set.getId(), id -> new ClassPathIndex(set.getClasspath())))
                .orElse(null);
        return new KnownTypes(declared, classPath);
    }

    /**
     * The member types a class declares.
     *
     * @param className its fully qualified name, with {@code $} before a member type's name
     * @return their simple names, or empty if no source, class path entry or JDK module has the class
     */
    Optional<Set<String>> memberTypesOf(String className) {
        Set<String> fromSources = declared.memberTypesOf(className);
        Set<String> fromClassPath = classPath == null ? null : classPath.memberTypesOf(className);
        Set<String> fromJdk = fromSources == null && fromClassPath == null ? jdk().memberTypesOf(className) : null;
        if (fromSources == null && fromClassPath == null && fromJdk == null) {
            return Optional.empty();
        }
        Set<String> members = new HashSet<>();
        for (Set<String> some : java.util.Arrays.asList(fromSources, fromClassPath, fromJdk)) {
            if (some != null) {
                members.addAll(some);
            }
        }
        return Optional.of(members);
    }

    /**
     * The top-level types of a package, which a compilation sees through an import on demand or as
     * its own package's.
     *
     * @param packageName the package's name; empty for the unnamed package
     * @return their simple names, or empty where the class path is not known and the package is none of the JDK's
     */
    Optional<Set<String>> typesOfPackage(String packageName) {
        Set<String> fromJdk = jdk().typesOfPackage(packageName);
        if (classPath == null && fromJdk == null) {
            return Optional.empty();
        }
        Set<String> types = new HashSet<>(declared.typesOfPackage(packageName));
        if (classPath != null) {
            types.addAll(classPath.typesOfPackage(packageName));
        }
        if (fromJdk != null) {
            types.addAll(fromJdk);
        }
        return Optional.of(types);
    }

    private Jdk jdk() {
        return declared.jdk;
    }

    /**
     * The type names of a class path, grouped by package the first time a file asks, once a run for
     * each source set: a class path of a few hundred jars lists some hundred thousand names, and most
     * runs ask about a handful of packages.
     */
    static final class ClassPathIndex {
        private final List<JavaType.FullyQualified> types;
        private Map<String, Set<String>> binaryNamesByPackage;

        ClassPathIndex(List<JavaType.FullyQualified> types) {
            this.types = types;
        }

        private synchronized Set<String> binaryNamesIn(String packageName) {
            if (binaryNamesByPackage == null) {
                binaryNamesByPackage = new HashMap<>();
                for (JavaType.FullyQualified type : types) {
                    String name = type.getFullyQualifiedName();
                    String binaryName = binaryNameOf(name);
                    Set<String> inPackage = binaryNamesByPackage.computeIfAbsent(packageOf(name), key -> new HashSet<>());
                    inPackage.add(binaryName);
                    // The class that declares a member type is on the path too, though the list may
                    // leave it out (OpenRewrite lists no top-level class of the unnamed package).
                    for (int end = 1; end < binaryName.length(); end++) {
                        if (binaryName.charAt(end) == '$') {
                            inPackage.add(binaryName.substring(0, end));
                        }
                    }
                }
            }
            return binaryNamesByPackage.getOrDefault(packageName, Collections.emptySet());
        }

        Set<String> memberTypesOf(String className) {
            Set<String> inPackage = binaryNamesIn(packageOf(className));
            String binaryName = binaryNameOf(className);
            return inPackage.contains(binaryName) ? memberTypes(binaryName, inPackage) : null;
        }

        Set<String> typesOfPackage(String packageName) {
            Set<String> topLevel = new HashSet<>();
            for (String binaryName : binaryNamesIn(packageName)) {
                if (binaryName.indexOf('$') == -1) {
                    topLevel.add(binaryName);
                }
            }
            return topLevel;
        }
    }

    /** The package of a class's fully qualified name; empty for the unnamed package. */
    private static String packageOf(String className) {
        return className.substring(0, Math.max(className.lastIndexOf('.'), 0));
    }

    /** A class's binary name within its package: {@code Outer$Inner}. */
    private static String binaryNameOf(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /**
     * The simple names of the member types of a class, among the binary names of its package:
     * what follows its own name and {@code $}, if that is an identifier (a local or anonymous
     * class's starts with a digit) with no {@code $} of its own.
     */
    private static Set<String> memberTypes(String binaryName, Set<String> inPackage) {
        String prefix = binaryName + "$";
        Set<String> members = new HashSet<>();
        for (String candidate : inPackage) {
            String rest = candidate.substring(Math.min(prefix.length(), candidate.length()));
            if (candidate.startsWith(prefix) && SourceVersion.isIdentifier(rest) && rest.indexOf('$') == -1) {
                members.add(rest);
            }
        }
        return members;
    }

    /**
     * The JDK's own modules, read from the running JDK's {@code jrt:} file system: the build plugins
     * list only {@code java.base} on the marker. A JDK without one (Java 8) knows nothing here. A
     * run reads each package once.
     */
    static final class Jdk {
        private static final FileSystem JRT = jrt();
        private final Map<String, Optional<Set<String>>> filesOfPackage = new ConcurrentHashMap<>();

        private static FileSystem jrt() {
            try {
                return FileSystems.getFileSystem(URI.create("jrt:/"));
            } catch (RuntimeException noJrt) {
                return null;
            }
        }

        /** The class file names of a JDK package, without {@code .class}, or {@code null} if it is none of the JDK's. */
        private Set<String> classFilesOf(String packageName) {
            if (JRT == null || packageName.isEmpty()) {
                return null;
            }
            return filesOfPackage.computeIfAbsent(packageName, Jdk::readPackage).orElse(null);
        }

        private static Optional<Set<String>> readPackage(String packageName) {
            Set<String> classFiles = new HashSet<>();
            // A package no module has is no directory: reading it fails, and so it is none of the JDK's.
            try (DirectoryStream<Path> links = Files.newDirectoryStream(JRT.getPath("/packages", packageName))) {
                for (Path link : links) {
                    Path directory = JRT.getPath("/modules", link.getFileName().toString(), packageName.replace('.', '/'));
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.class")) {
                        for (Path file : files) {
                            classFiles.add(file.getFileName().toString().replaceFirst("\\.class$", ""));
                        }
                    }
                }
            } catch (IOException unreadable) {
                return Optional.empty();
            }
            return Optional.of(classFiles);
        }

        Set<String> typesOfPackage(String packageName) {
            Set<String> classFiles = classFilesOf(packageName);
            if (classFiles == null) {
                return null;
            }
            Set<String> topLevel = new HashSet<>();
            for (String classFile : classFiles) {
                if (!classFile.contains("$")) {
                    topLevel.add(classFile);
                }
            }
            return topLevel;
        }

        Set<String> memberTypesOf(String className) {
            Set<String> classFiles = classFilesOf(packageOf(className));
            String binaryName = binaryNameOf(className);
            return classFiles == null || !classFiles.contains(binaryName) ? null : memberTypes(binaryName, classFiles);
        }
    }
}
