package io.github.httpstatus.rewrite;

import java.util.HashMap;
import java.util.Map;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;

/**
 * The visitor of a recipe of this module: it migrates Java compilation units, and reports every
 * other source that its precondition let through, a Kotlin or Groovy file, which it leaves as it is.
 * A Java visitor would walk such a file's tree too, and fail on what is not Java.
 */
abstract class JavaSourcesOnly extends TreeVisitor<Tree, ExecutionContext> {

    private final LeftAloneReport report;
    private final String whatItMigrates;

    /**
     * @param report where to report the files it leaves
     * @param whatItMigrates what the recipe would have migrated in such a file, for the report
     */
    JavaSourcesOnly(LeftAloneReport report, String whatItMigrates) {
        this.report = report;
        this.whatItMigrates = whatItMigrates;
    }

    /** The unit with what the recipe migrates in it migrated. */
    abstract J.CompilationUnit migrate(J.CompilationUnit unit, ExecutionContext ctx);

    @Override
    public Tree visit(Tree tree, ExecutionContext ctx) {
        if (tree instanceof J.CompilationUnit) {
            return migrate((J.CompilationUnit) tree, ctx);
        }
        if (tree instanceof JavaSourceFile) {
            JavaSourceFile source = (JavaSourceFile) tree;
            report.leftAlone(source, "its " + whatItMigrates, "the migration changes Java sources only, and this is "
                    + language(source), ctx);
        }
        return tree;
    }

    /** The languages OpenRewrite parses into trees a Java visitor could walk, by their files' extensions. */
    private static final Map<String, String> LANGUAGES = languages();

    private static Map<String, String> languages() {
        Map<String, String> languages = new HashMap<>();
        languages.put("kt", "Kotlin");
        languages.put("kts", "Kotlin");
        languages.put("groovy", "Groovy");
        languages.put("gradle", "Groovy");
        return languages;
    }

    /** The language of a source that is not Java, by its file's extension. */
    private static String language(JavaSourceFile source) {
        String file = source.getSourcePath().getFileName().toString();
        String extension = file.substring(file.lastIndexOf('.') + 1);
        return LANGUAGES.getOrDefault(extension, "a ." + extension + " file");
    }
}
