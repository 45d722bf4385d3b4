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

    private static final long CONSTANT_FLAGS = Flag.flagsToBitMap(EnumSet.of(Flag.Public, Flag.Static, Flag.Final));

    private NamesInUse namesInUse;

    /**
     * The legacy constants this visitor replaces everywhere, whose names a replacement may therefore
     * reuse.
     *
     * @return those constants, or {@link ReplacedConstants#NONE}
     */
    abstract ReplacedConstants replacedConstants();

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
     * @param ours the class of our constant
     * @param constant the name of our constant, such as {@code OK}
     * @param staticImportWanted whether the code named what it replaces by a static import
     */
    final J writeConstant(Expression replaced, OurConstants ours, String constant, boolean staticImportWanted) {
        if (namesInUse == null) {
            namesInUse = NamesInUse.of(getCursor().firstEnclosingOrThrow(J.CompilationUnit.class), replacedConstants());
        }
        NamesInUse.Form form = namesInUse.formOf(ours, constant, staticImportWanted);
        if (form == null) {
            return replaced;
        }
        if (form == NamesInUse.Form.STATIC_IMPORT) {
            maybeAddImport(ours.className(), constant, false);
        } else if (form == NamesInUse.Form.TYPE_IMPORT) {
            maybeAddImport(ours.className(), false);
        }
        return build(form, ours, constant).withPrefix(replaced.getPrefix());
    }

    /** The reference, typed as javac would type it, so that later recipes in the run see our constant. */
    private static Expression build(NamesInUse.Form form, OurConstants ours, String constant) {
        J.Identifier name = new J.Identifier(Tree.randomId(), Space.EMPTY, Markers.EMPTY, Collections.emptyList(),
                constant, ours.valueType(), new JavaType.Variable(null, CONSTANT_FLAGS, constant,
                        ours.type(), ours.valueType(), Collections.emptyList()));
        if (form == NamesInUse.Form.STATIC_IMPORT) {
            return name;
        }
        Expression type = form == NamesInUse.Form.TYPE_IMPORT
                ? new J.Identifier(Tree.randomId(), Space.EMPTY, Markers.EMPTY, Collections.emptyList(),
                        ours.simpleName(), ours.type(), null)
                : TypeTree.<J.FieldAccess>build(ours.className()).withType(ours.type());
        return new J.FieldAccess(Tree.randomId(), Space.EMPTY, Markers.EMPTY, type, JLeftPadded.build(name),
                ours.valueType());
    }
}
