package io.github.httpstatus.rewrite;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openrewrite.maven.tree.MavenResolutionResult;
import org.openrewrite.maven.tree.ResolvedDependency;
import org.openrewrite.maven.tree.ResolvedPom;
import org.openrewrite.maven.tree.Scope;

/**
 * The class paths a Maven scope puts a dependency on. Scopes are not ordered (neither {@code
 * provided} nor {@code runtime} includes the other), so the dependency recipe reasons about the
 * class paths a module needs and has, and turns them into the narrowest scope that gives them.
 */
enum ClassPath {
    /** Compiling the main code (the tests see everything it sees). */
    COMPILE,
    /** Running the main code. */
    RUNTIME,
    /** Compiling and running the tests. */
    TEST;

    /** From the narrowest to the broadest, so that the first that covers a need is the answer. */
    private static final List<Scope> NARROWEST_FIRST = Arrays.asList(Scope.Test, Scope.Provided, Scope.Runtime, Scope.Compile);

    /** The class paths of each scope Maven puts dependencies on class paths with. */
    private static final Map<Scope, Set<ClassPath>> OF = new EnumMap<>(Scope.class);

    static {
        OF.put(Scope.Compile, EnumSet.allOf(ClassPath.class));
        OF.put(Scope.Provided, EnumSet.of(COMPILE, TEST));
        OF.put(Scope.System, EnumSet.of(COMPILE, TEST));
        OF.put(Scope.Runtime, EnumSet.of(RUNTIME, TEST));
        OF.put(Scope.Test, EnumSet.of(TEST));
    }

    /** The class paths of a scope, a set of its own; none for {@code import} and scopes Maven does not know. */
    static Set<ClassPath> of(Scope scope) {
        Set<ClassPath> classPaths = EnumSet.noneOf(ClassPath.class);
        classPaths.addAll(OF.getOrDefault(scope, classPaths));
        return classPaths;
    }

    /** The narrowest scope whose class paths include all of these. */
    static Scope narrowestScopeFor(Set<ClassPath> needed) {
        for (Scope scope : NARROWEST_FIRST) {
            if (of(scope).containsAll(needed)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("ClassPath: no scope gives " + needed);
    }

    /** How a module's resolution brings a dependency: in which scope, and through which other. */
    static final class Found {
        /** The scope Maven gives it in the module. */
        final Scope scope;
        /** The dependency as resolved. */
        final ResolvedDependency dependency;
        /** The dependency whose POM declares it; {@code null} for one the module declares. */
        final ResolvedDependency through;

        private Found(Scope scope, ResolvedDependency dependency, ResolvedDependency through) {
            this.scope = scope;
            this.dependency = dependency;
            this.through = through;
        }
    }

    /**
     * Finds a dependency the way Maven mediates it: nearest first, then in the order declared; its
     * scope follows Maven's table from the module's own entry down the path, unless the module's
     * dependency management gives a transitive one another. OpenRewrite's lists by scope are not
     * used as they stand: its compile class path also holds {@code runtime} entries.
     *
     * @return how the module has it, or {@code null} where it does not
     */
    static Found find(MavenResolutionResult module, String groupId, String artifactId) {
        ResolvedPom pom = module.getPom();
        Scope managed = pom.getManagedScope(groupId, artifactId, null, null);
        Map<String, Boolean> seen = new HashMap<>();
        Deque<Object[]> level = new ArrayDeque<>();
        for (Scope list : Arrays.asList(Scope.Provided, Scope.Test)) {
            for (ResolvedDependency root : module.getDependencies().getOrDefault(list, Collections.emptyList())) {
                if (root.isDirect() && seen.put(key(root), true) == null) {
                    level.add(new Object[] {root, declaredScope(pom, root), null});
                }
            }
        }
        while (!level.isEmpty()) {
            Object[] step = level.removeFirst();
            ResolvedDependency dependency = (ResolvedDependency) step[0];
            Scope scope = (Scope) step[1];
            ResolvedDependency through = (ResolvedDependency) step[2];
            if (dependency.getGroupId().equals(groupId) && dependency.getArtifactId().equals(artifactId)) {
                return new Found(through != null && managed != null ? managed : scope, dependency, through);
            }
            for (ResolvedDependency next : dependency.getDependencies()) {
                Scope nextScope = Scope.fromName(next.getRequested().getScope()).transitiveOf(scope);
                if (nextScope != null && seen.put(key(next), true) == null) {
                    level.addLast(new Object[] {next, nextScope, dependency});
                }
            }
        }
        return null;
    }

    /** Every class path a module's resolution puts a dependency on. */
    static Set<ClassPath> reached(MavenResolutionResult module, String groupId, String artifactId) {
        Found found = find(module, groupId, artifactId);
        return found == null ? EnumSet.noneOf(ClassPath.class) : of(found.scope);
    }

    /** The scope of an entry of the module's own: its own, the managed one, or Maven's default. */
    private static Scope declaredScope(ResolvedPom pom, ResolvedDependency direct) {
        String declared = pom.getValue(direct.getRequested().getScope());
        Scope managed = pom.getManagedScope(direct.getGroupId(), direct.getArtifactId(), direct.getType(), direct.getClassifier());
        return declared != null ? Scope.fromName(declared) : managed != null ? managed : Scope.Compile;
    }

    private static String key(ResolvedDependency dependency) {
        return dependency.getGroupId() + ":" + dependency.getArtifactId();
    }
}
