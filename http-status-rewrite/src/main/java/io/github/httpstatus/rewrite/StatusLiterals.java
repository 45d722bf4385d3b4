package io.github.httpstatus.rewrite;

import io.github.httpstatus.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.openrewrite.Cursor;
import org.openrewrite.java.MethodMatcher;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.MethodCall;
import org.openrewrite.java.tree.Statement;
import org.openrewrite.java.tree.TypeUtils;

/**
 * The literals of a compilation unit that stand for a status, found before anything is replaced:
 * a registered code as a {@code case} label of a switch on a status read (not a case's result),
 * compared with {@code ==} or {@code !=} to a status read, one of the two compared values of an
 * assertion whose other is a status read, the status argument of a setter, or the value of an
 * annotation attribute that holds a status; inside a Hamcrest matcher of its value too; and a
 * value that feeds a parameterized test's parameter used as a status. A status read is a call of
 * a reader, or a status variable: a local variable that nothing reassigns, through parentheses or
 * not, whose initializer is a status read, or a private method's parameter that nothing reassigns
 * and that every call of the method passes a status read.
 */
final class StatusLiterals {

    /** A status code as OpenAPI writes it: three digits, the first not 0. */
    private static final Pattern DECIMAL_CODE = Pattern.compile("[1-9][0-9][0-9]");

    private final StatusMethods methods;
    /** The declaration each name of a local variable refers to, by the ids of the trees. */
    private final Map<UUID, UUID> declarations = new HashMap<>();
    /** Each local variable's initializer, by its declaration. */
    private final Map<UUID, Expression> initializers = new HashMap<>();
    /** Declarations of local variables assigned, incremented or decremented anywhere. */
    private final Set<UUID> reassigned = new HashSet<>();
    /** Declarations of status variables. */
    private final Set<UUID> statusVariables = new HashSet<>();
    /** The literals that feed a parameterized test's parameter that is used as a status. */
    private final Set<UUID> statusParameterValues = new HashSet<>();

    private StatusLiterals(StatusMethods methods) {
        this.methods = methods;
    }

    /**
     * Finds the literals of a unit that stand for a status.
     *
     * @param unit the unit
     * @param methods the methods and attributes that tell where a number is a status
     * @return each such literal's replacement, by the id of the literal
     */
    static Map<UUID, StatusConstantWriter.Replacement> find(J.CompilationUnit unit, StatusMethods methods) {
        return of(unit, methods).findLiterals(unit);
    }

    /**
     * Finds the numbers of a unit that stand where a status does but that {@link #find} leaves, for
     * a team to review: a bound of a range comparison with a status read ({@code >=}, {@code <},
     * ...), a code nobody registered in a status position (499), and a code in a status line
     * ({@code "HTTP/1.1 " + 200}, {@code "HTTP/1.1 200 OK"}).
     *
     * @param unit the unit
     * @param methods the methods and attributes that tell where a number is a status
     * @return why each such literal is left, by the id of the literal
     */
    static Map<UUID, String> leftInStatusPositions(J.CompilationUnit unit, StatusMethods methods) {
        return of(unit, methods).findLeftInStatusPositions(unit);
    }

    private static StatusLiterals of(J.CompilationUnit unit, StatusMethods methods) {
        StatusLiterals literals = new StatusLiterals(methods);
        literals.readLocals(unit);
        literals.findStatusVariables(unit);
        literals.findStatusParameterValues(unit);
        return literals;
    }

