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
 * sources are read once however many recipes a run has; it also keeps what {@link KnownTypes} reads
 * of the class paths and the JDK, once a run.
 */
final class DeclaredTypes {

    private static final String CONTEXT_KEY = DeclaredTypes.class.getName();

    /** Simple names of member types, by the fully qualified name of the class that declares them. */
    private final Map<String, Set<String>> memberTypes = new ConcurrentHashMap<>();
    /** Simple names of top-level types, by package name. */
    private final Map<String, Set<String>> packageTypes = new ConcurrentHashMap<>();
    private final Set<UUID> read = ConcurrentHashMap.newKeySet();
    /** The class path of each source set the run's files are in, indexed once: its files share one marker. */
    final Map<UUID, KnownTypes.ClassPathIndex> classPaths = new ConcurrentHashMap<>();
    /** The JDK's packages, as the run's files look into them. */
    final KnownTypes.Jdk jdk = new KnownTypes.Jdk();

    private DeclaredTypes() {
    }

    /** The run's instance. */
    static DeclaredTypes of(ExecutionContext ctx) {
        return ctx.computeMessageIfAbsent(CONTEXT_KEY, key -> new DeclaredTypes());
    }

    /** The scanner of a recipe of this module: it reads every Java, Kotlin or Groovy source. */
    static TreeVisitor<?, ExecutionContext> scanner(DeclaredTypes declared) {
        return new Scanner(declared);
    }

    /**
     * Reads each source into the run's instance. OpenRewrite discards what a scanner returns, so
     * mutation testing leaves this class out: a mutant of its return value could not be told apart.
     */
    static final class Scanner extends TreeVisitor<Tree, ExecutionContext> {
        private final DeclaredTypes declared;

        Scanner(DeclaredTypes declared) {
            this.declared = declared;
        }

        @Override
        public Tree visit(Tree tree, ExecutionContext ctx) {
            if (tree instanceof JavaSourceFile) {
                declared.read((JavaSourceFile) tree);
            }
            return tree;
        }
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
