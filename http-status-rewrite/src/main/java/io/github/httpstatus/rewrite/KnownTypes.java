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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** A class's fully qualified name: its package (none for the unnamed one), and its binary name. */
    private static final Pattern CLASS_NAME = Pattern.compile("(?:(.*)\\.)?([^.]+)");
    /** A binary name as its top-level class's name, then what follows a {@code $}. */
    private static final Pattern TOP_LEVEL = Pattern.compile("([^$]*).*");
    /** A member type's binary name: the binary name of the class that declares it, {@code $}, its own name. */
    private static final Pattern MEMBER = Pattern.compile("(.+)\\$([\\p{javaJavaIdentifierStart}][^$]*)");

    /** The type names of a class path, by the class that declares them and by package; built once a run for each source set. */
    static final class ClassPathIndex {
        private final Set<String> classes = new HashSet<>();
        private final Map<String, Set<String>> memberTypes = new HashMap<>();
        private final Map<String, Set<String>> packageTypes = new HashMap<>();

        ClassPathIndex(List<JavaType.FullyQualified> types) {
            for (JavaType.FullyQualified type : types) {
                String name = type.getFullyQualifiedName();
                classes.add(name);
                Matcher parts = CLASS_NAME.matcher(name);
                Matcher topLevel = TOP_LEVEL.matcher(parts.replaceFirst("$2"));
                topLevel.matches();
                packageTypes.computeIfAbsent(parts.replaceFirst("$1"), key -> new HashSet<>()).add(topLevel.group(1));
                Matcher member = MEMBER.matcher(name);
                if (member.matches()) {
                    // The class that declares it is on the path too, though the list may leave it out
                    // (OpenRewrite lists no top-level class of the unnamed package).
                    classes.add(member.group(1));
                    memberTypes.computeIfAbsent(member.group(1), key -> new HashSet<>()).add(member.group(2));
                }
            }
        }

        Set<String> memberTypesOf(String className) {
            return classes.contains(className) ? memberTypes.getOrDefault(className, Collections.emptySet()) : null;
        }

        Set<String> typesOfPackage(String packageName) {
            return packageTypes.getOrDefault(packageName, Collections.emptySet());
        }
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
            Matcher parts = CLASS_NAME.matcher(className);
            Set<String> classFiles = classFilesOf(parts.replaceFirst("$1"));
            String binaryName = parts.replaceFirst("$2");
            if (classFiles == null || !classFiles.contains(binaryName)) {
                return null;
            }
            Set<String> members = new HashSet<>();
            for (String classFile : classFiles) {
                Matcher member = MEMBER.matcher(classFile);
                if (member.matches() && member.group(1).equals(binaryName)) {
                    members.add(member.group(2));
                }
            }
            return members;
        }
    }
}
