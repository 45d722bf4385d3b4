package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.java.tree.J;

/** What a compilation sees of types beyond its file: from the run's sources, the class path's names, the JDK. */
class KnownTypesTest {

    private static final String LIBRARY = ""
            + "package lib;\n"
            + "\n"
            + "public class Outer {\n"
            + "    public static class Inner {\n"
            + "        public interface Deeper {\n"
            + "        }\n"
            + "    }\n"
            + "\n"
            + "    protected enum Kind { A }\n"
            + "\n"
            + "    Object anonymous = new Object() {\n"
            + "    };\n"
            + "\n"
            + "    void local() {\n"
            + "        class Local {\n"
            + "        }\n"
            + "    }\n"
            + "}\n";
    private static final String SECOND = "package lib;\n\nclass Second {\n}\n";
    /** A top-level class whose name is another's and a dollar sign, as Scala's objects are compiled. */
    private static final String DOLLAR_ENDED = "package lib;\n\npublic class Second$ {\n}\n";
    private static final String UNPACKAGED = "public class Unpackaged {\n    public static class Inside {\n    }\n}\n";

    private static final List<Path> CLASSPATH = CompiledLibrary.classpathWith(LIBRARY, SECOND, DOLLAR_ENDED, UNPACKAGED);

    private static final String SOURCE = ""
            + "package app;\n"
            + "\n"
            + "class App {\n"
            + "    static class Nested {\n"
            + "        interface Deep {\n"
            + "        }\n"
            + "    }\n"
            + "}\n"
            + "\n"
            + "class Beside {\n"
            + "}\n";

    private static KnownTypes known(boolean withSourceSet) {
        J.CompilationUnit unit = RecipeRunner.parse(CLASSPATH, withSourceSet, SOURCE).get(0);
        DeclaredTypes declared = DeclaredTypes.of(new InMemoryExecutionContext());
        declared.read(unit);
        return KnownTypes.of(unit, declared);
    }

    @Test
    void aLibrarysMemberTypes_areItsOwn_withoutLocalOrAnonymousClasses() {
        KnownTypes known = known(true);
        assertEquals(Optional.of(Set.of("Inner", "Kind")), known.memberTypesOf("lib.Outer"));
        assertEquals(Optional.of(Set.of("Deeper")), known.memberTypesOf("lib.Outer$Inner"));
        assertEquals(Optional.of(Set.of()), known.memberTypesOf("lib.Outer$Inner$Deeper"));
        assertEquals(Optional.of(Set.of()), known.memberTypesOf("lib.Second"));
    }

    @Test
    void aClassNamedAnothersNameAndADollar_isNoMemberTypeOfIt() {
        assertEquals(Optional.of(Set.of()), known(true).memberTypesOf("lib.Second"));
    }

    @Test
    void aLibrarysPackage_hasItsTopLevelTypes() {
        assertEquals(Optional.of(Set.of("Outer", "Second")), known(true).typesOfPackage("lib"));
    }

    @Test
    void aLibrarysUnnamedPackage_isKnownToo() {
        KnownTypes known = known(true);
        assertTrue(known.typesOfPackage("").orElseThrow().contains("Unpackaged"));
        assertEquals(Optional.of(Set.of("Inside")), known.memberTypesOf("Unpackaged"));
    }

    /** A marker the build left empty shows nothing of the class path. */
    @Test
    void aSourceSetMarkerWithoutItsClassPath_isNoClassPath() {
        J.CompilationUnit unit = RecipeRunner.parse(CLASSPATH, false, SOURCE).get(0);
        unit = unit.withMarkers(unit.getMarkers().add(new org.openrewrite.java.marker.JavaSourceSet(
                java.util.UUID.randomUUID(), "main", List.of(), java.util.Map.of())));
        KnownTypes known = KnownTypes.of(unit, DeclaredTypes.of(new InMemoryExecutionContext()));
        assertEquals(Optional.empty(), known.memberTypesOf("lib.Outer"));
        assertEquals(Optional.empty(), known.typesOfPackage("lib"));
    }

    @Test
    void withoutTheClassPath_aLibrarysTypes_areNotKnown() {
        KnownTypes known = known(false);
        assertEquals(Optional.empty(), known.memberTypesOf("lib.Outer"));
        assertEquals(Optional.empty(), known.typesOfPackage("lib"));
        assertEquals(Optional.empty(), known.typesOfPackage("app"));
    }

    @Test
    void theRunsSources_showTheirMemberTypes_andPackages() {
        for (boolean withSourceSet : List.of(true, false)) {
            KnownTypes known = known(withSourceSet);
            assertEquals(Optional.of(Set.of("Nested")), known.memberTypesOf("app.App"));
            assertEquals(Optional.of(Set.of("Deep")), known.memberTypesOf("app.App$Nested"));
            assertEquals(Optional.of(Set.of()), known.memberTypesOf("app.Beside"));
        }
        assertEquals(Optional.of(Set.of("App", "Beside")), known(true).typesOfPackage("app"));
    }

    @Test
    void theJdksTypes_areKnown_beyondJavaBase_withoutTheClassPath() {
        KnownTypes known = known(false);
        Set<String> swing = known.typesOfPackage("javax.swing").orElseThrow();
        assertTrue(swing.contains("JComponent"), swing.toString());
        assertFalse(swing.stream().anyMatch(name -> name.contains("$")), swing.toString());
        Set<String> component = known.memberTypesOf("javax.swing.JComponent").orElseThrow();
        assertTrue(component.contains("AccessibleJComponent"), component.toString());
        assertFalse(component.stream().anyMatch(name -> name.contains("$") || Character.isDigit(name.charAt(0))),
                component.toString());
        assertEquals(Optional.of(Set.of("Entry")), known.memberTypesOf("java.util.Map"));
        assertEquals(Optional.of(Set.of()), known.memberTypesOf("java.util.Map$Entry"));
        assertEquals(Optional.empty(), known.memberTypesOf("java.util.NoSuchClass"));
        assertEquals(Optional.empty(), known.memberTypesOf("NoPackage"));
        assertEquals(Optional.empty(), known.typesOfPackage("javax.nosuchpackage"));
        assertEquals(Optional.empty(), known.typesOfPackage(""));
    }

    /** Which is why NamesInScope need not read java.lang, which every file imports on demand. */
    @Test
    void javaLang_declaresNoTypeOfTheNamesTheRecipesWrite() {
        Set<String> javaLang = known(false).typesOfPackage("java.lang").orElseThrow();
        assertTrue(javaLang.contains("String"), javaLang.toString());
        for (CompatClass compat : CompatClass.values()) {
            assertFalse(javaLang.contains(compat.simpleName()), compat.simpleName());
        }
        assertFalse(javaLang.contains(CompatClass.TOP_PACKAGE));
    }
}
