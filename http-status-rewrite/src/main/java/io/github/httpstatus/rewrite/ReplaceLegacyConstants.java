package io.github.httpstatus.rewrite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Replaces the status constants of one legacy class with those of {@code HttpStatusCodes}, by a
 * table from the legacy constant's name to ours, without changing what any name means, and then
 * asks for another cycle of the run. One pass over a file does the whole table: a recipe a constant
 * made the migration walk each file once for every constant of a class it used.
 *
 * <p>A static import is replaced by a static import of ours only where our constant's name is free
 * in the file; elsewhere the constant is written {@code HttpStatusCodes.OK}, or fully qualified
 * where the file gives {@code HttpStatusCodes} another meaning (MIGRATING.md lists the cases). A constant
 * reached through an instance ({@code connection.HTTP_OK}) is left alone, since dropping the
 * instance could drop a side effect. Constants the table does not name are left alone.
 *
 * <p>The other cycle is why {@code AddDependency} works: it decides whether a project uses {@code
 * HttpStatusCodes} by looking at the code as a cycle starts, so it sees the replaced constants,
 * and adds {@code http-status-client-compat}, only in a cycle after the replacement.
 */
public final class ReplaceLegacyConstants extends Recipe {

    @Option(displayName = "Legacy class", description = "The fully qualified name of the class that declares the constants.",
            example = "java.net.HttpURLConnection")
    private final String legacyClass;

    @Option(displayName = "Constants", description = "Each legacy constant's simple name, and the name of the "
            + "`HttpStatusCodes` constant of the same value to put in its place.",
            example = "HTTP_OK: OK")
    private final Map<String, String> constants;

    /**
     * Creates the recipe for one legacy class. OpenRewrite passes the options by the parameters'
     * names, which this module compiles into the class.
     *
     * @param legacyClass the class that declares the constants, such as {@code java.net.HttpURLConnection}
     * @param constants each legacy constant's simple name, such as {@code HTTP_OK}, and the name of
     *     ours to put in its place, such as {@code OK}; copied
     */
    public ReplaceLegacyConstants(String legacyClass, Map<String, String> constants) {
        this.legacyClass = legacyClass;
        this.constants = constants == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    }

    /**
     * Returns the class whose constants this recipe replaces.
     *
     * @return its fully qualified name
     */
    public String getLegacyClass() {
        return legacyClass;
    }

    /**
     * Returns the table this recipe replaces by.
     *
     * @return each legacy constant's simple name and the name of ours, in the order given; unmodifiable
     */
    public Map<String, String> getConstants() {
        return constants;
    }

    @Override
    public String getDisplayName() {
        return "Replace a legacy class's status constants with `HttpStatusCodes` constants";
    }

    @Override
    public String getDescription() {
        return "Replaces the status constants of a legacy class with the `HttpStatusCodes` constants of the same value.";
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getVisitor() {
        return Preconditions.check(new UsesType<>(legacyClass, false), new Replacer(legacyClass, constants));
    }

    private static final class Replacer extends StatusConstantWriter {
        private final String legacyClass;
        private final Map<String, String> constants;
        private final ReplacedConstants replaced;

        Replacer(String legacyClass, Map<String, String> constants) {
            this.legacyClass = legacyClass;
            this.constants = constants;
            this.replaced = new ReplacedConstants(legacyClass, constants.keySet());
        }

        @Override
        ReplacedConstants replacedConstants() {
            return replaced;
        }

        @Override
        public J visitImport(J.Import anImport, ExecutionContext ctx) {
            return anImport;
        }

        @Override
        public J visitFieldAccess(J.FieldAccess fieldAccess, ExecutionContext ctx) {
            JavaType.Variable field = fieldAccess.getName().getFieldType();
            if (replaced.matches(field)) {
                return NamesInUse.namesAType(fieldAccess.getTarget()) ? replace(fieldAccess, field, false) : fieldAccess;
            }
            return super.visitFieldAccess(fieldAccess, ctx);
        }

        @Override
        public J visitIdentifier(J.Identifier identifier, ExecutionContext ctx) {
            JavaType.Variable field = identifier.getFieldType();
            if (replaced.matches(field)
                    && !(getCursor().getParentTreeCursor().getValue() instanceof J.VariableDeclarations.NamedVariable)) {
                return replace(identifier, field, true);
            }
            return super.visitIdentifier(identifier, ctx);
        }

        private J replace(Expression legacy, JavaType.Variable field, boolean staticImport) {
            // First, so that the legacy import is gone before ours is added: AddImport would
            // otherwise see a static import of the same name and write ours fully qualified. It
            // removes only an import nothing uses any more.
            maybeRemoveImport(legacyClass);
            return writeConstant(legacy, OurConstants.INTS, constants.get(field.getName()), staticImport);
        }
    }

    @Override
    public boolean causesAnotherCycle() {
        return true;
    }
}
