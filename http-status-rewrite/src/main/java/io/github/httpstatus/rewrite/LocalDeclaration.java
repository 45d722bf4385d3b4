package io.github.httpstatus.rewrite;

import java.util.Collections;
import java.util.List;
import org.openrewrite.Cursor;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.Statement;

/**
 * Finds the declaration of a local variable, for the two kinds the literal recipe cares about: one
 * declared by a statement of an enclosing block or {@code switch} case, before the statement that
 * uses it, and a parameter of the enclosing method.
 *
 * <p>Within one method no local or lambda parameter may share the name of another local or of a
 * parameter in scope, so the nearest such declaration is the one. A class body is a boundary: a
 * method of a local or anonymous class may declare a parameter or local that shadows a local of
 * the enclosing method, so a name used inside one is never matched with a declaration outside it.
 * Loop and {@code catch} variables, lambda parameters, resources and pattern variables are not
 * found; none of them can hold a status the recipe knows of, so not finding them only leaves their
 * literals alone.
 */
final class LocalDeclaration {

    private LocalDeclaration() {
    }

    /**
     * Returns the declaration of the local variable named by the identifier at the cursor.
     *
     * @param cursor the cursor at a {@link J.Identifier} that type attribution says names a local
     *     variable
     * @return its declaration, or {@code null} where it is not a local this class finds
     */
    static J.VariableDeclarations.NamedVariable of(Cursor cursor) {
        String name = ((J.Identifier) cursor.getValue()).getSimpleName();
        Object inside = cursor.getValue();
        for (Cursor scope = cursor.getParentTreeCursor(); !(scope.getValue() instanceof J.CompilationUnit);
                scope = scope.getParentTreeCursor()) {
            Object value = scope.getValue();
            if (value instanceof J.ClassDeclaration
                    || value instanceof J.NewClass && ((J.NewClass) value).getBody() == inside) {
                return null;
            }
            if (value instanceof J.MethodDeclaration) {
                return parameter(name, (J.MethodDeclaration) value);
            }
            List<Statement> statements = value instanceof J.Block ? ((J.Block) value).getStatements()
                    : value instanceof J.Case ? ((J.Case) value).getStatements() : Collections.emptyList();
            J.VariableDeclarations.NamedVariable found = declaredBefore(name, statements, inside);
            if (found != null) {
                return found;
            }
            inside = value;
        }
        return null;
    }

    /** A method's parameter of that name, or {@code null}. */
    private static J.VariableDeclarations.NamedVariable parameter(String name, J.MethodDeclaration method) {
        for (Statement parameter : method.getParameters()) {
            if (parameter instanceof J.VariableDeclarations
                    && ((J.VariableDeclarations) parameter).getVariables().get(0).getSimpleName().equals(name)) {
                return ((J.VariableDeclarations) parameter).getVariables().get(0);
            }
        }
        return null;
    }

    /**
     * The declaration of a name among the statements before the one that holds it; in the block of
     * an old-style {@code switch}, also among the statements of the cases before, which stay in scope.
     */
    private static J.VariableDeclarations.NamedVariable declaredBefore(String name, List<Statement> statements,
            Object inside) {
        for (Statement statement : statements) {
            if (statement == inside) {
                break;
            }
            List<Statement> declarations = statement instanceof J.Case ? ((J.Case) statement).getStatements()
                    : Collections.singletonList(statement);
            for (Statement declaration : declarations) {
                if (declaration instanceof J.VariableDeclarations) {
                    for (J.VariableDeclarations.NamedVariable variable : ((J.VariableDeclarations) declaration).getVariables()) {
                        if (variable.getSimpleName().equals(name)) {
                            return variable;
                        }
                    }
                }
            }
        }
        return null;
    }
}
