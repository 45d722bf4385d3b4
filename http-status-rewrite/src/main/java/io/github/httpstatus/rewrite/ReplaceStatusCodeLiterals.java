package io.github.httpstatus.rewrite;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.httpstatus.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openrewrite.Cursor;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.Preconditions;
import org.openrewrite.Recipe;
import org.openrewrite.TreeVisitor;
import org.openrewrite.Validated;
import org.openrewrite.java.MethodMatcher;
import org.openrewrite.java.search.UsesMethod;
import org.openrewrite.java.search.UsesType;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

/**
 * Replaces an {@code int} literal that is a registered status code with the {@code
 * HttpStatusCodes} constant of that code, where the literal stands for a status: compared with
 * {@code ==} or {@code !=}, a {@code case} label of a {@code switch}, or the other argument of an
 * equality assertion (JUnit's {@code assertEquals}, AssertJ's {@code assertThat(...).isEqualTo},
 * Hamcrest's {@code assertThat(..., is(...))}), on a status read from a response (directly, or
 * through a local variable initialised from one and never reassigned); or the status argument of
 * a method that sets or expects one, also inside Hamcrest's {@code equalTo} or {@code is}.
 *
 * <p>The methods that read, set and compare statuses are data: {@code status-methods.tsv} beside
 * this class lists those of the JDK, Servlet, JAX-RS, Spring, Apache HttpClient, OkHttp, Jetty,
 * Google HTTP Client, Undertow, Vert.x, Feign, REST Assured, WireMock and the test libraries, one
 * row a method, and the options add a project's own. Every other literal is left as it is, and so
 * is a literal that is not a registered code, such as 499.
 *
 * <p>A local variable is known by its declaration, so two locals of one name in one method are two
 * variables. The constant is written {@code HttpStatusCodes.OK}, or fully qualified where the file
 * gives {@code HttpStatusCodes} another meaning (MIGRATING.md lists the cases).
 */
public final class ReplaceStatusCodeLiterals extends Recipe {

    @Option(displayName = "Status readers", required = false,
            description = "Method patterns of a project's own methods that return a status, "
                    + "added to the built-in ones.",
            example = "com.acme.ApiReply statusCode()")
    private final List<String> statusReaders;

    @Option(displayName = "Status setters", required = false,
            description = "Method patterns of a project's own methods whose first argument is a status, "
                    + "added to the built-in ones.",
            example = "com.acme.Replies reply(int, ..)")
    private final List<String> statusSetters;

    /** Creates the recipe with the built-in readers and setters only. */
    public ReplaceStatusCodeLiterals() {
        this(null, null);
    }

    /**
     * Creates the recipe with a project's own readers and setters besides the built-in ones.
     * OpenRewrite passes the options by the parameters' names.
     *
     * @param statusReaders method patterns of methods that return a status, such as {@code
     *     com.acme.ApiReply statusCode()}; {@code null} for none
     * @param statusSetters method patterns of methods whose first argument is a status, such as
     *     {@code com.acme.Replies reply(int, ..)}; {@code null} for none
     */
    @JsonCreator
    public ReplaceStatusCodeLiterals(List<String> statusReaders, List<String> statusSetters) {
        this.statusReaders = statusReaders == null ? null : Collections.unmodifiableList(new ArrayList<>(statusReaders));
        this.statusSetters = statusSetters == null ? null : Collections.unmodifiableList(new ArrayList<>(statusSetters));
    }

    /**
     * Returns the project's own status readers.
     *
     * @return their method patterns, or {@code null} if none were given
     */
    public List<String> getStatusReaders() {
        return statusReaders;
    }

    /**
     * Returns the project's own status setters.
     *
     * @return their method patterns, or {@code null} if none were given
     */
    public List<String> getStatusSetters() {
        return statusSetters;
    }

    /** Also reports a method pattern among the options that OpenRewrite cannot read. */
    @Override
    public Validated<Object> validate() {
        Validated<Object> validated = super.validate();
        for (List<String> patterns : Arrays.asList(statusReaders, statusSetters)) {
            for (String pattern : patterns == null ? Collections.<String>emptyList() : patterns) {
                validated = validated.and(MethodMatcher.validate(pattern));
            }
        }
        return validated;
    }

    @Override
    public String getDisplayName() {
        return "Replace literal status codes with `HttpStatusCodes` constants";
    }

    @Override
    public String getDescription() {
        return "Replaces a literal that is a registered HTTP status code with its `HttpStatusCodes` constant where "
                + "it stands for a status: compared with, or a `case` of a `switch` on, a status read from a "
                + "response, in an assertion too, and the status argument of a method that sets or expects one.";
    }

    /**
     * Asks for another cycle once the literals are replaced, so that {@code AddDependency} sees the
     * code use {@code HttpStatusCodes}; see {@link ReplaceLegacyConstants}.
     */
    @Override
    public boolean causesAnotherCycle() {
        return true;
    }

    @Override
    @SuppressWarnings("unchecked") // an array of a generic type, filled with that type only
    public TreeVisitor<?, ExecutionContext> getVisitor() {
        StatusMethods methods = StatusMethods.of(statusReaders, statusSetters);
        Stream<TreeVisitor<?, ExecutionContext>> usesAStatusMethod = Stream.concat(
                        methods.matchers(StatusMethods.Kind.READ).stream(), methods.matchers(StatusMethods.Kind.SET).stream())
                .map(UsesMethod<ExecutionContext>::new);
        Stream<TreeVisitor<?, ExecutionContext>> usesAnAnnotation = Stream.of(SWAGGER_2_CODE, OPENAPI_RESPONSE_CODE)
                .flatMap(attribute -> attribute.annotations.stream())
                .map(annotation -> new UsesType<ExecutionContext>(annotation, false));
        TreeVisitor<?, ExecutionContext>[] preconditions = Stream.concat(usesAStatusMethod, usesAnAnnotation)
                .toArray(TreeVisitor[]::new);
        return Preconditions.check(Preconditions.or(preconditions), new LiteralVisitor(methods));
    }

