package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.java.tree.J;

/**
 * The form a constant of ours takes in a unit, decided from what the unit's names may mean: here
 * for what a recipe's before/after case shows less directly, a supertype or an import whose members
 * cannot be known, and a class path the build did not give.
 */
class NamesInScopeTest {

    private static NamesInScope.Form form(boolean withSourceSet, LegacyConstants legacy, String... sources) {
        return form(RecipeRunner.NAMED_LIBRARIES, withSourceSet, legacy, sources);
    }

    /** The form of {@code OK} wanted by a static import, in the last of the sources. */
    private static NamesInScope.Form form(List<Path> classpath, boolean withSourceSet, LegacyConstants legacy, String... sources) {
        List<J.CompilationUnit> units = RecipeRunner.parse(classpath, withSourceSet, sources);
        DeclaredTypes declared = DeclaredTypes.of(new InMemoryExecutionContext());
        units.forEach(declared::read);
        J.CompilationUnit unit = units.get(units.size() - 1);
        return NamesInScope.of(unit, legacy, KnownTypes.of(unit, declared)).formOf(CompatClass.INTS, "OK", true);
    }

    private static NamesInScope.Form form(String source) {
        return form(true, LegacyConstants.NONE, source);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "class Client extends com.nowhere.Missing {\n}\n",
        "class Client implements java.io.Serializable, com.nowhere.Missing {\n}\n",
        "class Client {\n    Object anonymous = new com.nowhere.Missing() {\n    };\n}\n",
        "import static com.nowhere.Missing.*;\n\nclass Client {\n}\n",
    })
    void aSupertypeOrAnImportJavacCannotFind_mayTakeEveryName(String source) {
        assertNull(form(source));
    }

    /** Without the class path, a library's supertype may have any member type, but not any field: javac read those. */
    @Test
    void withoutTheClassPath_aLibrarysSupertype_leavesOnlyTheStaticImport() {
        String source = "class Client extends jakarta.servlet.http.HttpServlet {\n}\n";
        assertEquals(NamesInScope.Form.STATIC_IMPORT, form(false, LegacyConstants.NONE, source));
        List<J.CompilationUnit> units = RecipeRunner.parse(RecipeRunner.NAMED_LIBRARIES, false, source);
        NamesInScope names = NamesInScope.of(units.get(0), LegacyConstants.NONE,
                KnownTypes.of(units.get(0), DeclaredTypes.of(new InMemoryExecutionContext())));
        assertNull(names.formOf(CompatClass.INTS, "OK", false));
        assertEquals("`HttpStatusCodes` may name something else here, and so may `io`, which would hide the package "
                + "of the qualified name (the member types of jakarta.servlet.http.HttpServlet are not known)",
                names.whyNoForm(CompatClass.INTS));
    }

    /** Without the class path, the package's own types are not all known: only the type import is certain. */
    @Test
    void withoutTheClassPath_thePackagesTypes_mayHideOurPackage() {
        String source = "package com.acme;\n\nclass Client {\n}\n";
        List<J.CompilationUnit> units = RecipeRunner.parse(RecipeRunner.NAMED_LIBRARIES, false, source);
        NamesInScope names = NamesInScope.of(units.get(0), LegacyConstants.NONE,
                KnownTypes.of(units.get(0), DeclaredTypes.of(new InMemoryExecutionContext())));
        assertEquals(NamesInScope.Form.TYPE_IMPORT, names.formOf(CompatClass.INTS, "OK", false));
        assertEquals(NamesInScope.Form.STATIC_IMPORT, names.formOf(CompatClass.INTS, "OK", true));
    }

    /** A single static import brings the one member it names, not the others of its class. */
    @Test
    void aSingleStaticImport_takesOnlyItsName() {
        assertEquals(NamesInScope.Form.STATIC_IMPORT,
                form("import static javax.security.auth.callback.ConfirmationCallback.YES;\n\nclass Client {\n}\n"));
        assertEquals(NamesInScope.Form.TYPE_IMPORT,
                form("import static javax.security.auth.callback.ConfirmationCallback.OK;\n\nclass Client {\n}\n"));
    }

    /** A legacy class's wildcard keeps the names of its constants that the recipe does not replace. */
    @Test
    void aLegacyWildcard_keepsTheNamesOfItsConstantsNotReplaced() {
        String codes = "package com.acme;\n\npublic class Codes {\n    public static final int OK = 1;\n"
                + "    public static final int SUCCESS = 200;\n}\n";
        String client = "import static com.acme.Codes.*;\n\nclass Client {\n}\n";
        assertEquals(NamesInScope.Form.TYPE_IMPORT,
                form(true, new LegacyConstants("com.acme.Codes", Map.of("SUCCESS", "OK")), codes, client));
        assertEquals(NamesInScope.Form.STATIC_IMPORT,
                form(true, new LegacyConstants("com.acme.Codes", Map.of("SUCCESS", "OK", "OK", "OK")), codes, client));
    }

    /** Member types of a supertype's supertype, and of an interface's superinterface, are inherited too. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "class Client extends com.acme.Middle {\n}\n",
        "class Client implements com.acme.Faces {\n}\n",
    })
    void memberTypesOfMoreDistantSupertypes_takeTheirNames(String client) {
        String base = "package com.acme;\n\npublic class Base {\n    public static class io {\n    }\n"
                + "    public interface HttpStatusCodes {\n    }\n}\n";
        String middle = "package com.acme;\n\npublic class Middle extends Base {\n}\n";
        String face = "package com.acme;\n\npublic interface Face {\n    interface io {\n    }\n"
                + "    interface HttpStatusCodes {\n    }\n}\n";
        String faces = "package com.acme;\n\npublic interface Faces extends Face {\n}\n";
        List<Path> classpath = CompiledLibrary.classpathWith(base, middle, face, faces);
        List<J.CompilationUnit> units = RecipeRunner.parse(classpath, true, client);
        NamesInScope names = NamesInScope.of(units.get(0), LegacyConstants.NONE,
                KnownTypes.of(units.get(0), DeclaredTypes.of(new InMemoryExecutionContext())));
        assertNull(names.formOf(CompatClass.INTS, "OK", false));
    }

    private static final String OTHER_CODES = "package com.acme.http;\n\npublic class HttpStatusCodes {\n}\n";

    /** What the report says it could not know, where our simple name is taken and the class path missing. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "import com.acme.http.HttpStatusCodes;\n\nclass Client {\n}\n"
                + "|the types of the unnamed package",
        "package com.acme;\n\nimport com.acme.http.HttpStatusCodes;\n\nclass Client {\n}\n"
                + "|the types of package com.acme",
        "package com.acme;\n\nimport com.acme.http.HttpStatusCodes;\nimport static com.nowhere.Missing.*;\n\nclass Client {\n}\n"
                + "|the members of com.nowhere.Missing",
    })
    void withoutTheClassPath_andOurSimpleNameTaken_noFormIsCertain_andTheReportSaysWhatIsNotKnown(String sourceAndUnknown) {
        String[] parts = sourceAndUnknown.split("\\|");
        List<Path> classpath = CompiledLibrary.classpathWith(OTHER_CODES);
        List<J.CompilationUnit> units = RecipeRunner.parse(classpath, false, parts[0]);
        NamesInScope names = NamesInScope.of(units.get(0), LegacyConstants.NONE,
                KnownTypes.of(units.get(0), DeclaredTypes.of(new InMemoryExecutionContext())));
        assertNull(names.formOf(CompatClass.INTS, "OK", false));
        assertEquals("`HttpStatusCodes` may name something else here, and so may `io`, which would hide the package "
                + "of the qualified name (" + parts[1] + " are not known)", names.whyNoForm(CompatClass.INTS));
    }
}
