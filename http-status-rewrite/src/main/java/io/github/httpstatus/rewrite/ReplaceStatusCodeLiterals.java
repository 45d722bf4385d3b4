package io.github.httpstatus.rewrite;

import io.github.httpstatus.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Preconditions;
import org.openrewrite.Recipe;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaParser;
import org.openrewrite.java.JavaTemplate;
import org.openrewrite.java.JavaVisitor;
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
 */
public final class ReplaceStatusCodeLiterals extends Recipe {

    private static final String CONSTANTS_CLASS = "io.github.httpstatus.client.HttpStatusCodes";

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

    /**
     * The constants class as source, for the templates to compile against: the recipe runs where
     * {@code http-status-client-compat} may not be on the class path yet.
     */
    private static final String CONSTANTS_SOURCE = constantsSource();

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
     * then to replace the literals. The first pass changes nothing.
     */
    private static final class LiteralVisitor extends JavaVisitor<ExecutionContext> {

        private boolean findingVariables;
        /** Local variables initialised from a status reader. */
        private Set<String> statusVariables = new HashSet<>();
        /** Variables assigned, incremented or decremented anywhere. */
        private Set<String> reassigned = new HashSet<>();
        private final Map<String, JavaTemplate> templates = new HashMap<>();

        @Override
        public J visitCompilationUnit(J.CompilationUnit unit, ExecutionContext ctx) {
            statusVariables = new HashSet<>();
            reassigned = new HashSet<>();
            findingVariables = true;
            super.visitCompilationUnit(unit, ctx);
            findingVariables = false;
            statusVariables.removeAll(reassigned);
            return super.visitCompilationUnit(unit, ctx);
        }

        @Override
        public J visitVariable(J.VariableDeclarations.NamedVariable variable, ExecutionContext ctx) {
            JavaType.Variable type = variable.getVariableType();
            if (findingVariables && type != null && type.getOwner() instanceof JavaType.Method
                    && isStatusRead(variable.getInitializer(), statusVariables)) {
                statusVariables.add(type.toString());
            }
            return super.visitVariable(variable, ctx);
        }

        @Override
        public J visitAssignment(J.Assignment assignment, ExecutionContext ctx) {
            reassigned.add(variableOf(assignment.getVariable()));
            return super.visitAssignment(assignment, ctx);
        }

        @Override
        public J visitAssignmentOperation(J.AssignmentOperation assignment, ExecutionContext ctx) {
            reassigned.add(variableOf(assignment.getVariable()));
            return super.visitAssignmentOperation(assignment, ctx);
        }

        @Override
        public J visitUnary(J.Unary unary, ExecutionContext ctx) {
            if (unary.getOperator().isModifying()) {
                reassigned.add(variableOf(unary.getExpression()));
            }
            return super.visitUnary(unary, ctx);
        }

        @Override
        public J visitLiteral(J.Literal literal, ExecutionContext ctx) {
            Optional<HttpStatus> status = literal.getValue() instanceof Integer
                    ? HttpStatus.find((Integer) literal.getValue())
                    : Optional.empty();
            if (!findingVariables && status.isPresent() && standsForAStatus(literal)) {
                maybeAddImport(CONSTANTS_CLASS);
                return templates.computeIfAbsent(status.get().name(), ReplaceStatusCodeLiterals::template)
                        .apply(getCursor(), literal.getCoordinates().replace());
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
                return (operator == J.Binary.Type.Equal || operator == J.Binary.Type.NotEqual)
                        && isStatusRead(other, statusVariables);
            }
            if (parent instanceof J.Case) {
                // A case label: the case sits in the block of a switch statement or expression.
                Object statement = parentCursor.getParentTreeCursor().getParentTreeCursor().getValue();
                Expression selector = statement instanceof J.Switch ? ((J.Switch) statement).getSelector().getTree()
                        : statement instanceof J.SwitchExpression
                                ? ((J.SwitchExpression) statement).getSelector().getTree() : null;
                return isStatusRead(selector, statusVariables);
            }
            if (parent instanceof J.MethodInvocation) {
                J.MethodInvocation invocation = (J.MethodInvocation) parent;
                return invocation.getArguments().get(0) == literal
                        && STATUS_SETTERS.stream().anyMatch(matcher -> matcher.matches(invocation));
            }
            return false;
        }
    }

    /** Whether an expression reads a status from a response, directly or through a status variable. */
    private static boolean isStatusRead(Expression expression, Set<String> statusVariables) {
        Expression unwrapped = expression;
        while (unwrapped instanceof J.Parentheses) {
            unwrapped = (Expression) ((J.Parentheses<?>) unwrapped).getTree();
        }
        if (unwrapped instanceof J.MethodInvocation) {
            J.MethodInvocation invocation = (J.MethodInvocation) unwrapped;
            return STATUS_READERS.stream().anyMatch(matcher -> matcher.matches(invocation));
        }
        return unwrapped instanceof J.Identifier && statusVariables.contains(variableOf(unwrapped));
    }

    /** A key for the local variable an expression names, or {@code ""} if it names none. */
    private static String variableOf(Expression expression) {
        if (expression instanceof J.Identifier) {
            JavaType.Variable type = ((J.Identifier) expression).getFieldType();
            return type == null ? "" : type.toString();
        }
        return "";
    }

    private static JavaTemplate template(String constant) {
        return JavaTemplate.builder("HttpStatusCodes." + constant)
                .imports(CONSTANTS_CLASS)
                .javaParser(JavaParser.fromJavaVersion().dependsOn(CONSTANTS_SOURCE))
                .build();
    }

    private static String constantsSource() {
        StringBuilder source = new StringBuilder("package io.github.httpstatus.client;\n"
                + "public final class HttpStatusCodes {\n");
        for (HttpStatus status : HttpStatus.values()) {
            source.append("    public static final int ").append(status.name()).append(" = ")
                    .append(status.value()).append(";\n");
        }
        return source.append("}\n").toString();
    }
}
