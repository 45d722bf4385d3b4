package io.github.httpstatus.rewrite;

import io.github.httpstatus.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Preconditions;
import org.openrewrite.Recipe;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.MethodMatcher;
import org.openrewrite.java.search.UsesMethod;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;

/**
 * Replaces an {@code int} literal that is a registered status code with the {@code
 * HttpStatusCodes} constant of that code, where the literal stands for a status: compared with
 * {@code ==} or {@code !=}, or a {@code case} label of a {@code switch}, on a status read from a
 * response (directly, or through a local variable initialised from one and never reassigned); or
 * the status argument of a method that sets one.
 *
 * <p>Statuses are read by {@code HttpURLConnection#getResponseCode()}, {@code
 * java.net.http.HttpResponse#statusCode()}, {@code HttpServletResponse#getStatus()} (Jakarta and
 * javax), Apache HttpCore 5's {@code HttpResponse#getCode()} and HttpCore 4's {@code
 * StatusLine#getStatusCode()}, and set by {@code HttpServletResponse#setStatus} and {@code
 * #sendError} (Jakarta and javax) and {@code HttpExchange#sendResponseHeaders}. Every other literal
 * is left as it is, and so is a literal that is not a registered code, such as 499.
 *
 * <p>A local variable is known by its declaration, so two locals of one name in one method are two
 * variables. The constant is written {@code HttpStatusCodes.OK}, or fully qualified where the file
 * gives {@code HttpStatusCodes} another meaning (MIGRATING.md lists the cases).
 */
public final class ReplaceStatusCodeLiterals extends Recipe {

    private static final List<MethodMatcher> STATUS_READERS = Arrays.asList(
            new MethodMatcher("java.net.HttpURLConnection getResponseCode()", true),
            new MethodMatcher("java.net.http.HttpResponse statusCode()", true),
            new MethodMatcher("jakarta.servlet.http.HttpServletResponse getStatus()", true),
            new MethodMatcher("javax.servlet.http.HttpServletResponse getStatus()", true),
            new MethodMatcher("org.apache.hc.core5.http.HttpResponse getCode()", true),
            new MethodMatcher("org.apache.http.StatusLine getStatusCode()", true));

    /** Methods whose first argument is the status they set. */
    private static final List<MethodMatcher> STATUS_SETTERS = Arrays.asList(
            new MethodMatcher("jakarta.servlet.http.HttpServletResponse setStatus(int)", true),
            new MethodMatcher("jakarta.servlet.http.HttpServletResponse sendError(int, ..)", true),
            new MethodMatcher("javax.servlet.http.HttpServletResponse setStatus(int)", true),
            new MethodMatcher("javax.servlet.http.HttpServletResponse sendError(int, ..)", true),
            new MethodMatcher("com.sun.net.httpserver.HttpExchange sendResponseHeaders(int, long)", true));

    /** Creates the recipe; it has no options. */
    public ReplaceStatusCodeLiterals() {
    }

    @Override
    public String getDisplayName() {
        return "Replace literal status codes with `HttpStatusCodes` constants";
    }

    @Override
    public String getDescription() {
        return "Replaces a literal that is a registered HTTP status code with its `HttpStatusCodes` constant where "
                + "it stands for a status: compared with, or a `case` of a `switch` on, a status read from a "
                + "response, and the status argument of `setStatus`, `sendError` and `sendResponseHeaders`.";
    }

    /**
     * Asks for another cycle once the literals are replaced, so that {@code AddDependency} sees the
     * code use {@code HttpStatusCodes}; see {@link ReplaceLegacyConstant}.
     */
    @Override
    public boolean causesAnotherCycle() {
        return true;
    }

    @Override
    @SuppressWarnings("unchecked") // an array of a generic type, filled with that type only
    public TreeVisitor<?, ExecutionContext> getVisitor() {
        TreeVisitor<?, ExecutionContext>[] usesAStatusMethod = Stream.concat(STATUS_READERS.stream(), STATUS_SETTERS.stream())
                .map(UsesMethod<ExecutionContext>::new)
                .toArray(TreeVisitor[]::new);
        return Preconditions.check(Preconditions.or(usesAStatusMethod), new LiteralVisitor());
    }

    /**
     * Goes over each compilation unit twice: first to find the local variables that hold a status,
     * then to replace the literals. The first pass changes nothing. A local variable is known by its
     * declaration, so two locals of one name are two variables.
     */
    private static final class LiteralVisitor extends StatusConstantWriter {

        private boolean findingVariables;
        /** The declaration each name of a local variable refers to, by the ids of the trees. */
        private Map<UUID, UUID> declarations = new HashMap<>();
        /** Declarations of local variables initialised from a status reader. */
        private Set<UUID> statusVariables = new HashSet<>();
        /** Declarations of variables assigned, incremented or decremented anywhere. */
        private Set<UUID> reassigned = new HashSet<>();

