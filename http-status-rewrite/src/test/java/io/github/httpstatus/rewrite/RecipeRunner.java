package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Recipe;
import org.openrewrite.RecipeRun;
import org.openrewrite.Result;
import org.openrewrite.SourceFile;
import org.openrewrite.config.Environment;
import org.openrewrite.internal.InMemoryLargeSourceSet;
import org.openrewrite.java.JavaParser;
import org.openrewrite.java.internal.JavaTypeCache;
import org.openrewrite.java.marker.JavaSourceSet;
import org.openrewrite.java.search.FindMissingTypes;
import org.openrewrite.java.style.Autodetect;
import org.openrewrite.style.NamedStyles;
import org.openrewrite.java.tree.J;
import org.openrewrite.kotlin.KotlinParser;

/**
 * Runs a recipe of this module, found by name as a user's build finds it, on Java sources parsed
 * with the real legacy classes on the class path, and returns the sources it leaves, once {@link
 * MeaningOracle} has found that they compile and mean what the sources meant.
 */
final class RecipeRunner {

    /**
     * This module's recipes, scanned where they are as a user's build scans the recipe artifact it
     * names, rather than searching the whole test class path for them once a JVM.
     */
    private static final Environment RECIPES = ourRecipes().build();

    private static final List<String> NAMED_JARS = List.of("jakarta.servlet-api-", "javax.servlet-api-", "httpcore5-",
            "httpcore-", "jetty-http-", "google-http-client-", "undertow-core-", "xnio-api-", "commons-httpclient-",
            "http-client-spi-", "swagger-annotations-", "microprofile-openapi-api-", "junit-4.", "junit-jupiter-api-", "junit-jupiter-params-",
            "assertj-core-", "hamcrest-", "jakarta.ws.rs-api-", "httpclient-", "feign-core-", "swagger-models-",
            "springdoc-openapi-starter-common-", "feign-annotation-error-decoder-");

    /**
     * The class path the hand-written tests' sources are compiled with: the libraries they name,
     * not the whole test class path, whose hundred-odd jars javac would search on every parse.
     */
    static final List<Path> NAMED_LIBRARIES = JavaParser.runtimeClasspath().stream()
            .filter(RecipeRunner::namedByTheTests)
            .collect(Collectors.toList());

    /** Everything the tests run with, for StatusMethodsTest's libraries and what they need. */
    static final List<Path> WHOLE_TEST_CLASSPATH = List.copyOf(JavaParser.runtimeClasspath());

    /**
     * A source that names the types every test's source meets (Object and String through them),
     * in a package no test uses, so that only library types go into the cache it seeds.
     */
    private static final String LIBRARY_TYPES_SEED = ""
            + "package io.github.httpstatus.rewrite.typecacheseed;\n"
            + "class LibraryTypes {\n"
            + "    java.net.HttpURLConnection connection;\n"
            + "    io.github.httpstatus.client.HttpStatusCodes codes;\n"
            + "}\n";

    /**
     * The library types of each class path, mapped once. Mapping the JDK's types from javac's to
     * OpenRewrite's was most of a parse; each parse now starts from these,
     * as a build's parse of many files does, and its own source's types stay in its own layer.
     */
    private static final Map<List<Path>, JavaTypeCache> LIBRARY_TYPES = new ConcurrentHashMap<>();

    /**
     * The marker the build plugins put on every source of a source set: the names of the types on
     * its class path, from which the recipes learn the member types of a library's classes.
     */
    private static final Map<List<Path>, JavaSourceSet> SOURCE_SETS = new ConcurrentHashMap<>();

    private RecipeRunner() {
    }

    private static boolean namedByTheTests(Path entry) {
        String path = entry.toString().replace('\\', '/');
        return NAMED_JARS.stream().anyMatch(entry.getFileName().toString()::startsWith)
                || path.contains("http-status-core") || path.contains("http-status-client-compat");
    }

