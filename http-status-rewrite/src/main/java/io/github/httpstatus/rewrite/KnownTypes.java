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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
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

    /** The class path of each source set, indexed once: every file of a source set has the same marker. */
    private static final Map<UUID, ClassPathIndex> CLASS_PATHS = Collections.synchronizedMap(new java.util.WeakHashMap<>());

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
                .map(set -> CLASS_PATHS.computeIfAbsent(set.getId(), id -> new ClassPathIndex(set.getClasspath())))
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
        Set<String> fromJdk = fromSources == null && fromClassPath == null ? Jdk.memberTypesOf(className) : null;
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
        Set<String> fromJdk = Jdk.typesOfPackage(packageName);
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

    /** The type names of a class path, by the class that declares them and by package. */
    private static final class ClassPathIndex {
        private final Set<String> classes = new HashSet<>();
        private final Map<String, Set<String>> memberTypes = new HashMap<>();
        private final Map<String, Set<String>> packageTypes = new HashMap<>();

        ClassPathIndex(List<JavaType.FullyQualified> types) {
            for (JavaType.FullyQualified type : types) {
                String name = type.getFullyQualifiedName();
                classes.add(name);
                int packageEnd = name.lastIndexOf('.');
                String packageName = packageEnd < 0 ? "" : name.substring(0, packageEnd);
                String binaryName = name.substring(packageEnd + 1);
                int firstDollar = binaryName.indexOf('$');
                packageTypes.computeIfAbsent(packageName, key -> new HashSet<>())
                        .add(firstDollar < 0 ? binaryName : binaryName.substring(0, firstDollar));
                int lastDollar = name.lastIndexOf('$');
                if (lastDollar > packageEnd + 1) {
                    memberTypes.computeIfAbsent(name.substring(0, lastDollar), key -> new HashSet<>())
                            .add(name.substring(lastDollar + 1));
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
     * list only {@code java.base} on the marker. A JDK without one (Java 8) knows nothing here.
     */
    private static final class Jdk {
        private static final FileSystem JRT = jrt();
        private static final Map<String, Optional<Set<String>>> FILES_OF_PACKAGE = new ConcurrentHashMap<>();

        private static FileSystem jrt() {
            try {
                return FileSystems.getFileSystem(URI.create("jrt:/"));
            } catch (RuntimeException noJrt) {
                return null;
            }
        }

        /** The class file names of a JDK package, without {@code .class}, or {@code null} if it is none of the JDK's. */
        private static Set<String> classFilesOf(String packageName) {
            if (JRT == null || packageName.isEmpty()) {
                return null;
            }
            return FILES_OF_PACKAGE.computeIfAbsent(packageName, Jdk::readPackage).orElse(null);
        }

        private static Optional<Set<String>> readPackage(String packageName) {
            Path modules = JRT.getPath("/packages", packageName);
            if (!Files.isDirectory(modules)) {
                return Optional.empty();
            }
            Set<String> classFiles = new HashSet<>();
            try (DirectoryStream<Path> links = Files.newDirectoryStream(modules)) {
                for (Path link : links) {
                    Path directory = JRT.getPath("/modules", link.getFileName().toString(), packageName.replace('.', '/'));
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.class")) {
                        for (Path file : files) {
                            String fileName = file.getFileName().toString();
                            classFiles.add(fileName.substring(0, fileName.length() - ".class".length()));
                        }
                    }
                }
            } catch (IOException unreadable) {
                return Optional.empty();
            }
            return Optional.of(classFiles);
        }

        static Set<String> typesOfPackage(String packageName) {
            Set<String> classFiles = classFilesOf(packageName);
            if (classFiles == null) {
                return null;
            }
            Set<String> topLevel = new HashSet<>();
            for (String classFile : classFiles) {
                if (classFile.indexOf('$') < 0) {
                    topLevel.add(classFile);
                }
            }
            return topLevel;
        }

        static Set<String> memberTypesOf(String className) {
            int packageEnd = className.lastIndexOf('.');
            Set<String> classFiles = classFilesOf(packageEnd < 0 ? "" : className.substring(0, packageEnd));
            String binaryName = className.substring(packageEnd + 1);
            if (classFiles == null || !classFiles.contains(binaryName)) {
                return null;
            }
            Set<String> members = new HashSet<>();
            for (String classFile : classFiles) {
                if (classFile.startsWith(binaryName + "$")) {
                    String rest = classFile.substring(binaryName.length() + 1);
                    if (rest.indexOf('$') < 0 && !rest.isEmpty() && Character.isJavaIdentifierStart(rest.charAt(0))) {
                        members.add(rest);
                    }
                }
            }
            return members;
        }
    }
}