        @Override
        ReplacedConstant replacedConstant() {
            return ReplacedConstant.NONE;
        }

        @Override
        public J visitCompilationUnit(J.CompilationUnit unit, ExecutionContext ctx) {
            declarations = new HashMap<>();
            statusVariables = new HashSet<>();
            reassigned = new HashSet<>();
            findingVariables = true;
            super.visitCompilationUnit(unit, ctx);
            findingVariables = false;
            statusVariables.removeAll(reassigned);
            return super.visitCompilationUnit(unit, ctx);
        }

        @Override
        public J visitIdentifier(J.Identifier identifier, ExecutionContext ctx) {
            JavaType.Variable variable = identifier.getFieldType();
            if (findingVariables && variable != null && variable.getOwner() instanceof JavaType.Method) {
                J.VariableDeclarations.NamedVariable declaration = LocalScopes.declarationOf(getCursor());
                if (declaration != null) {
                    declarations.put(identifier.getId(), declaration.getId());
                }
            }
            return super.visitIdentifier(identifier, ctx);
        }

        @Override
        public J visitVariable(J.VariableDeclarations.NamedVariable variable, ExecutionContext ctx) {
            J visited = super.visitVariable(variable, ctx);
            JavaType.Variable type = variable.getVariableType();
            if (findingVariables && type != null && type.getOwner() instanceof JavaType.Method
                    && isStatusRead(variable.getInitializer())) {
                statusVariables.add(variable.getId());
            }
            return visited;
        }

        @Override
        public J visitAssignment(J.Assignment assignment, ExecutionContext ctx) {
            J visited = super.visitAssignment(assignment, ctx);
            reassigned.add(declarationOf(assignment.getVariable()));
            return visited;
        }

        @Override
        public J visitAssignmentOperation(J.AssignmentOperation assignment, ExecutionContext ctx) {
            J visited = super.visitAssignmentOperation(assignment, ctx);
            reassigned.add(declarationOf(assignment.getVariable()));
            return visited;
        }

        @Override
        public J visitUnary(J.Unary unary, ExecutionContext ctx) {
            J visited = super.visitUnary(unary, ctx);
            if (unary.getOperator().isModifying()) {
                reassigned.add(declarationOf(unary.getExpression()));
            }
            return visited;
        }

        @Override
        public J visitLiteral(J.Literal literal, ExecutionContext ctx) {
            Optional<HttpStatus> status = literal.getValue() instanceof Integer
                    ? HttpStatus.find((Integer) literal.getValue())
                    : Optional.empty();
            if (!findingVariables && status.isPresent() && standsForAStatus(literal)) {
                return writeConstant(literal, status.get().name(), false);
            }
            return literal;
        }

        private boolean standsForAStatus(J.Literal literal) {
            Cursor parentCursor = getCursor().getParentTreeCursor();
            Object parent = parentCursor.getValue();
            if (parent instanceof J.Binary) {
                J.Binary comparison = (J.Binary) parent;
                J.Binary.Type operator = comparison.getOperator();
                Expression other = comparison.getLeft() == literal ? comparison.getRight() : comparison.getLeft();
                return (operator == J.Binary.Type.Equal || operator == J.Binary.Type.NotEqual) && isStatusRead(other);
            }
            if (parent instanceof J.Case) {
                // A case label: the case sits in the block of a switch statement or expression.
                Object statement = parentCursor.getParentTreeCursor().getParentTreeCursor().getValue();
                Expression selector = statement instanceof J.Switch ? ((J.Switch) statement).getSelector().getTree()
                        : statement instanceof J.SwitchExpression
                                ? ((J.SwitchExpression) statement).getSelector().getTree() : null;
                return isStatusRead(selector);
            }
            if (parent instanceof J.MethodInvocation) {
                J.MethodInvocation invocation = (J.MethodInvocation) parent;
                return invocation.getArguments().get(0) == literal
                        && STATUS_SETTERS.stream().anyMatch(matcher -> matcher.matches(invocation));
            }
            return false;
        }

        /** Whether an expression reads a status from a response, directly or through a status variable. */
        private boolean isStatusRead(Expression expression) {
            Expression unwrapped = expression;
            while (unwrapped instanceof J.Parentheses) {
                unwrapped = (Expression) ((J.Parentheses<?>) unwrapped).getTree();
            }
            if (unwrapped instanceof J.MethodInvocation) {
                J.MethodInvocation invocation = (J.MethodInvocation) unwrapped;
                return STATUS_READERS.stream().anyMatch(matcher -> matcher.matches(invocation));
            }
            return statusVariables.contains(declarationOf(unwrapped));
        }

        /** The declaration of the local variable an expression names, or {@code null} if it names none. */
        private UUID declarationOf(Expression expression) {
            return expression instanceof J.Identifier ? declarations.get(expression.getId()) : null;
        }
    }
}
