package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.httpstatus.HttpStatus;
import io.github.httpstatus.client.HttpStatusCodes;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The jars as users receive them: a JPMS module descriptor at the root, Java 8 bytecode for every
 * other class, OSGi headers, and the sources, Javadoc and SBOM that go with them to Maven Central.
 */
class PublishedJarsIT {

    private static final int JAVA_8 = 52;
    private static final int JAVA_9 = 53;

    static List<Arguments> publishedJars() {
        return List.of(
                Arguments.of(Javac.location(HttpStatus.class), "io.github.httpstatus", Set.of("io.github.httpstatus"),
                        Set.of("java.base")),
                Arguments.of(Javac.location(HttpStatusCodes.class), "io.github.httpstatus.client",
                        Set.of("io.github.httpstatus.client"), Set.of("java.base", "io.github.httpstatus")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("publishedJars")
    void moduleDescriptor_namesTheModuleItsExportsAndRequires(Path jar, String module, Set<String> exports,
            Set<String> requires) {
        assertTrue(jar.toString().endsWith(".jar"), "not a jar: " + jar);
        ModuleDescriptor descriptor = ModuleFinder.of(jar).findAll().iterator().next().descriptor();
        assertEquals(module, descriptor.name());
        assertFalse(descriptor.isAutomatic(), "no module-info.class at the root of " + jar);
        assertEquals(exports, descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
        assertEquals(requires, descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("publishedJars")
    void everyClassButModuleInfo_isJava8Bytecode(Path jar) throws IOException {
        Set<String> notJava8 = new TreeSet<>();
        int classes = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (entry.getName().endsWith(".class")) {
                    int major = majorVersion(file, entry);
                    boolean expected = entry.getName().equals("module-info.class") ? major == JAVA_9 : major == JAVA_8;
                    if (!expected) {
                        notJava8.add(entry.getName() + " is class file version " + major);
                    }
                    classes++;
                }
            }
        }
        assertEquals(Set.of(), notJava8);
        assertTrue(classes >= 3, "too few classes in " + jar);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("publishedJars")
    void manifest_hasOsgiHeadersWithAVersionedExportAndNoJavaImports(Path jar, String module, Set<String> exports)
            throws IOException {
        Attributes manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest().getMainAttributes();
        }
        String version = System.getProperty("project.version").replace("-SNAPSHOT", "");
        assertEquals(module, manifest.getValue("Bundle-SymbolicName"));
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertEquals(exports.iterator().next() + ";version=\"" + version + "\"",
                manifest.getValue("Export-Package").replaceAll(";uses:=\"[^\"]*\"", ""));
        String imports = manifest.getValue("Import-Package");
        assertTrue(imports == null || !imports.matches("(^|.*,)java\\..*"), "imports java.*: " + imports);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("publishedJars")
    void sourcesJavadocAndSbom_areBuiltBesideTheJar(Path jar) {
        String base = jar.getFileName().toString().replaceFirst("\\.jar$", "");
        Path target = jar.getParent();
        for (String companion : List.of(base + "-sources.jar", base + "-javadoc.jar", "bom.json", "bom.xml")) {
            assertTrue(Files.isRegularFile(target.resolve(companion)), "missing " + target.resolve(companion));
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("publishedJars")
    void javadoc_footerNamesTheCopyrightHolderAndTheLicence(Path jar, String module) throws IOException {
        Path javadoc = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "-javadoc.jar"));
        try (JarFile file = new JarFile(javadoc.toFile())) {
            // Each module's one package has its module's name.
            JarEntry index = file.getJarEntry(module.replace('.', '/') + "/package-summary.html");
            assertTrue(index != null, "no index.html in " + javadoc);
            try (InputStream in = file.getInputStream(index)) {
                String html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(html.contains("Copyright \u00a9 2026 The http-status developers."), "no copyright holder in the footer");
                assertTrue(html.contains("Licensed under the <a href=\"https://www.apache.org/licenses/LICENSE-2.0\">Apache License, Version 2.0</a>."),
                        "no licence in the footer");
            }
        }
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("publishedJars")
    void license_isTheRepositorysLicenseInMetaInf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry license = file.getJarEntry("META-INF/LICENSE");
            assertTrue(license != null, "no META-INF/LICENSE in " + jar);
            try (InputStream in = file.getInputStream(license)) {
                assertArrayEquals(Files.readAllBytes(Path.of("..", "LICENSE")), in.readAllBytes());
            }
        }
    }

    private static int majorVersion(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry); DataInputStream data = new DataInputStream(in)) {
            assertEquals(0xCAFEBABE, data.readInt(), entry.getName());
            data.readUnsignedShort();
            return data.readUnsignedShort();
        }
    }
}
