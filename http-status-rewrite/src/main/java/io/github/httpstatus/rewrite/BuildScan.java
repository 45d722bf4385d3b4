package io.github.httpstatus.rewrite;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openrewrite.ExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.marker.JavaProject;
import org.openrewrite.java.marker.JavaSourceSet;
import org.openrewrite.java.search.UsesType;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.maven.tree.MavenResolutionResult;
import org.openrewrite.text.PlainText;
import org.openrewrite.xml.tree.Xml;

/**
 * What {@link AddClientCompatDependency} learns from one pass over the sources: the Maven projects
 * with their resolution, and which source sets of each use our constants.
 */
final class BuildScan {

    /** What one project's sources use of {@code io.github.httpstatus.client}. */
    static final class Use {
        boolean main;
        boolean test;
        /** The first source that uses ours. */
        Path firstSource;
        /** A main source that uses ours, to find the project on disk. */
        Path mainSource;
    }

    private static final String OUR_TYPES = "io.github.httpstatus.client.*";

    /** The POMs that were resolved, in the order of the run. */
    final List<Xml.Document> poms = new ArrayList<>();
    /** The POMs that could not be resolved. */
    final Set<Path> unresolvedPoms = new TreeSet<>();
    /** Sources that use ours but belong to no project of the build. */
    final Set<Path> unattributedSources = new TreeSet<>();
    /** Each project whose sources use ours. */
    final Map<JavaProject, Use> uses = new LinkedHashMap<>();
    /** The sources of plain text, among them the module descriptors an earlier cycle of the run wrote. */
    final Map<Path, PlainText> plainTexts = new HashMap<>();
    /**
     * The roots of each project's main Java sources, whether or not they use ours: a module has one
     * descriptor, in any of them (a second root is one that a plugin such as build-helper adds).
     */
    final Map<JavaProject, Set<Path>> mainSourceRoots = new HashMap<>();

    private BuildPlan plan;

    /** The scanner that fills this. */
    TreeVisitor<?, ExecutionContext> scanner() {
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public Tree visit(Tree tree, ExecutionContext ctx) {
                if (tree instanceof PlainText) {
                    plainTexts.put(((PlainText) tree).getSourcePath(), (PlainText) tree);
                } else if (tree instanceof JavaSourceFile) {
                    SourceFile source = (SourceFile) tree;
                    recordMainSourceRoot((JavaSourceFile) tree);
                    if (new UsesType<>(OUR_TYPES, true).visit(source, ctx) != source) {
                        recordUse((JavaSourceFile) tree);
                    }
                } else if (tree instanceof Xml.Document) {
                    Xml.Document document = (Xml.Document) tree;
                    if (document.getMarkers().findFirst(MavenResolutionResult.class).isPresent()) {
                        poms.add(document);
                    } else if (document.getSourcePath().endsWith("pom.xml")) {
                        unresolvedPoms.add(document.getSourcePath());
                    }
                }
                return tree;
            }
        };
    }

    private void recordUse(JavaSourceFile source) {
        JavaProject project = source.getMarkers().findFirst(JavaProject.class).orElse(null);
        JavaSourceSet sourceSet = source.getMarkers().findFirst(JavaSourceSet.class).orElse(null);
        if (project == null || sourceSet == null) {
            unattributedSources.add(source.getSourcePath());
            return;
        }
        Use use = uses.computeIfAbsent(project, p -> new Use());
        if (use.firstSource == null) {
            use.firstSource = source.getSourcePath();
        }
        if ("test".equals(sourceSet.getName())) {
            use.test = true;
        } else {
            use.main = true;
            if (use.mainSource == null && source.getSourcePath().toString().endsWith(".java")) {
                use.mainSource = source.getSourcePath();
            }
        }
    }

    private void recordMainSourceRoot(JavaSourceFile source) {
        JavaProject project = source.getMarkers().findFirst(JavaProject.class).orElse(null);
        boolean main = source.getMarkers().findFirst(JavaSourceSet.class).map(set -> !"test".equals(set.getName())).orElse(false);
        if (project != null && main && source.getSourcePath().toString().endsWith(".java")) {
            mainSourceRoots.computeIfAbsent(project, p -> new LinkedHashSet<>()).add(sourceRoot(source));
        }
    }

    /** The directory a source's package tree starts in, relative as source paths are. */
    private static Path sourceRoot(JavaSourceFile source) {
        Path path = source.getSourcePath();
        int levels = 1 + (source.getPackageDeclaration() == null
                ? 0 : source.getPackageDeclaration().getPackageName().split("\\.").length);
        return path.getNameCount() > levels ? path.subpath(0, path.getNameCount() - levels) : Paths.get("");
    }

    /** Whether any source uses ours. */
    boolean anyUse() {
        return !uses.isEmpty() || !unattributedSources.isEmpty();
    }

    /** What to change, decided once a cycle from everything scanned. */
    BuildPlan plan(String version, boolean mainAtRunTime) {
        if (plan == null) {
            plan = BuildPlan.of(this, version, mainAtRunTime);
        }
        return plan;
    }
}