    /** An attribute of annotations whose value is a status. */
    private static final class AnnotationAttribute {
        final String name;
        final List<String> annotations;

        AnnotationAttribute(String name, String... annotations) {
            this.name = name;
            this.annotations = Arrays.asList(annotations);
        }
    }

    /** Swagger 2's (OpenAPI 2's) {@code @ApiResponse(code = 404)}: an {@code int}. */
    private static final AnnotationAttribute SWAGGER_2_CODE = new AnnotationAttribute("code", "io.swagger.annotations.ApiResponse");

    /** OpenAPI 3's {@code @ApiResponse(responseCode = "404")}, Swagger's and MicroProfile's: a {@code String}. */
    private static final AnnotationAttribute OPENAPI_RESPONSE_CODE = new AnnotationAttribute("responseCode",
            "io.swagger.v3.oas.annotations.responses.ApiResponse",
            "org.eclipse.microprofile.openapi.annotations.responses.APIResponse");

    /** A status code as OpenAPI writes it: three digits, the first not 0. */
    private static final Pattern DECIMAL_CODE = Pattern.compile("[1-9][0-9][0-9]");

    /**
     * Goes over each compilation unit twice: first to find the local variables that hold a status,
     * then to replace the literals. The first pass changes nothing. A local variable is known by its
     * declaration, so two locals of one name are two variables.
     */
    private static final class LiteralVisitor extends StatusConstantWriter {

        private final StatusMethods methods;
        private boolean findingVariables;
        /** The declaration each name of a local variable refers to, by the ids of the trees. */
        private Map<UUID, UUID> declarations = new HashMap<>();
        /** Declarations of local variables initialised from a status reader. */
        private Set<UUID> statusVariables = new HashSet<>();
        /** Declarations of variables assigned, incremented or decremented anywhere. */
        private Set<UUID> reassigned = new HashSet<>();

        LiteralVisitor(StatusMethods methods) {
            this.methods = methods;
        }

        @Override
        ReplacedConstants replacedConstants() {
            return ReplacedConstants.NONE;
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
            Object value = literal.getValue();
            if (findingVariables) {
                // Nothing to find in a literal, and nothing this pass writes is kept.
            } else if (value instanceof Integer) {
                Optional<HttpStatus> status = HttpStatus.find((Integer) value);
                if (status.isPresent() && (standsForAStatus(literal) || isAnnotationAttribute(SWAGGER_2_CODE))) {
                    return writeConstant(literal, OurConstants.INTS, status.get().name(), false);
                }
            } else if (value instanceof String && DECIMAL_CODE.matcher((String) value).matches()) {
                Optional<HttpStatus> status = HttpStatus.find(Integer.parseInt((String) value));
                if (status.isPresent() && isAnnotationAttribute(OPENAPI_RESPONSE_CODE)) {
                    return writeConstant(literal, OurConstants.STRINGS, status.get().name(), false);
                }
            }
            return literal;
        }

        /** Whether the literal at the cursor is the value of the attribute of one of the annotations. */
        private boolean isAnnotationAttribute(AnnotationAttribute attribute) {
            Cursor assignment = getCursor().getParentTreeCursor();
            if (!(assignment.getValue() instanceof J.Assignment)) {
                return false;
            }
            Expression name = ((J.Assignment) assignment.getValue()).getVariable();
            Object annotation = assignment.getParentTreeCursor().getValue();
            return name instanceof J.Identifier && ((J.Identifier) name).getSimpleName().equals(attribute.name)
                    && annotation instanceof J.Annotation
                    && attribute.annotations.stream().anyMatch(type -> TypeUtils.isOfClassType(((J.Annotation) annotation).getType(), type));
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
            Expression argument = literal;
            if (parent instanceof J.MethodInvocation && methods.is(StatusMethods.Kind.MATCHER, (J.MethodInvocation) parent)) {
                // equalTo(404) stands for 404 wherever 404 would stand.
                argument = (J.MethodInvocation) parent;
                parent = parentCursor.getParentTreeCursor().getValue();
            }
            return parent instanceof J.MethodInvocation && isStatusArgument((J.MethodInvocation) parent, argument);
        }

        /** Whether an argument of an invocation is a status, by what the invoked method does. */
        private boolean isStatusArgument(J.MethodInvocation invocation, Expression argument) {
            List<Expression> arguments = invocation.getArguments();
            if (methods.is(StatusMethods.Kind.SET, invocation)) {
                return arguments.get(0) == argument;
            }
            if (methods.is(StatusMethods.Kind.COMPARE, invocation)) {
                return arguments.stream().anyMatch(other -> other != argument && isStatusRead(other));
            }
            if (methods.is(StatusMethods.Kind.SUBJECT_COMPARE, invocation) && invocation.getSelect() instanceof J.MethodInvocation) {
                J.MethodInvocation subject = (J.MethodInvocation) invocation.getSelect();
                return methods.is(StatusMethods.Kind.SUBJECT, subject) && isStatusRead(subject.getArguments().get(0));
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
                return methods.is(StatusMethods.Kind.READ, invocation);
            }
            return statusVariables.contains(declarationOf(unwrapped));
        }

        /** The declaration of the local variable an expression names, or {@code null} if it names none. */
        private UUID declarationOf(Expression expression) {
            return expression instanceof J.Identifier ? declarations.get(expression.getId()) : null;
        }
    }
}
