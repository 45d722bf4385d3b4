package io.github.httpstatus.rewrite;

import java.util.Collections;
import java.util.EnumSet;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Tree;
import org.openrewrite.java.JavaVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.Flag;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JLeftPadded;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Space;
import org.openrewrite.java.tree.TypeTree;
import org.openrewrite.marker.Markers;

/**
 * A visitor that puts constants of {@code HttpStatusCodes} in place of other expressions, each
 * written in the form that {@link NamesInUse} finds safe in its compilation unit, and adds the
 * import that form needs.
 */
abstract class StatusConstantWriter extends JavaVisitor<ExecutionContext> {

    private static final JavaType.FullyQualified CONSTANTS_TYPE = JavaType.ShallowClass.build(NamesInUse.CONSTANTS_CLASS);
    private static final long CONSTANT_FLAGS = Flag.flagsToBitMap(EnumSet.of(Flag.Public, Flag.Static, Flag.Final));

    private NamesInUse namesInUse;

    /**
     * The legacy constant this visitor replaces everywhere, whose name a replacement may therefore
     * reuse.
     *
     * @return that constant, or {@link ReplacedConstant#NONE}
     */
    abstract ReplacedConstant replacedConstant();

    @Override
    public J visitCompilationUnit(J.CompilationUnit unit, ExecutionContext ctx) {
        namesInUse = null;
        return super.visitCompilationUnit(unit, ctx);
    }

    /**
     * Returns our constant in place of an expression at the cursor, or the expression itself where
     * no form of the constant is safe there.
     *
     * @param replaced the expression at the cursor
     * @param constant the name of our constant, such as {@code OK}
     * @param staticImportWanted whether the code named what it replaces by a static import
     */
    final J writeConstant(Expression replaced, String constant, boolean staticImportWanted) {
        if (namesInUse == null) {
            namesInUse = NamesInUse.of(getCursor().firstEnclosingOrThrow(J.CompilationUnit.class), replacedConstant());
        }
        NamesInUse.Form form = namesInUse.formOf(constant, staticImportWanted);
        if (form == null) {
            return replaced;
        }
        if (form == NamesInUse.Form.STATIC_IMPORT) {
            maybeAddImport(NamesInUse.CONSTANTS_CLASS, constant, false);
        } else if (form == NamesInUse.Form.TYPE_IMPORT) {
            maybeAddImport(NamesInUse.CONSTANTS_CLASS, false);
        }
        return build(form, constant).withPrefix(replaced.getPrefix());
    }

    /** The reference, typed as javac would type it, so that later recipes in the run see our constant. */
    private static Expression build(NamesInUse.Form form, String constant) {
        J.Identifier name = new J.Identifier(Tree.randomId(), Space.EMPTY, Markers.EMPTY, Collections.emptyList(),
                constant, JavaType.Primitive.Int, new JavaType.Variable(null, CONSTANT_FLAGS, constant,
                        CONSTANTS_TYPE, JavaType.Primitive.Int, Collections.emptyList()));
        if (form == NamesInUse.Form.STATIC_IMPORT) {
            return name;
        }
        Expression type = form == NamesInUse.Form.TYPE_IMPORT
                ? new J.Identifier(Tree.randomId(), Space.EMPTY, Markers.EMPTY, Collections.emptyList(),
                        CONSTANTS_TYPE.getClassName(), CONSTANTS_TYPE, null)
                : TypeTree.<J.FieldAccess>build(NamesInUse.CONSTANTS_CLASS).withType(CONSTANTS_TYPE);
        return new J.FieldAccess(Tree.randomId(), Space.EMPTY, Markers.EMPTY, type, JLeftPadded.build(name),
                JavaType.Primitive.Int);
    }
}
