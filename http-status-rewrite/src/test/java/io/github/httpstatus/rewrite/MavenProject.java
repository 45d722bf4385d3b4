package io.github.httpstatus.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Parser;
import org.openrewrite.Recipe;
import org.openrewrite.RecipeRun;
import org.openrewrite.Result;
import org.openrewrite.SourceFile;
import org.openrewrite.internal.InMemoryLargeSourceSet;
import org.openrewrite.java.JavaParser;
import org.openrewrite.java.internal.JavaTypeCache;
import org.openrewrite.java.marker.JavaProject;
import org.openrewrite.java.marker.JavaSourceSet;
import org.openrewrite.marker.Markers;
import org.openrewrite.maven.MavenExecutionContextView;
import org.openrewrite.maven.MavenParser;
import org.openrewrite.maven.cache.InMemoryMavenPomCache;
import org.openrewrite.maven.tree.MavenRepository;
import org.openrewrite.maven.tree.MavenResolutionResult;
import org.openrewrite.maven.tree.ResolvedDependency;
import org.openrewrite.maven.tree.Scope;

/**
 * A Maven project written to a directory and read as OpenRewrite's Maven plugin reads one: every
 * POM resolved by rewrite-maven's {@link MavenParser} against a repository of this test's own
 * (http-status at 1.0.0 and at this build's version, and a few libraries), every file marked with
 * its module and source set. A recipe's run gives the files after it, and the same POMs resolved
 * again, so that tests judge the build by what Maven would resolve, not by the text.
 */
final class MavenProject {

    /** The version this build makes, the one the recipes add. */
    static final String VERSION = System.getProperty("project.version");

    private static final Path REPOSITORY = fixtureRepository();

    /**
     * The JDK's and our types, mapped once (a seed parse) rather than in every test's parse: most of
     * a parse's time, which mutation testing pays once a mutant.
     */
    private static final JavaTypeCache LIBRARY_TYPES = libraryTypes();
    /**
     * A source set's marker as the build plugins make it for a class path they do not list: it still
     * lists java.base, which takes a read of the JDK; each module's source set gets a copy of its own.
     */
    private static final Map<String, JavaSourceSet> EMPTY_SOURCE_SETS = new ConcurrentHashMap<>();

    private static JavaTypeCache libraryTypes() {
        JavaTypeCache types = new JavaTypeCache();
        JavaParser.fromJavaVersion().classpath(RecipeRunner.NAMED_LIBRARIES).typeCache(types).build()
                .parse(new InMemoryExecutionContext(), "package io.github.httpstatus.rewrite.seed;\n"
                        + "class Seed {\n    java.net.HttpURLConnection connection;\n"
                        + "    int ok = io.github.httpstatus.client.HttpStatusCodes.OK;\n}\n")
                .forEach(seed -> { });
        return types;
    }

    private final Path directory;
    private final Map<String, String> files = new LinkedHashMap<>();
    private final List<String> activeProfiles = new ArrayList<>();
    /** Whether a POM may fail to resolve, as a broken one of a test does. */
    private boolean tolerant;
    /** Whether the sources are left without the markers that name their project and source set. */
    private boolean unmarked;
    /** Whether module descriptors are among the sources, as plain text, as after a cycle that wrote them. */
    private boolean descriptorsAmongSources;

    private MavenProject(Path directory) {
        this.directory = directory;
    }