    /** An environment of this module's recipes, for a test to add its own to. */
    static Environment.Builder ourRecipes() {
        try {
            Path classes = Paths.get(ReplaceLegacyConstants.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Environment.builder().scanJar(classes, List.of(), RecipeRunner.class.getClassLoader());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A recipe of this module by its name. */
    static Recipe recipe(String recipeName) {
        Recipe recipe = RECIPES.activateRecipes(recipeName);
        assertEquals(recipeName, recipe.getName());
        return recipe;
    }

    /** The sources after the recipe, in order, each unchanged where the recipe changed nothing. */
    static List<String> run(String recipeName, String... sources) {
        return run(recipe(recipeName), sources);
    }

    /** As {@link #run(String, String...)}, for a recipe made in the test rather than found by name. */
    static List<String> run(Recipe recipe, String... sources) {
        return run(recipe, NAMED_LIBRARIES, sources);
    }

    /** As {@link #run(Recipe, String...)}, with the sources compiled against the class path given. */
    static List<String> run(Recipe recipe, List<Path> classpath, String... sources) {
        return migrate(recipe, classpath, List.of(sources), List.of()).java;
    }

    /**
     * Java sources parsed as a build parses them, for a test of one class of the recipes; types
     * javac cannot find are left missing.
     *
     * @param withSourceSet whether to mark them with their class path, as the build plugins do
     */
    static List<J.CompilationUnit> parse(List<Path> classpath, boolean withSourceSet, String... sources) {
        JavaSourceSet sourceSet = SOURCE_SETS.computeIfAbsent(classpath, entries -> JavaSourceSet.build("main", entries));
        return JavaParser.fromJavaVersion().classpath(classpath).build()
                .parse(new InMemoryExecutionContext(), sources)
                .map(source -> (J.CompilationUnit) (withSourceSet ? source.withMarkers(source.getMarkers().add(sourceSet)) : source))
                .collect(Collectors.toList());
    }

    /** What a run made of Java and Kotlin sources, and what it said it left alone. */
    static final class Migration {
        final List<String> java;
        final List<String> kotlin;
        final List<StatusCodesLeftAlone.Row> leftAlone;

        Migration(List<String> java, List<String> kotlin, List<StatusCodesLeftAlone.Row> leftAlone) {
            this.java = java;
            this.kotlin = kotlin;
            this.leftAlone = leftAlone;
        }
    }

    /**
     * Runs a recipe on Java sources and Kotlin sources of one project, as a build of a project in
     * both languages parses them; the Java sources after it must compile and mean what they meant.
     */
    static Migration migrate(Recipe recipe, List<Path> classpath, List<String> javaSources, List<String> kotlinSources) {
        ExecutionContext ctx = new InMemoryExecutionContext(error -> {
            throw new AssertionError("the recipe or the parser failed", error);
        });
        JavaSourceSet sourceSet = SOURCE_SETS.computeIfAbsent(classpath, entries -> JavaSourceSet.build("main", entries));
        List<SourceFile> before = Stream.concat(
                        JavaParser.fromJavaVersion()
                                .classpath(classpath)
                                .typeCache(JavaTypeCache.withBase(LIBRARY_TYPES.computeIfAbsent(classpath, RecipeRunner::libraryTypes)))
                                .build()
                                .parse(ctx, javaSources.toArray(new String[0])),
                        kotlinSources.isEmpty() ? Stream.empty()
                                : KotlinParser.builder().classpath(classpath).build().parse(ctx, kotlinSources.toArray(new String[0])))
                .map(source -> (SourceFile) source.withMarkers(source.getMarkers().add(sourceSet)))
                .collect(Collectors.toList());
        assertEquals(javaSources.size() + kotlinSources.size(), before.size());
        before = withDetectedStyles(before);
        before.subList(0, javaSources.size()).forEach(source -> assertNoMissingTypes("before", source));

        RecipeRun run = recipe.run(new InMemoryLargeSourceSet(before), ctx);
        List<Result> results = run.getChangeset().getAllResults();
        List<String> after = new ArrayList<>();
        for (SourceFile source : before) {
            SourceFile changed = results.stream()
                    .filter(result -> result.getBefore() == source)
                    .map(Result::getAfter)
                    .findFirst()
                    .orElse(source);
            if (after.size() < javaSources.size()) {
                assertNoMissingTypes("after", changed);
            }
            after.add(changed.printAll());
        }
        List<String> java = after.subList(0, javaSources.size());
        if (!javaSources.isEmpty()) {
            MeaningOracle.assertSameMeaning(classpath, javaSources, java);
        }
        return new Migration(List.copyOf(java), List.copyOf(after.subList(javaSources.size(), after.size())),
                run.getDataTableRows(StatusCodesLeftAlone.class));
    }

    /** The style the build plugins detect from a project's sources and mark each with, import layout included. */
    private static List<SourceFile> withDetectedStyles(List<SourceFile> sources) {
        Autodetect.Detector detector = Autodetect.detector();
        sources.forEach(detector::sample);
        NamedStyles detected = detector.build();
        return sources.stream().map(source -> (SourceFile) source.withMarkers(source.getMarkers().add(detected)))
                .collect(Collectors.toList());
    }

    private static JavaTypeCache libraryTypes(List<Path> classpath) {
        JavaTypeCache libraryTypes = new JavaTypeCache();
        JavaParser.fromJavaVersion()
                .classpath(classpath)
                .typeCache(libraryTypes)
                .build()
                .parse(new InMemoryExecutionContext(), LIBRARY_TYPES_SEED)
                .forEach(seed -> assertNoMissingTypes("in the seed, before", seed));
        return libraryTypes;
    }

    static String run(String recipeName, String source) {
        return run(recipeName, new String[] {source}).get(0);
    }

    private static void assertNoMissingTypes(String when, SourceFile source) {
        List<FindMissingTypes.MissingTypeResult> missing = FindMissingTypes.findMissingTypes((J) source, false);
        assertEquals(List.of(), missing.stream().map(m -> m.getMessage() + ": " + m.getPrintedTree())
                .collect(Collectors.toList()), "missing types " + when + " the recipe in\n" + source.printAll());
    }
}