    private void readLocals(J.CompilationUnit unit) {
        List<Expression> assigned = new ArrayList<>();
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                if (tree instanceof J.Identifier) {
                    JavaType.Variable variable = ((J.Identifier) tree).getFieldType();
                    if (variable != null && variable.getOwner() instanceof JavaType.Method) {
                        J.VariableDeclarations.NamedVariable declaration = LocalDeclaration.of(getCursor());
                        if (declaration != null) {
                            declarations.put(tree.getId(), declaration.getId());
                        }
                    }
                } else if (tree instanceof J.VariableDeclarations.NamedVariable) {
                    J.VariableDeclarations.NamedVariable variable = (J.VariableDeclarations.NamedVariable) tree;
                    JavaType.Variable type = variable.getVariableType();
                    if (type != null && type.getOwner() instanceof JavaType.Method && variable.getInitializer() != null) {
                        initializers.put(variable.getId(), variable.getInitializer());
                    }
                } else if (tree instanceof J.Assignment) {
                    assigned.add(((J.Assignment) tree).getVariable());
                } else if (tree instanceof J.AssignmentOperation) {
                    assigned.add(((J.AssignmentOperation) tree).getVariable());
                } else if (tree instanceof J.Unary && ((J.Unary) tree).getOperator().isModifying()) {
                    assigned.add(((J.Unary) tree).getExpression());
                }
            }
        }.scan(unit);
        // Once every name is known: an assignment is seen before the name it assigns.
        assigned.forEach(target -> reassigned.add(declarationOf(target)));
    }

    /**
     * A local is a status variable once its initializer is a status read: a reader, or a status
     * variable before it; so is a parameter of a private method that every call of the method
     * passes a status read, such as {@code switch (status)} in {@code errorFor(int status)} that
     * the file calls only as {@code errorFor(response.status())}. Neither may be reassigned.
     */
    private void findStatusVariables(J.CompilationUnit unit) {
        List<PrivateMethodCalls.Method> privateMethods = PrivateMethodCalls.of(unit);
        boolean found = true;
        while (found) {
            found = false;
            for (Map.Entry<UUID, Expression> local : initializers.entrySet()) {
                if (!reassigned.contains(local.getKey()) && !statusVariables.contains(local.getKey())
                        && isStatusRead(local.getValue())) {
                    statusVariables.add(local.getKey());
                    found = true;
                }
            }
            for (PrivateMethodCalls.Method method : privateMethods) {
                for (int place = 0; place < method.parameters.size(); place++) {
                    UUID parameter = method.parameters.get(place);
                    int at = place;
                    if (!reassigned.contains(parameter) && !statusVariables.contains(parameter)
                            && method.calls.stream().allMatch(arguments -> isStatusRead(arguments.get(at)))) {
                        statusVariables.add(parameter);
                        found = true;
                    }
                }
            }
        }
    }

    /**
     * The values that feed a JUnit parameterized test's parameter that stands for a status somewhere
     * in the test (compared with a status read, passed to a setter) and is never assigned: the ints
     * of its {@code @ValueSource} where that is its one parameter, and the arguments at that
     * parameter's place of each {@code Arguments.of(...)} in its {@code @MethodSource} factories of
     * the same class, where every test that factory feeds uses that place as a status.
     */
    private void findStatusParameterValues(J.CompilationUnit unit) {
        Map<UUID, Set<Integer>> usedAsAStatus = new HashMap<>();
        Map<UUID, Set<Integer>> assigned = new HashMap<>();
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                // A parameter's owner is its method: only such a name needs the enclosing method looked up.
                if (!(tree instanceof J.Identifier) || ((J.Identifier) tree).getFieldType() == null
                        || !(((J.Identifier) tree).getFieldType().getOwner() instanceof JavaType.Method)) {
                    return;
                }
                J.MethodDeclaration test = getCursor().firstEnclosing(J.MethodDeclaration.class);
                int parameter = test == null ? -1 : fedParameter((J.Identifier) tree, test);
                if (parameter < 0) {
                    return;
                }
                Object parent = getCursor().getParentTreeCursor().getValue();
                if (parent instanceof J.Assignment && ((J.Assignment) parent).getVariable() == tree
                        || parent instanceof J.AssignmentOperation && ((J.AssignmentOperation) parent).getVariable() == tree
                        || parent instanceof J.Unary && ((J.Unary) parent).getOperator().isModifying()) {
                    assigned.computeIfAbsent(test.getId(), id -> new HashSet<>()).add(parameter);
                } else if (standsForAStatus((J.Identifier) tree, getCursor())) {
                    usedAsAStatus.computeIfAbsent(test.getId(), id -> new HashSet<>()).add(parameter);
                }
            }
        }.scan(unit);
        assigned.forEach((test, parameters) -> usedAsAStatus.getOrDefault(test, new HashSet<>()).removeAll(parameters));
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                if (tree instanceof J.ClassDeclaration) {
                    findValues((J.ClassDeclaration) tree, usedAsAStatus);
                }
            }
        }.scan(unit);
    }

    /** The status values of the parameterized tests a class declares, given the places of each test's parameters used as statuses. */
    private void findValues(J.ClassDeclaration testClass, Map<UUID, Set<Integer>> usedAsAStatus) {
        Map<String, Set<Integer>> factories = new HashMap<>();
        for (Statement member : testClass.getBody().getStatements()) {
            if (!(member instanceof J.MethodDeclaration)) {
                continue;
            }
            J.MethodDeclaration test = (J.MethodDeclaration) member;
            Set<Integer> statuses = usedAsAStatus.getOrDefault(test.getId(), new HashSet<>());
            Expression ints = valueSourceInts(test);
            if (statuses.contains(0) && test.getParameters().size() == 1) {
                if (ints instanceof J.Literal) {
                    statusParameterValues.add(ints.getId());
                } else if (ints instanceof J.NewArray && ((J.NewArray) ints).getInitializer() != null) {
                    ((J.NewArray) ints).getInitializer().forEach(value -> statusParameterValues.add(value.getId()));
                }
            }
            J.Annotation methodSource = annotation(test, METHOD_SOURCE);
            for (String factory : methodSource == null ? new ArrayList<String>() : methodSources(methodSource, test)) {
                // Every test a factory feeds must use the place as a status.
                factories.merge(factory, new HashSet<>(statuses), (before, these) -> {
                    before.retainAll(these);
                    return before;
                });
            }
        }
        for (Statement member : testClass.getBody().getStatements()) {
            if (member instanceof J.MethodDeclaration && factories.containsKey(((J.MethodDeclaration) member).getSimpleName())
                    && ((J.MethodDeclaration) member).getParameters().get(0) instanceof J.Empty) {
                findArguments((J.MethodDeclaration) member, factories.get(((J.MethodDeclaration) member).getSimpleName()));
            }
        }
    }

    /** The arguments of each {@code Arguments.of(...)} of a factory at the places given. */
    private void findArguments(J.MethodDeclaration factory, Set<Integer> places) {
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                if (tree instanceof J.MethodInvocation && (ARGUMENTS_OF.matches((J.MethodInvocation) tree)
                        || ARGUMENTS.matches((J.MethodInvocation) tree))
                        && getCursor().firstEnclosing(J.MethodDeclaration.class) == factory) {
                    List<Expression> arguments = ((J.MethodInvocation) tree).getArguments();
                    for (int place : places) {
                        if (place < arguments.size()) {
                            statusParameterValues.add(arguments.get(place).getId());
                        }
                    }
                }
            }
        }.scan(factory);
    }

    /**
     * JUnit's {@code Arguments.of} and its other name, {@code arguments}, for a static import; not
     * {@code argumentSet}, whose first argument is a name.
     */
    private static final MethodMatcher ARGUMENTS_OF = new MethodMatcher("org.junit.jupiter.params.provider.Arguments of(..)");
    private static final MethodMatcher ARGUMENTS = new MethodMatcher("org.junit.jupiter.params.provider.Arguments arguments(..)");

    /**
     * The place of the parameter an identifier in a method names, or -1 if it names none; which
     * methods are parameterized tests {@link #findValues} sees. Of the names of locals and parameters, only the parameter's can be spelled so in the
     * test's own body: a local may not shadow it, and a nested method is another test.
     */
    private static int fedParameter(J.Identifier identifier, J.MethodDeclaration test) {
        List<Statement> parameters = test.getParameters();
        for (int place = 0; place < parameters.size(); place++) {
            if (parameters.get(place) instanceof J.VariableDeclarations && ((J.VariableDeclarations) parameters.get(place))
                    .getVariables().get(0).getSimpleName().equals(identifier.getSimpleName())) {
                return place;
            }
        }
        return -1;
    }

    /** The value of a method's {@code @ValueSource(ints = ...)}, or {@code null} if it has none. */
    private static Expression valueSourceInts(J.MethodDeclaration method) {
        J.Annotation valueSource = annotation(method, VALUE_SOURCE);
        return valueSource == null ? null : attribute(valueSource, "ints");
    }

    /**
     * The names of the factories a test's {@code @MethodSource} names in its own class: the names it
     * gives, or the test's own where it gives none; not a factory of another class ({@code
     * Other#cases}) or one with parameters ({@code cases(int)}).
     */
    private static List<String> methodSources(J.Annotation methodSource, J.MethodDeclaration test) {
        List<String> names = new ArrayList<>();
        Expression value = attribute(methodSource, "value");
        List<Expression> given = value == null ? new ArrayList<>()
                : value instanceof J.NewArray && ((J.NewArray) value).getInitializer() != null
                ? ((J.NewArray) value).getInitializer() : java.util.Collections.singletonList(value);
        for (Expression name : given) {
            if (name instanceof J.Literal && FACTORY_NAME.matcher((String) ((J.Literal) name).getValue()).matches()) {
                names.add((String) ((J.Literal) name).getValue());
            }
        }
        if (given.isEmpty()) {
            names.add(test.getSimpleName());
        }
        return names;
    }

    /** A factory's name that names a method of the test's own class without parameters. */
    private static final Pattern FACTORY_NAME = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*");

    /** A method's annotation of the type given, or {@code null}. */
    private static J.Annotation annotation(J.MethodDeclaration method, String type) {
        for (J.Annotation annotation : method.getLeadingAnnotations()) {
            if (TypeUtils.isOfClassType(annotation.getType(), type)) {
                return annotation;
            }
        }
        return null;
    }

    /** The value of an annotation's attribute, {@code value} also where it is written alone, or {@code null} if it has none. */
    private static Expression attribute(J.Annotation annotation, String name) {
        for (Expression argument : annotation.getArguments() == null ? new ArrayList<Expression>() : annotation.getArguments()) {
            if (argument instanceof J.Assignment && ((J.Assignment) argument).getVariable() instanceof J.Identifier
                    && ((J.Identifier) ((J.Assignment) argument).getVariable()).getSimpleName().equals(name)) {
                return ((J.Assignment) argument).getAssignment();
            }
            if (name.equals("value") && !(argument instanceof J.Assignment) && !(argument instanceof J.Empty)) {
                return argument;
            }
        }
        return null;
    }

    private static final String VALUE_SOURCE = "org.junit.jupiter.params.provider.ValueSource";
    private static final String METHOD_SOURCE = "org.junit.jupiter.params.provider.MethodSource";

    /** Whether the literal is a value that feeds a parameterized test's status parameter. */
    private boolean isStatusParameterValue(J.Literal literal) {
        return statusParameterValues.contains(literal.getId());
    }

    private Map<UUID, StatusConstantWriter.Replacement> findLiterals(J.CompilationUnit unit) {
        Map<UUID, StatusConstantWriter.Replacement> found = new HashMap<>();
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                if (!(tree instanceof J.Literal)) {
                    return;
                }
                J.Literal literal = (J.Literal) tree;
                Object value = literal.getValue();
                if (value instanceof Integer) {
                    Optional<HttpStatus> status = HttpStatus.find((Integer) value);
                    if (status.isPresent() && (standsForAStatus(literal, getCursor()) || isStatusAttribute(getCursor())
                            || isStatusParameterValue(literal))) {
                        found.put(literal.getId(), new StatusConstantWriter.Replacement(CompatClass.INTS, status.get().name(), false));
                    }
                } else if (value instanceof String && DECIMAL_CODE.matcher((String) value).matches()) {
                    Optional<HttpStatus> status = HttpStatus.find(Integer.parseInt((String) value));
                    if (status.isPresent() && (isStatusAttribute(getCursor()) || isSetterStatus(literal, getCursor()))) {
                        found.put(literal.getId(), new StatusConstantWriter.Replacement(CompatClass.STRINGS, status.get().name(), false));
                    }
                }
            }
        }.scan(unit);
        return found;
    }

    /** A status line as HTTP/1.x writes it, such as {@code HTTP/1.1 200 OK}, anywhere in a string. */
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/[0-9](\\.[0-9])? [1-5][0-9][0-9]\\b");
    /** The start of a status line, before its code, at the end of a string: {@code "HTTP/1.1 " + 200}. */
    private static final Pattern STATUS_LINE_START = Pattern.compile("HTTP/[0-9](\\.[0-9])? $");

    private Map<UUID, String> findLeftInStatusPositions(J.CompilationUnit unit) {
        Map<UUID, String> found = new HashMap<>();
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                if (!(tree instanceof J.Literal)) {
                    return;
                }
                J.Literal literal = (J.Literal) tree;
                String why = whyLeft(literal, getCursor());
                if (why != null) {
                    found.put(literal.getId(), why);
                }
            }
        }.scan(unit);
        return found;
    }

    /** Why a literal that stands where a status does is left as it is, or {@code null} if it does not or is not left. */
    private String whyLeft(J.Literal literal, Cursor cursor) {
        Object value = literal.getValue();
        Object parent = cursor.getParentTreeCursor().getValue();
        if (value instanceof String) {
            String text = (String) value;
            if (STATUS_LINE.matcher(text).find()) {
                return "a status line in a string";
            }
            boolean unregistered = DECIMAL_CODE.matcher(text).matches() && !HttpStatus.find(Integer.parseInt(text)).isPresent();
            return unregistered && (isStatusAttribute(cursor) || isSetterStatus(literal, cursor))
                    ? UNREGISTERED : null;
        }
        if (!(value instanceof Integer) || (Integer) value < 100 || (Integer) value > 599) {
            return null;
        }
        if (parent instanceof J.Binary) {
            J.Binary binary = (J.Binary) parent;
            Expression other = binary.getLeft() == literal ? binary.getRight() : binary.getLeft();
            if (RANGE_COMPARISONS.contains(binary.getOperator()) && isStatusRead(other)) {
                return "a bound of a range of statuses: a status class says it, as StatusCode.of(status).statusClass()";
            }
            if (binary.getOperator() == J.Binary.Type.Addition && binary.getRight() == literal
                    && binary.getLeft() instanceof J.Literal && ((J.Literal) binary.getLeft()).getValue() instanceof String
                    && STATUS_LINE_START.matcher((String) ((J.Literal) binary.getLeft()).getValue()).find()) {
                return "the code of a status line in a string";
            }
        }
        boolean unregistered = !HttpStatus.find((Integer) value).isPresent();
        return unregistered && (standsForAStatus(literal, cursor) || isStatusAttribute(cursor) || isStatusParameterValue(literal))
                ? UNREGISTERED : null;
    }

    private static final String UNREGISTERED = "a code nobody registered, where a status stands: no constant has it";

    private static final Set<J.Binary.Type> RANGE_COMPARISONS = java.util.EnumSet.of(J.Binary.Type.LessThan,
            J.Binary.Type.LessThanOrEqual, J.Binary.Type.GreaterThan, J.Binary.Type.GreaterThanOrEqual);

    /** Whether the literal at the cursor is the value of an annotation attribute that holds a status. */
    private boolean isStatusAttribute(Cursor literal) {
        Cursor assignment = literal.getParentTreeCursor();
        if (assignment.getValue() instanceof J.NewArray) {
            // An element of an array attribute, as Feign's codes = {404, 410}.
            assignment = assignment.getParentTreeCursor();
        }
        if (!(assignment.getValue() instanceof J.Assignment)) {
            return false;
        }
        Expression name = ((J.Assignment) assignment.getValue()).getVariable();
        Object annotation = assignment.getParentTreeCursor().getValue();
        return name instanceof J.Identifier && annotation instanceof J.Annotation
                && methods.isStatusAttribute((J.Annotation) annotation, ((J.Identifier) name).getSimpleName());
    }

    /** Whether a literal, or a name of a test's parameter, at the cursor stands where a status does. */
    private boolean standsForAStatus(Expression literal, Cursor cursor) {
        Cursor parentCursor = cursor.getParentTreeCursor();
        Object parent = parentCursor.getValue();
        if (parent instanceof J.Binary) {
            J.Binary comparison = (J.Binary) parent;
            J.Binary.Type operator = comparison.getOperator();
            Expression other = comparison.getLeft() == literal ? comparison.getRight() : comparison.getLeft();
            return (operator == J.Binary.Type.Equal || operator == J.Binary.Type.NotEqual) && isStatusRead(other);
        }
        if (parent instanceof J.Case) {
            // A label, not the result of an arrow case: the case sits in the block of a switch statement or expression.
            Object statement = parentCursor.getParentTreeCursor().getParentTreeCursor().getValue();
            Expression selector = statement instanceof J.Switch ? ((J.Switch) statement).getSelector().getTree()
                    : statement instanceof J.SwitchExpression
                            ? ((J.SwitchExpression) statement).getSelector().getTree() : null;
            return ((J.Case) parent).getCaseLabels().stream().anyMatch(label -> label == literal) && isStatusRead(selector);
        }
        Expression argument = literal;
        if (parent instanceof J.MethodInvocation && methods.is(StatusMethods.Kind.MATCHER, (J.MethodInvocation) parent)) {
            // equalTo(404) stands for 404 wherever 404 would stand.
            argument = (J.MethodInvocation) parent;
            parent = parentCursor.getParentTreeCursor().getValue();
        }
        return parent instanceof J.NewClass ? methods.isSetterStatus((J.NewClass) parent, argument)
                : parent instanceof J.MethodInvocation && isStatusArgument((J.MethodInvocation) parent, argument);
    }

    /** Whether the literal at the cursor is the status argument of a setter: of a method, a constructor or {@code super(...)}. */
    private boolean isSetterStatus(J.Literal literal, Cursor cursor) {
        Object parent = cursor.getParentTreeCursor().getValue();
        return parent instanceof MethodCall && methods.isSetterStatus((MethodCall) parent, literal);
    }

    /** Whether an argument of an invocation is a status, by what the invoked method does. */
    private boolean isStatusArgument(J.MethodInvocation invocation, Expression argument) {
        List<Expression> arguments = invocation.getArguments();
        if (methods.isSetterStatus(invocation, argument)) {
            return true;
        }
        if (methods.is(StatusMethods.Kind.COMPARE, invocation)) {
            // Every such assertion compares two values: it has at least two arguments after its message.
            int expected = startsWithAMessage(invocation) ? 1 : 0;
            Expression first = arguments.get(expected);
            Expression second = arguments.get(expected + 1);
            return first == argument && isStatusRead(second) || second == argument && isStatusRead(first);
        }
        if (methods.is(StatusMethods.Kind.SUBJECT_COMPARE, invocation) && invocation.getSelect() instanceof J.MethodInvocation) {
            J.MethodInvocation subject = (J.MethodInvocation) invocation.getSelect();
            return methods.is(StatusMethods.Kind.SUBJECT, subject) && isStatusRead(subject.getArguments().get(0));
        }
        return false;
    }

    /** Whether an assertion's first parameter is its message, as in JUnit 4's {@code assertEquals(String, long, long)}. */
    private static boolean startsWithAMessage(J.MethodInvocation invocation) {
        JavaType.Method method = invocation.getMethodType();
        return method != null && invocation.getArguments().size() >= 3 && !method.getParameterTypes().isEmpty()
                && TypeUtils.isString(method.getParameterTypes().get(0));
    }

    /** Whether an expression reads a status from a response, directly or through a status variable. */
    private boolean isStatusRead(Expression expression) {
        Expression unwrapped = unwrap(expression);
        if (unwrapped instanceof J.MethodInvocation) {
            return methods.is(StatusMethods.Kind.READ, (J.MethodInvocation) unwrapped);
        }
        return statusVariables.contains(declarationOf(unwrapped));
    }

    /** The declaration of the local variable an expression names, through parentheses, or {@code null} if it names none. */
    private UUID declarationOf(Expression expression) {
        Expression unwrapped = unwrap(expression);
        return unwrapped instanceof J.Identifier ? declarations.get(unwrapped.getId()) : null;
    }

    private static Expression unwrap(Expression expression) {
        Expression unwrapped = expression;
        while (unwrapped instanceof J.Parentheses) {
            unwrapped = (Expression) ((J.Parentheses<?>) unwrapped).getTree();
        }
        return unwrapped;
    }
}
