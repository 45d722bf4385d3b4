package io.github.httpstatus.rewrite;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Statement;

/**
 * The types the sources of a run declare, gathered before any recipe edits a file: the member types
 * of each class and the top-level types of each package. A file's own tree shows what it declares;
 * these are what it cannot show, such as the member types a class inherits from a class in another
 * file. Every recipe of this module reads the same instance, held by the run's context, so that the
 * sources are read once however many recipes a run has.
 */
final class DeclaredTypes {

    private static final String CONTEXT_KEY = DeclaredTypes.class.getName();

    /** Simple names of member types, by the fully qualified name of the class that declares them. */
    private final Map<String, Set<String>> memberTypes = new ConcurrentHashMap<>();
    /** Simple names of top-level types, by package name. */
    private final Map<String, Set<String>> packageTypes = new ConcurrentHashMap<>();
    private final Set<UUID> read = ConcurrentHashMap.newKeySet();

    private DeclaredTypes() {
    }

    /** The run's instance. */
    static DeclaredTypes of(ExecutionContext ctx) {
        return ctx.computeMessageIfAbsent(CONTEXT_KEY, key -> new DeclaredTypes());
    }

    /** The scanner of a recipe of this module: it reads every Java, Kotlin or Groovy source. */
    static TreeVisitor<?, ExecutionContext> scanner(DeclaredTypes declared) {
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public Tree visit(Tree tree, ExecutionContext ctx) {
                if (tree instanceof JavaSourceFile) {
                    declared.read((JavaSourceFile) tree);
                }
                return tree;
            }
        };
    }

    /** Reads what a source declares, once, however many recipes and cycles pass it on. */
    void read(JavaSourceFile source) {
        if (!read.add(source.getId())) {
            return;
        }
        Set<String> topLevel = packageTypes.computeIfAbsent(packageOf(source), name -> ConcurrentHashMap.newKeySet());
        for (J.ClassDeclaration type : source.getClasses()) {
            topLevel.add(type.getSimpleName());
            readMembers(type);
        }
    }

    /** The package a source declares its types in; empty for the unnamed package. */
    static String packageOf(JavaSourceFile source) {
        return source.getPackageDeclaration() == null ? "" : source.getPackageDeclaration().getPackageName();
    }

    private void readMembers(J.ClassDeclaration type) {
        Set<String> members = ConcurrentHashMap.newKeySet();
        for (Statement statement : type.getBody().getStatements()) {
            if (statement instanceof J.ClassDeclaration) {
                members.add(((J.ClassDeclaration) statement).getSimpleName());
                readMembers((J.ClassDeclaration) statement);
            }
        }
        JavaType.FullyQualified declared = type.getType();
        if (declared != null) {
            memberTypes.computeIfAbsent(declared.getFullyQualifiedName(), name -> ConcurrentHashMap.newKeySet())
                    .addAll(members);
        }
    }

    /**
     * The member types a class declares, if a source of the run declares the class.
     *
     * @param className the class's fully qualified name, with {@code $} before a member type's name
     * @return their simple names, or {@code null} if no source declares the class
     */
    Set<String> memberTypesOf(String className) {
        Set<String> members = memberTypes.get(className);
        return members == null ? null : Collections.unmodifiableSet(members);
    }

    /** The top-level types the run's sources declare in a package; empty if none. */
    Set<String> typesOfPackage(String packageName) {
        return packageTypes.getOrDefault(packageName, Collections.emptySet());
    }
}
