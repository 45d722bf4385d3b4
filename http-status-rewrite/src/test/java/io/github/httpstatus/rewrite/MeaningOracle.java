package io.github.httpstatus.rewrite;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;

/**
 * Whether a recipe kept what code means, asked of javac rather than of OpenRewrite: both versions
 * of the sources are compiled with the class path the recipe's parser had (legacy classes and
 * {@code HttpStatusCodes} on it), and every name and {@code int} or {@code String} literal outside the imports is resolved to
 * what it denotes. Taken in source order, each reference after the recipe must denote what it
 * denoted before, or, where the recipe wrote something else, the {@code HttpStatusCodes} or {@code
 * HttpStatusCodeStrings} field of the same value as the literal or constant it replaced.
 */
final class MeaningOracle {

    /** A field of {@code HttpStatusCodes} or of {@code HttpStatusCodeStrings}. */
    private static final Pattern OUR_FIELD =
            Pattern.compile("field io\\.github\\.httpstatus\\.client\\.(HttpStatusCodes|HttpStatusCodeStrings)\\.");

    private MeaningOracle() {
    }

    /**
     * Mutation testing sets this: it judges the tests' own assertions, and compiling every source
     * twice for each mutant would make it several times slower.
     */
    private static final boolean SKIPPED = Boolean.getBoolean("httpstatus.meaning.oracle.skip");

    /**
     * Throws an {@link AssertionError} unless {@code after} compiles and means what {@code before}
     * means, both compiled with the class path given.
     */
    static void assertSameMeaning(List<Path> classpathEntries, List<String> before, List<String> after) {
        if (SKIPPED) {
            return;
        }
        String classpath = classpathEntries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        List<List<Reference>> was = resolve("before the recipe", classpath, before);
        List<List<Reference>> is = resolve("after the recipe", classpath, after);
        for (int file = 0; file < before.size(); file++) {
            List<Reference> old = was.get(file);
            List<Reference> now = is.get(file);
            String context = "\n--- before:\n" + before.get(file) + "--- after:\n" + after.get(file);
            if (old.size() != now.size()) {
                throw new AssertionError("the recipe changed the number of references from " + old.size() + " to "
                        + now.size() + ":\nbefore " + old + "\nafter  " + now + context);
            }
            for (int i = 0; i < old.size(); i++) {
                Reference from = old.get(i);
                Reference to = now.get(i);
                boolean same = from.meaning.equals(to.meaning);
                boolean replacedByOurs = OUR_FIELD.matcher(to.meaning).lookingAt() && from.constant != null
                        && from.constant.equals(to.constant);
                if (!same && !replacedByOurs) {
                    throw new AssertionError("`" + from.text + "` (" + from.meaning + " = " + from.constant
                            + ") became `" + to.text + "` (" + to.meaning + " = " + to.constant + ")" + context);
                }
            }
        }
    }

    /** What each name and literal of each source denotes, in source order; fails if any source does not compile. */
    private static List<List<Reference>> resolve(String when, String classpath, List<String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<JavaFileObject> files = sources.stream().map(InMemorySource::of).collect(Collectors.toList());
        JavacTask task = (JavacTask) compiler.getTask(null, null, diagnostics,
                List.of("-proc:none", "--release", "17", "-classpath", classpath),
                null, files);
        List<CompilationUnitTree> units = new ArrayList<>();
        try {
            task.parse().forEach(units::add);
            task.analyze();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                .collect(Collectors.toList());
        if (!errors.isEmpty()) {
            throw new AssertionError("the sources do not compile " + when + ": " + errors + "\n"
                    + String.join("\n---\n", sources));
        }
        Trees trees = Trees.instance(task);
        List<List<Reference>> references = new ArrayList<>();
        for (CompilationUnitTree unit : units) {
            references.add(new Resolver(trees).scanUnit(unit));
        }
        return references;
    }

    /** A name or literal, what it denotes, and its constant value if it has one. */
    private static final class Reference {
        final String text;
        final String meaning;
        final Object constant;

        Reference(String text, String meaning, Object constant) {
            this.text = text;
            this.meaning = meaning;
            this.constant = constant;
        }

        @Override
        public String toString() {
            return text + "=" + meaning;
        }
    }

    private static final class Resolver extends TreePathScanner<Void, Void> {
        private final Trees trees;
        private final List<Reference> references = new ArrayList<>();
        /** Local variables by the order of their declarations, which a recipe leaves in place. */
        private final Map<Element, Integer> locals = new HashMap<>();

        Resolver(Trees trees) {
            this.trees = trees;
        }

        List<Reference> scanUnit(CompilationUnitTree unit) {
            scan(unit, null);
            return references;
        }

        @Override
        public Void visitPackage(PackageTree tree, Void unused) {
            return null;
        }

        @Override
        public Void visitImport(ImportTree tree, Void unused) {
            // What an import brings in shows where the names are used.
            return null;
        }

        @Override
        public Void visitVariable(VariableTree tree, Void unused) {
            Element variable = trees.getElement(getCurrentPath());
            if (variable != null && !(variable.getEnclosingElement() instanceof TypeElement)) {
                locals.put(variable, locals.size());
            }
            return super.visitVariable(tree, unused);
        }

        @Override
        public Void visitIdentifier(IdentifierTree tree, Void unused) {
            record(tree, trees.getElement(getCurrentPath()));
            return null;
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree tree, Void unused) {
            record(tree, trees.getElement(getCurrentPath()));
            // A qualifier that names a type or package is implied by what the whole name denotes.
            Element qualifier = trees.getElement(new TreePath(getCurrentPath(), tree.getExpression()));
            if (!(qualifier instanceof TypeElement || qualifier instanceof PackageElement)) {
                scan(tree.getExpression(), unused);
            }
            return null;
        }

        @Override
        public Void visitLiteral(LiteralTree tree, Void unused) {
            if (tree.getKind() == Tree.Kind.INT_LITERAL || tree.getKind() == Tree.Kind.STRING_LITERAL) {
                references.add(new Reference(tree.toString(), "literal", tree.getValue()));
            }
            return null;
        }

        private void record(Tree tree, Element element) {
            Object constant = element instanceof VariableElement ? ((VariableElement) element).getConstantValue() : null;
            references.add(new Reference(tree.toString(), meaning(tree, element), constant));
        }

        private String meaning(Tree tree, Element element) {
            if (element == null) {
                return "nothing named " + tree;
            }
            if (element.getKind() == ElementKind.FIELD || element.getKind() == ElementKind.ENUM_CONSTANT) {
                return "field " + qualifiedName(element.getEnclosingElement()) + "." + element.getSimpleName();
            }
            if (element instanceof VariableElement) {
                return "local #" + Objects.requireNonNull(locals.get(element), "declared before use") + " "
                        + element.getSimpleName();
            }
            if (element instanceof QualifiedNameable) {
                return element.getKind() + " " + ((QualifiedNameable) element).getQualifiedName();
            }
            return element.getKind() + " " + qualifiedName(element.getEnclosingElement()) + "." + element;
        }

        private static String qualifiedName(Element element) {
            return element instanceof QualifiedNameable ? ((QualifiedNameable) element).getQualifiedName().toString()
                    : String.valueOf(element);
        }
    }
}
