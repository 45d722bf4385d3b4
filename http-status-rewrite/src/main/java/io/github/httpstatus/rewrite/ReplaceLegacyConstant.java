package io.github.httpstatus.rewrite;

import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.Preconditions;
import org.openrewrite.Recipe;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.search.UsesType;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

/**
 * Replaces one legacy status constant with one of {@code HttpStatusCodes}, like OpenRewrite's
 * {@code ReplaceConstantWithAnotherConstant} but without changing what any name means, and then
 * asks for another cycle of the run.
 *
 * <p>A static import is replaced by a static import of ours only where our constant's name is free
 * in the file; elsewhere the constant is written {@code HttpStatusCodes.OK}, or fully qualified
 * where the file gives {@code HttpStatusCodes} another meaning (MIGRATING.md lists the cases). A constant
 * reached through an instance ({@code connection.HTTP_OK}) is left alone, since dropping the
 * instance could drop a side effect.
 *
 * <p>The other cycle is why {@code AddDependency} works: it decides whether a project uses {@code
 * HttpStatusCodes} by looking at the code as a cycle starts, so it sees the replaced constants,
 * and adds {@code http-status-client-compat}, only in a cycle after the replacement.
 */
public final class ReplaceLegacyConstant extends Recipe {

    @Option(displayName = "Legacy constant", description = "The fully qualified name of the constant to replace.",
            example = "java.net.HttpURLConnection.HTTP_OK")
    private final String existingFullyQualifiedConstantName;

    @Option(displayName = "Our constant", description = "The fully qualified name of the constant to put in its place.",
            example = "io.github.httpstatus.client.HttpStatusCodes.OK")
    private final String fullyQualifiedConstantName;

    /**
     * Creates the recipe for one constant. OpenRewrite passes the options by the parameters' names,
     * which this module compiles into the class.
     *
     * @param existingFullyQualifiedConstantName the constant to replace, such as {@code
     *     java.net.HttpURLConnection.HTTP_OK}
     * @param fullyQualifiedConstantName the constant to put in its place, such as {@code
     *     io.github.httpstatus.client.HttpStatusCodes.OK}
     */
    public ReplaceLegacyConstant(String existingFullyQualifiedConstantName, String fullyQualifiedConstantName) {
        this.existingFullyQualifiedConstantName = existingFullyQualifiedConstantName;
        this.fullyQualifiedConstantName = fullyQualifiedConstantName;
    }

    /**
     * Returns the constant this recipe replaces.
     *
     * @return its fully qualified name
     */
    public String getExistingFullyQualifiedConstantName() {
        return existingFullyQualifiedConstantName;
    }

    /**
     * Returns the constant this recipe puts in its place.
     *
     * @return its fully qualified name
     */
    public String getFullyQualifiedConstantName() {
        return fullyQualifiedConstantName;
    }

    @Override
    public String getDisplayName() {
        return "Replace a legacy status constant with its `HttpStatusCodes` constant";
    }

    @Override
    public String getDescription() {
        return "Replaces a status constant of a legacy class with the `HttpStatusCodes` constant of the same value.";
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getVisitor() {
        int ownerEnd = existingFullyQualifiedConstantName.lastIndexOf('.');
        String legacyOwner = existingFullyQualifiedConstantName.substring(0, ownerEnd);
        String legacyName = existingFullyQualifiedConstantName.substring(ownerEnd + 1);
        String ours = fullyQualifiedConstantName.substring(fullyQualifiedConstantName.lastIndexOf('.') + 1);
        return Preconditions.check(new UsesType<>(legacyOwner, false), new Replacer(legacyOwner, legacyName, ours));
    }

    private static final class Replacer extends StatusConstantWriter {
        private final String legacyOwner;
        private final ReplacedConstant legacyConstant;
        private final String ours;

        Replacer(String legacyOwner, String legacyName, String ours) {
            this.legacyOwner = legacyOwner;
            this.legacyConstant = new ReplacedConstant(legacyOwner, legacyName);
            this.ours = ours;
        }

        @Override
        ReplacedConstant replacedConstant() {
            return legacyConstant;
        }

        @Override
        public J visitImport(J.Import anImport, ExecutionContext ctx) {
            return anImport;
        }

        @Override
        public J visitFieldAccess(J.FieldAccess fieldAccess, ExecutionContext ctx) {
            if (legacyConstant.matches(fieldAccess.getName().getFieldType())) {
                return namesAType(fieldAccess.getTarget()) ? replace(fieldAccess, false) : fieldAccess;
            }
            return super.visitFieldAccess(fieldAccess, ctx);
        }

        @Override
        public J visitIdentifier(J.Identifier identifier, ExecutionContext ctx) {
            if (legacyConstant.matches(identifier.getFieldType())
                    && !(getCursor().getParentTreeCursor().getValue() instanceof J.VariableDeclarations.NamedVariable)) {
                return replace(identifier, true);
            }
            return super.visitIdentifier(identifier, ctx);
        }

        private J replace(Expression legacy, boolean staticImport) {
            // First, so that the legacy import is gone before ours is added: AddImport would
            // otherwise see a static import of the same name and write ours fully qualified. It
            // removes only an import nothing uses any more.
            maybeRemoveImport(legacyOwner);
            return writeConstant(legacy, ours, staticImport);
        }

        /** Whether a qualifier names a class, rather than a variable or a call whose evaluation counts. */
        private static boolean namesAType(Expression qualifier) {
            JavaType.Variable variable = qualifier instanceof J.Identifier ? ((J.Identifier) qualifier).getFieldType()
                    : qualifier instanceof J.FieldAccess ? ((J.FieldAccess) qualifier).getName().getFieldType() : null;
            boolean nameOfSomething = qualifier instanceof J.Identifier || qualifier instanceof J.FieldAccess;
            return nameOfSomething && variable == null && TypeUtils.asFullyQualified(qualifier.getType()) != null;
        }
    }

    @Override
    public boolean causesAnotherCycle() {
        return true;
    }
}
