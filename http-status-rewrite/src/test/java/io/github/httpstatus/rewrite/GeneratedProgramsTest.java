package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The adversary: programs composed at random of declarations that could capture a name the recipes
 * write (fields, member types and interfaces, locals, parameters, type parameters, methods, enums,
 * static imports single and on demand, our other class's constants, classes named {@code
 * HttpStatusCodes} or {@code io} in the file, the package or a library, members inherited from a
 * class in the file, in another file or in a library, an anonymous class's supertype) and of every
 * position the recipes write into (a legacy constant qualified, imported singly or on demand, a
 * literal compared, a case label, a setter's argument, an assertion, an OpenAPI annotation). Each
 * program that compiles runs through the whole migration, and {@link MeaningOracle} checks with javac
 * that it still compiles and means what it meant, or our constant of the same value where it was
 * replaced.
 *
 * <p>The normal build runs {@value #DEFAULT_PROGRAMS} programs from a fixed seed; CONTRIBUTING.md
 * shows how to run more, from another seed. It tests the recipes' decisions as a whole, so
 * mutation testing leaves it to the hand-written cases.
 */
@Tag("exhaustive")
class GeneratedProgramsTest {

    private static final int DEFAULT_PROGRAMS = 160;
    private static final int PROGRAMS = Integer.getInteger("httpstatus.adversary.programs", DEFAULT_PROGRAMS);
    private static final long SEED = Long.getLong("httpstatus.adversary.seed", 20261201L);
    /** Programs that go through one run together, as the files of one project do. */
    private static final int BATCH = 40;

    /** The names a trap may take: constants of ours the positions write, our classes' names, our package's first name. */
    private static final List<String> NAMES = List.of("OK", "NOT_FOUND", "CREATED", "GONE", "HttpStatusCodes",
            "HttpStatusCodeStrings", "io");

    /** The library: compiled classes the programs see on the class path only. */
    private static final List<String> LIBRARY = library();

    @TestFactory
    Stream<DynamicTest> generatedPrograms_keepTheirMeaning() {
        List<Path> classpath = CompiledLibrary.classpathWith(LIBRARY.toArray(new String[0]));
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        int made = 0;
        for (int batch = 0; made < PROGRAMS; batch++) {
            List<List<String>> programs = new ArrayList<>();
            for (int i = 0; i < BATCH && made + programs.size() < PROGRAMS; i++) {
                programs.add(new Program(random, "gen.b" + batch + "p" + i).files());
            }
            List<List<String>> compiling = compiling(programs, classpath);
            made += programs.size();
            List<String> sources = compiling.stream().flatMap(List::stream).collect(Collectors.toList());
            String name = "batch " + batch + " (seed " + SEED + "): " + compiling.size() + " of " + programs.size()
                    + " programs compile before";
            tests.add(DynamicTest.dynamicTest(name, () -> {
                assertTrue(compiling.size() * 2 >= programs.size(), "most generated programs must compile: " + name);
                RecipeRunner.migrate(RecipeRunner.recipe(Mappings.ALL), classpath,
                        sources, List.of());
            }));
        }
        return tests.stream();
    }

    /** The programs whose files javac compiles as they are, before any recipe. */
    private static List<List<String>> compiling(List<List<String>> programs, List<Path> classpath) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> files = programs.stream().flatMap(List::stream).map(InMemorySource::of).collect(Collectors.toList());
        String path = classpath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
        ToolProvider.getSystemJavaCompiler().getTask(null, null, diagnostics,
                List.of("-proc:none", "--release", "17", "-classpath", path, "-d",
                        System.getProperty("java.io.tmpdir") + "/http-status-adversary"), null, files).call();
        Set<String> failing = new LinkedHashSet<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && diagnostic.getSource() != null) {
                String file = diagnostic.getSource().getName();
                failing.add(file.substring(0, file.lastIndexOf('/')));
            }
        }
        return programs.stream()
                .filter(program -> failing.stream().noneMatch(directory -> InMemorySource.of(program.get(0)).getName()
                        .startsWith(directory + "/")))
                .collect(Collectors.toList());
    }

    /** One program: a class {@code Main} with its traps and positions, and the files beside it. */
    private static final class Program {
        private final Random random;
        private final String packageName;
        private final Set<String> imports = new LinkedHashSet<>();
        private final List<String> members = new ArrayList<>();
        private final List<String> parameters = new ArrayList<>();
        private final List<String> typeParameters = new ArrayList<>();
        private final List<String> locals = new ArrayList<>();
        private final List<String> uses = new ArrayList<>();
        private final List<String> topLevel = new ArrayList<>();
        private final Map<String, String> otherFiles = new LinkedHashMap<>();
        private String extendsClause = "";
        private final List<String> interfaces = new ArrayList<>();
        private String anonymousSupertype;
        private String annotation = "";

        Program(Random random, String packageName) {
            this.random = random;
            this.packageName = packageName;
            int traps = 1 + random.nextInt(3);
            for (int i = 0; i < traps; i++) {
                trap(NAMES.get(random.nextInt(NAMES.size())), i);
            }
        }

        private void trap(String name, int index) {
            boolean isConstant = Character.isUpperCase(name.charAt(0)) && name.equals(name.toUpperCase());
            int kinds = 20;
            switch (random.nextInt(kinds)) {
                case 0:
                    members.add("    static final int " + name + " = " + (1000 + index) + ";");
                    uses.add("int use" + index + " = " + name + ";");
                    break;
                case 1:
                    members.add("    static class " + name + " {\n        static final int OK = " + (1000 + index) + ";\n    }");
                    uses.add("int use" + index + " = " + name + ".OK;");
                    break;
                case 2:
                    members.add("    interface " + name + " {\n        int OK = " + (1000 + index) + ";\n    }");
                    uses.add("int use" + index + " = " + name + ".OK;");
                    break;
                case 3:
                    locals.add("int " + name + " = " + (1000 + index) + ";");
                    uses.add("int use" + index + " = " + name + ";");
                    break;
                case 4:
                    parameters.add("int " + name);
                    uses.add("int use" + index + " = " + name + ";");
                    break;
                case 5:
                    typeParameters.add(name);
                    break;
                case 6:
                    members.add("    static int " + name + "() {\n        return " + (1000 + index) + ";\n    }");
                    uses.add("int use" + index + " = " + name + "();");
                    break;
                case 7:
                    members.add("    enum " + name + " { A }");
                    uses.add("Object use" + index + " = " + name + ".A;");
                    break;
                case 8:
                    // A superclass in the same file, with a field or a member type of the name.
                    extendsClause = " extends Base" + index;
                    topLevel.add(random.nextBoolean()
                            ? "class Base" + index + " {\n    static final int " + name + " = " + (1000 + index) + ";\n}"
                            : "class Base" + index + " {\n    static class " + name + " {\n        static final int OK = 1;\n    }\n}");
                    break;
                case 9:
                    // A superclass in another file of the package.
                    extendsClause = " extends Other" + index;
                    otherFiles.put("Other" + index, "package " + packageName + ";\n\nclass Other" + index + " {\n"
                            + (random.nextBoolean() ? "    static final int " + name + " = 1;\n"
                                    : "    interface " + name + " {\n    }\n") + "}\n");
                    break;
                case 10:
                    extendsClause = " extends lib." + (random.nextBoolean() ? "FieldBase" : "TypeBase") + NAMES.indexOf(name);
                    break;
                case 11:
                    interfaces.add("lib." + (random.nextBoolean() ? "FieldFace" : "TypeFace") + NAMES.indexOf(name));
                    break;
                case 12:
                    anonymousSupertype = "lib." + (random.nextBoolean() ? "FieldBase" : "TypeBase") + NAMES.indexOf(name);
                    break;
                case 13:
                    imports.add("import static lib.Fields." + name + ";");
                    uses.add("int use" + index + " = " + name + ";");
                    break;
                case 14:
                    imports.add("import static lib.Fields.*;");
                    uses.add("int use" + index + " = " + name + ";");
                    break;
                case 15:
                    imports.add("import static lib.Types.*;");
                    uses.add("int use" + index + " = " + name + ".OK;");
                    break;
                case 16:
                    if (isConstant) {
                        imports.add(random.nextBoolean() ? "import static io.github.httpstatus.client.HttpStatusCodeStrings.*;"
                                : "import static io.github.httpstatus.client.HttpStatusCodeStrings." + name + ";");
                        uses.add("String use" + index + " = " + name + ";");
                    } else {
                        imports.add("import static lib.Recorded.*;");
                        uses.add("int use" + index + " = responses().size();");
                    }
                    break;
                case 17:
                    if (!isConstant) {
                        imports.add(random.nextBoolean() ? "import lib.names.*;" : "import lib.names." + name + ";");
                        uses.add("int use" + index + " = " + name + ".OK;");
                    }
                    break;
                case 18:
                    otherFiles.put(name, "package " + packageName + ";\n\nclass " + name + " {\n    static final int OK = 1;\n}\n");
                    uses.add("int use" + index + " = " + name + ".OK;");
                    break;
                default:
                    topLevel.add("class " + name + " {\n    static final int OK = 1;\n}");
                    uses.add("int use" + index + " = " + name + ".OK;");
                    break;
            }
        }

        /** Main.java first, then the files beside it. */
        List<String> files() {
            List<String> positions = new ArrayList<>();
            int count = 2 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                positions.add(position(i));
            }
            StringBuilder main = new StringBuilder("package " + packageName + ";\n\n");
            imports.forEach(line -> main.append(line).append('\n'));
            main.append("\nclass Main").append(extendsClause)
                    .append(interfaces.isEmpty() ? "" : " implements " + String.join(", ", interfaces)).append(" {\n");
            members.forEach(member -> main.append(member).append("\n\n"));
            main.append(annotation)
                    .append("    ").append(typeParameters.isEmpty() ? "" : "<" + String.join(", ", typeParameters) + "> ")
                    .append("int check(java.net.HttpURLConnection connection, jakarta.servlet.http.HttpServletResponse response")
                    .append(parameters.stream().map(parameter -> ", " + parameter).collect(Collectors.joining()))
                    .append(") throws Exception {\n");
            locals.forEach(local -> main.append("        ").append(local).append('\n'));
            uses.forEach(use -> main.append("        ").append(use).append('\n'));
            String body = positions.stream().map(position -> "        " + position + "\n").collect(Collectors.joining());
            if (anonymousSupertype == null) {
                main.append(body).append("        return 0;\n");
            } else {
                main.append("        return new ").append(anonymousSupertype).append("() {\n")
                        .append("            int run() throws Exception {\n")
                        .append(body.replace("\n        ", "\n            ").replaceFirst("^        ", "            "))
                        .append("                return 0;\n            }\n        }.run();\n");
            }
            main.append("    }\n}\n");
            topLevel.forEach(type -> main.append('\n').append(type).append('\n'));
            List<String> files = new ArrayList<>();
            files.add(main.toString());
            files.addAll(otherFiles.values());
            return files;
        }

        private String position(int index) {
            switch (random.nextInt(8)) {
                case 0:
                    return "if (connection.getResponseCode() == java.net.HttpURLConnection.HTTP_OK) { return " + index + "; }";
                case 1:
                    return "if (connection.getResponseCode() == 404) { return " + index + "; }";
                case 2:
                    return "switch (connection.getResponseCode()) { case 201: return " + index + "; default: break; }";
                case 3:
                    return "response.setStatus(410);";
                case 4:
                    imports.add("import static java.net.HttpURLConnection.HTTP_GONE;");
                    return "if (connection.getResponseCode() == HTTP_GONE) { return " + index + "; }";
                case 5:
                    imports.add("import static java.net.HttpURLConnection.*;");
                    return "if (connection.getResponseCode() == HTTP_CREATED) { return " + index + "; }";
                case 6:
                    return "org.junit.jupiter.api.Assertions.assertEquals(200, connection.getResponseCode());";
                default:
                    imports.add("import io.swagger.v3.oas.annotations.responses.ApiResponse;");
                    annotation = "    @ApiResponse(responseCode = \"404\", description = \"missing\")\n";
                    return "response.sendError(404);";
            }
        }
    }

    private static List<String> library() {
        List<String> sources = new ArrayList<>();
        StringBuilder fields = new StringBuilder("package lib;\n\npublic class Fields {\n");
        StringBuilder types = new StringBuilder("package lib;\n\npublic class Types {\n");
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            fields.append("    public static final int ").append(name).append(" = ").append(2000 + i).append(";\n");
            types.append("    public static class ").append(name).append(" {\n        public static final int OK = ")
                    .append(3000 + i).append(";\n    }\n");
            sources.add("package lib;\n\npublic class FieldBase" + i + " {\n    protected static final int " + name + " = 1;\n}\n");
            sources.add("package lib;\n\npublic class TypeBase" + i + " {\n    protected static class " + name + " {\n    }\n}\n");
            sources.add("package lib;\n\npublic interface FieldFace" + i + " {\n    int " + name + " = 1;\n}\n");
            sources.add("package lib;\n\npublic interface TypeFace" + i + " {\n    interface " + name + " {\n    }\n}\n");
            if (!name.equals(name.toUpperCase())) {
                sources.add("package lib.names;\n\npublic class " + name + " {\n    public static final int OK = 1;\n}\n");
            }
        }
        sources.add(fields.append("}\n").toString());
        sources.add(types.append("}\n").toString());
        sources.add("package lib;\n\nimport java.util.List;\n\npublic class Recorded {\n"
                + "    public static List<String> responses(String... extra) {\n        return List.of(\"first\", \"second\");\n    }\n}\n");
        return sources;
    }
}