    /** A new project in a directory of its own under target/. */
    static MavenProject create() {
        try {
            Path tests = Files.createDirectories(Paths.get("target", "maven-projects"));
            return new MavenProject(Files.createTempDirectory(tests, "project").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a file, by its path from the project's root. */
    MavenProject file(String path, String content) {
        files.put(path, content);
        write(directory.resolve(path), content);
        return this;
    }

    /** Adds a file of bytes that the recipes do not parse. */
    MavenProject bytes(String path, byte[] content) {
        try {
            Files.createDirectories(directory.resolve(path).getParent());
            Files.write(directory.resolve(path), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Activates a profile by id, as {@code -P} does. */
    MavenProject activate(String profile) {
        activeProfiles.add(profile);
        return this;
    }

    Path directory() {
        return directory;
    }

    /** What a run left: the files, and the notes of the dependency recipe. */
    static final class Run {
        final Map<String, String> files;
        final List<String> notes;
        private final MavenProject project;
        private final Map<String, SourceFile> sources;
        private final List<Result> results;

        Run(MavenProject project, Map<String, SourceFile> sources, List<Result> results, List<String> notes) {
            this.project = project;
            this.results = results;
            this.sources = sources;
            this.files = new LinkedHashMap<>();
            sources.forEach((path, source) -> files.put(path, source.printAll()));
            this.notes = notes;
        }

        /** How many of the run's results are for a path: one a file. */
        long resultsFor(String path) {
            return results.stream().filter(result -> result.getAfter() != null && path(result.getAfter()).equals(path)).count();
        }

        /** Where the model the run left on a POM (as later recipes of the run see it) puts compat. */
        String compatInTheRunsModel(String pom) {
            return reach(sources.get(pom).getMarkers().findFirst(MavenResolutionResult.class).get(), BuildPlan.COMPAT);
        }

        String file(String path) {
            return files.get(path);
        }

        /** The files the run changed or wrote, with their text after it. */
        Map<String, String> changed() {
            Map<String, String> changed = new LinkedHashMap<>();
            files.forEach((path, text) -> {
                if (!text.equals(project.files.get(path))) {
                    changed.put(path, text);
                }
            });
            return changed;
        }

        /** The POMs after the run, resolved anew. */
        Map<String, MavenResolutionResult> resolved() {
            return project.resolve(files);
        }

        /** Where a module's POM, resolved after the run, puts an artifact of ours: its scope and version. */
        String compatIn(String pom) {
            return reach(resolved().get(pom), BuildPlan.COMPAT);
        }

        String coreIn(String pom) {
            return reach(resolved().get(pom), "http-status-core");
        }
    }

    /**
     * The scope and version at which a module resolves an artifact of ours, "none" without it, read
     * from OpenRewrite's class path lists as they are, independently of the recipe's own reading: in
     * the compile list it is compile; else in the run-time list, runtime; else in the list of what
     * compiles the main code, provided; else test.
     */
    static String reach(MavenResolutionResult module, String artifactId) {
        for (Scope scope : new Scope[] {Scope.Compile, Scope.Runtime, Scope.Provided, Scope.Test}) {
            for (ResolvedDependency dependency : module.getDependencies().getOrDefault(scope, Collections.emptyList())) {
                if (dependency.getGroupId().equals(BuildPlan.GROUP) && dependency.getArtifactId().equals(artifactId)) {
                    return scope.name().toLowerCase(java.util.Locale.ROOT) + " " + dependency.getVersion();
                }
            }
        }
        return "none";
    }

    /** Runs a recipe on the project, with Maven's project directory set as Maven sets it. */
    Run run(Recipe recipe) {
        String before = System.getProperty("maven.multiModuleProjectDirectory");
        System.setProperty("maven.multiModuleProjectDirectory", directory.toString());
        try {
            return runFromAnywhere(recipe);
        } finally {
            if (before == null) {
                System.clearProperty("maven.multiModuleProjectDirectory");
            } else {
                System.setProperty("maven.multiModuleProjectDirectory", before);
            }
        }
    }

    /** Leaves the sources without the markers of their project, as a runner other than the build plugins might. */
    MavenProject unmarked() {
        unmarked = true;
        return this;
    }

    /** Puts the module descriptors among the sources as plain text, as an earlier cycle that wrote them leaves them. */
    MavenProject descriptorsAmongSources() {
        descriptorsAmongSources = true;
        return this;
    }

    /** As {@link #run}, where POMs that do not resolve are part of the case. */
    Run runTolerating(Recipe recipe) {
        tolerant = true;
        return run(recipe);
    }

    /** Runs a recipe on the project without telling it where the project is on disk. */
    Run runFromAnywhere(Recipe recipe) {
        ExecutionContext ctx = context();
        List<SourceFile> before = parse(ctx);
        RecipeRun run = recipe.run(new InMemoryLargeSourceSet(before), ctx);
        Map<String, SourceFile> after = new LinkedHashMap<>();
        for (SourceFile source : before) {
            after.put(path(source), source);
        }
        for (Result result : run.getChangeset().getAllResults()) {
            if (result.getAfter() != null) {
                after.put(path(result.getAfter()), result.getAfter());
            }
        }
        List<String> notes = run.<BuildNotes.Row>getDataTableRows(BuildNotes.class.getName()).stream()
                .map(BuildNotes.Row::toString).collect(Collectors.toList());
        return new Run(this, after, run.getChangeset().getAllResults(), notes);
    }

    private static String path(SourceFile source) {
        return source.getSourcePath().toString().replace('\\', '/');
    }

    private ExecutionContext context() {
        ExecutionContext ctx = new InMemoryExecutionContext(error -> {
            if (!(tolerant && error instanceof org.openrewrite.maven.MavenDownloadingException)) {
                throw new AssertionError("the recipe or the parser failed", error);
            }
        });
        MavenRepository repository = MavenRepository.builder().id("fixtures").uri(REPOSITORY.toUri().toString())
                .releases(true).snapshots(true).knownToExist(true).build();
        // A scanner that returns anything but the source it was given fails the run, as in OpenRewrite's own tests.
        ctx.putMessage(ExecutionContext.SCANNING_MUTATION_VALIDATION, true);
        MavenExecutionContextView maven = MavenExecutionContextView.view(ctx);
        maven.setPomCache(new InMemoryMavenPomCache());
        maven.setAddCentralRepository(false);
        maven.setAddLocalRepository(false);
        maven.setLocalRepository(repository);
        maven.setRepositories(Collections.singletonList(repository));
        return ctx;
    }

    /** The project's files parsed as the plugin parses them, each marked with its module and source set. */
    private List<SourceFile> parse(ExecutionContext ctx) {
        List<SourceFile> sources = new ArrayList<>();
        Map<String, JavaProject> projects = new LinkedHashMap<>();
        List<String> modules = poms().stream().map(MavenProject::moduleOf).collect(Collectors.toList());
        if (modules.isEmpty()) {
            modules.add(""); // a build the run has no POM of, such as Gradle's
        }
        for (String module : modules) {
            projects.put(module, new JavaProject(org.openrewrite.Tree.randomId(), module.isEmpty() ? "root" : module,
                    new JavaProject.Publication("org.example", module, "1")));
        }
        MavenParser.Builder parser = MavenParser.builder();
        activeProfiles.forEach(parser::activeProfiles);
        parser.build().parseInputs(inputs(poms()), directory, ctx).forEach(pom -> sources.add(
                pom.withMarkers(pom.getMarkers().add(projects.get(moduleOf(path(pom)))))));
        List<String> java = files.keySet().stream().filter(path -> path.endsWith(".java") && !path.endsWith("module-info.java"))
                .collect(Collectors.toList());
        Map<String, JavaSourceSet> sourceSets = new HashMap<>();
        JavaParser.fromJavaVersion().classpath(RecipeRunner.NAMED_LIBRARIES).typeCache(JavaTypeCache.withBase(LIBRARY_TYPES)).build()
                .parseInputs(inputs(java), directory, ctx)
                .forEach(source -> {
                    String path = path(source);
                    String module = projects.keySet().stream().filter(m -> path.startsWith(m.isEmpty() ? "" : m + "/"))
                            .reduce((a, b) -> a.length() >= b.length() ? a : b).orElse("");
                    String sourceSet = path.startsWith((module.isEmpty() ? "" : module + "/") + "src/test/") ? "test" : "main";
                    Markers markers = source.getMarkers().add(projects.get(module))
                            .add(sourceSets.computeIfAbsent(module + "/" + sourceSet, key -> EMPTY_SOURCE_SETS
                                    .computeIfAbsent(sourceSet, name -> JavaSourceSet.build(name, Collections.emptyList()))
                                    .withId(org.openrewrite.Tree.randomId())));
                    sources.add(unmarked ? source : source.withMarkers(markers));
                });
        List<String> resources = files.keySet().stream().filter(path -> path.endsWith(".xml") && !poms().contains(path))
                .collect(Collectors.toList());
        new org.openrewrite.xml.XmlParser().parseInputs(inputs(resources), directory, ctx).forEach(sources::add);
        List<String> descriptors = files.keySet().stream().filter(path -> path.endsWith("module-info.java") && descriptorsAmongSources)
                .collect(Collectors.toList());
        org.openrewrite.text.PlainTextParser.builder().build().parseInputs(inputs(descriptors), directory, ctx).forEach(sources::add);
        assertEquals(poms().size() + java.size() + resources.size() + descriptors.size(), sources.size(), "every file parsed");
        return sources;
    }

    private List<String> poms() {
        return files.keySet().stream().filter(path -> path.equals("pom.xml") || path.endsWith("/pom.xml")).collect(Collectors.toList());
    }

    private static String moduleOf(String pom) {
        return pom.equals("pom.xml") ? "" : pom.substring(0, pom.length() - "/pom.xml".length());
    }

    private List<Parser.Input> inputs(List<String> paths) {
        return paths.stream().map(path -> Parser.Input.fromString(directory.resolve(path), files.get(path)))
                .collect(Collectors.toList());
    }

    /** The POMs of a set of files, resolved as the parser resolves them. */
    private Map<String, MavenResolutionResult> resolve(Map<String, String> after) {
        ExecutionContext ctx = context();
        MavenParser.Builder parser = MavenParser.builder();
        activeProfiles.forEach(parser::activeProfiles);
        Map<String, MavenResolutionResult> resolved = new LinkedHashMap<>();
        parser.build().parseInputs(poms().stream()
                        .map(path -> Parser.Input.fromString(directory.resolve(path), after.get(path)))
                        .collect(Collectors.toList()), directory, ctx)
                .forEach(pom -> {
                    MavenResolutionResult resolution = pom.getMarkers().findFirst(MavenResolutionResult.class).orElse(null);
                    if (resolution == null && !tolerant) {
                        throw new AssertionError("unresolved after the run: " + pom.printAll());
                    }
                    resolved.put(path(pom), resolution);
                });
        return resolved;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A POM of the test repository: coordinates, then dependency and management XML. */
    static String pom(String groupId, String artifactId, String version, String packaging, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project>\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>" + groupId + "</groupId>\n"
                + "  <artifactId>" + artifactId + "</artifactId>\n"
                + "  <version>" + version + "</version>\n"
                + "  <packaging>" + packaging + "</packaging>\n"
                + body
                + "</project>\n";
    }

    /** A module's POM with a parent, of group {@code org.example} and version {@code 1}. */
    static String child(String parentArtifactId, String parentVersion, String artifactId, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project>\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <parent>\n"
                + "    <groupId>org.example</groupId>\n"
                + "    <artifactId>" + parentArtifactId + "</artifactId>\n"
                + "    <version>" + parentVersion + "</version>\n"
                + "  </parent>\n"
                + "  <artifactId>" + artifactId + "</artifactId>\n"
                + body
                + "</project>\n";
    }

    /** A dependency, indented for {@code /project/dependencies}. */
    static String dependency(String groupId, String artifactId, String version, String scope) {
        return "    <dependency>\n"
                + "      <groupId>" + groupId + "</groupId>\n"
                + "      <artifactId>" + artifactId + "</artifactId>\n"
                + (version == null ? "" : "      <version>" + version + "</version>\n")
                + (scope == null ? "" : "      <scope>" + scope + "</scope>\n")
                + "    </dependency>\n";
    }

    /** A {@code <dependencies>} section of these dependencies. */
    static String dependencies(String... dependencies) {
        return "  <dependencies>\n" + String.join("", dependencies) + "  </dependencies>\n";
    }

    /** A {@code <dependencyManagement>} section of these dependencies. */
    static String management(String... dependencies) {
        return "  <dependencyManagement>\n" + dependencies(dependencies).replaceAll("(?m)^", "  ") + "  </dependencyManagement>\n";
    }

    /**
     * http-status as published, at 1.0.0 and this build's version (compat needs core; the BOM
     * manages both), and libraries that bring compat to their users: compile-scoped at 1.0.0 and
     * at this version, runtime-scoped; a company BOM and parent that manage compat from outside.
     */
    private static Path fixtureRepository() {
        try {
            Path repository = Files.createTempDirectory(Files.createDirectories(Paths.get("target")), "maven-fixtures").toAbsolutePath();
            for (String version : new String[] {"1.0.0", VERSION}) {
                publish(repository, pom("io.github.httpstatus", "http-status-core", version, "jar", ""));
                publish(repository, pom("io.github.httpstatus", "http-status-client-compat", version, "jar",
                        dependencies(dependency("io.github.httpstatus", "http-status-core", version, null))));
                publish(repository, pom("io.github.httpstatus", "http-status-bom", version, "pom", management(
                        dependency("io.github.httpstatus", "http-status-core", version, null),
                        dependency("io.github.httpstatus", "http-status-client-compat", version, null))));
            }
            publish(repository, pom("org.example", "old-compat-lib", "1", "jar",
                    dependencies(dependency("io.github.httpstatus", "http-status-client-compat", "1.0.0", null))));
            publish(repository, pom("org.example", "compat-lib", "1", "jar",
                    dependencies(dependency("io.github.httpstatus", "http-status-client-compat", VERSION, null))));
            publish(repository, pom("org.example", "runtime-compat-lib", "1", "jar",
                    dependencies(dependency("io.github.httpstatus", "http-status-client-compat", VERSION, "runtime"))));
            publish(repository, pom("org.example", "company-bom", "1", "pom", management(
                    dependency("io.github.httpstatus", "http-status-core", "1.0.0", null),
                    dependency("io.github.httpstatus", "http-status-client-compat", "1.0.0", null))));
            publish(repository, pom("org.example", "company-parent", "1", "pom", management(
                    dependency("io.github.httpstatus", "http-status-client-compat", "1.0.0", "test"))));
            publish(repository, pom("org.example", "company-deps-parent", "1", "pom",
                    dependencies(dependency("io.github.httpstatus", "http-status-client-compat", "1.0.0", "provided"))));
            return repository;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void publish(Path repository, String pom) {
        String groupId = between(pom, "<groupId>", "</groupId>");
        String artifactId = between(pom, "<artifactId>", "</artifactId>");
        String version = between(pom, "<version>", "</version>");
        Path directory = repository.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
        write(directory.resolve(artifactId + "-" + version + ".pom"), pom);
        if (pom.contains("<packaging>jar</packaging>")) {
            // OpenRewrite takes a jar's POM without the jar beside it for one never downloaded.
            write(directory.resolve(artifactId + "-" + version + ".jar"), "not read");
        }
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open) + open.length();
        return text.substring(start, text.indexOf(close, start));
    }
}
