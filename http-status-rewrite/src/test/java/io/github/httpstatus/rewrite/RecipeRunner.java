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
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Recipe;
import org.openrewrite.Result;
import org.openrewrite.SourceFile;
import org.openrewrite.config.Environment;
import org.openrewrite.internal.InMemoryLargeSourceSet;
import org.openrewrite.java.JavaParser;
import org.openrewrite.java.internal.JavaTypeCache;
import org.openrewrite.java.search.FindMissingTypes;
import org.openrewrite.java.tree.J;

/**
 * Runs a recipe of this module, found by name as a user's build finds it, on Java sources parsed
 * with the real legacy classes on the class path, and returns the sources it leaves, once {@link
 * MeaningOracle} has found that they compile and mean what the sources meant.
 */
final class RecipeRunner {

    /**
     * This module's recipes, scanned where they are as a user's build scans the recipe artifact it
     * names: a search of the whole test class path for them took twice as long, once a JVM.
     */
    private static final Environment RECIPES = ourRecipes().build();

    private static final List<String> NAMED_JARS = List.of("jakarta.servlet-api-", "javax.servlet-api-", "httpcore5-",
            "httpcore-", "jetty-http-", "google-http-client-", "undertow-core-", "xnio-api-", "commons-httpclient-",
            "swagger-annotations-", "microprofile-openapi-api-", "junit-4.", "junit-jupiter-api-", "assertj-core-",
            "hamcrest-");

    /**
     * The class path the hand-written tests' sources are compiled with: the libraries they name,
     * not the whole test class path, whose hundred-odd jars javac would search on every parse (it
     * made each test about twice as slow).
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
     * OpenRewrite's was most of a parse (about 160 of 190 ms); each parse now starts from these,
     * as a build's parse of many files does, and its own source's types stay in its own layer.
     */
    private static final Map<List<Path>, JavaTypeCache> LIBRARY_TYPES = new ConcurrentHashMap<>();

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
        ExecutionContext ctx = new InMemoryExecutionContext(error -> {
            throw new AssertionError("the recipe or the parser failed", error);
        });
        List<SourceFile> before = JavaParser.fromJavaVersion()
                .classpath(classpath)
                .typeCache(JavaTypeCache.withBase(LIBRARY_TYPES.computeIfAbsent(classpath, RecipeRunner::libraryTypes)))
                .build()
                .parse(ctx, sources)
                .collect(Collectors.toList());
        assertEquals(sources.length, before.size());
        before.forEach(source -> assertNoMissingTypes("before", source));

        List<Result> results = recipe.run(new InMemoryLargeSourceSet(before), ctx).getChangeset().getAllResults();
        List<String> after = new ArrayList<>();
        for (SourceFile source : before) {
            SourceFile changed = results.stream()
                    .filter(result -> result.getBefore() == source)
                    .map(Result::getAfter)
                    .findFirst()
                    .orElse(source);
            assertNoMissingTypes("after", changed);
            after.add(changed.printAll());
        }
        MeaningOracle.assertSameMeaning(classpath, List.of(sources), after);
        return after;
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
