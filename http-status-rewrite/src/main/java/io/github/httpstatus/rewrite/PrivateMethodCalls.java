package io.github.httpstatus.rewrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Statement;

/**
 * The private methods of a compilation unit whose every call is in it and seen: a private method
 * can be called from its own file only, so the calls the file holds are all there are. A method is
 * left out where that is not certain: where it takes varargs (a call's arguments then do not match
 * the parameters place by place), where it is named by a method reference, where it shares its
 * class, name and number of parameters with another, or where a call of its name has no type.
 */
final class PrivateMethodCalls {

    /** A private method's parameters, by place, and the arguments of each of its calls. */
    static final class Method {
        /** The declaration of each parameter, by place. */
        final List<UUID> parameters;
        /** The arguments of each call, each list by place. */
        final List<List<Expression>> calls = new ArrayList<>();

        Method(List<UUID> parameters) {
            this.parameters = parameters;
        }
    }

    private PrivateMethodCalls() {
    }

    /**
     * The private methods of a unit, each with every call it has.
     *
     * @param unit the unit
     * @return the methods whose calls are all known, each called at least once
     */
    static List<Method> of(J.CompilationUnit unit) {
        Map<String, Method> methods = new HashMap<>();
        Map<String, List<List<Expression>>> calls = new HashMap<>();
        Set<String> uncertain = new HashSet<>();
        Set<String> unattributedNames = new HashSet<>();
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                if (tree instanceof J.MethodDeclaration) {
                    J.MethodDeclaration method = (J.MethodDeclaration) tree;
                    if (method.hasModifier(J.Modifier.Type.Private) && method.getMethodType() != null) {
                        String key = key(method.getMethodType());
                        if (methods.put(key, new Method(parameters(method))) != null || takesVarargs(method)) {
                            uncertain.add(key);
                        }
                    }
                } else if (tree instanceof J.MethodInvocation) {
                    J.MethodInvocation call = (J.MethodInvocation) tree;
                    if (call.getMethodType() == null) {
                        unattributedNames.add(call.getSimpleName());
                    } else {
                        calls.computeIfAbsent(key(call.getMethodType()), key -> new ArrayList<>()).add(call.getArguments());
                    }
                } else if (tree instanceof J.MemberReference && ((J.MemberReference) tree).getMethodType() != null) {
                    uncertain.add(key(((J.MemberReference) tree).getMethodType()));
                }
            }
        }.scan(unit);
        List<Method> known = new ArrayList<>();
        methods.forEach((key, method) -> {
            String name = key.substring(key.indexOf('#') + 1, key.indexOf('/'));
            if (!uncertain.contains(key) && !unattributedNames.contains(name) && calls.containsKey(key)) {
                method.calls.addAll(calls.get(key));
                known.add(method);
            }
        });
        return known;
    }

    /** A method by its class, name and number of parameters: a call's types may be a generic method's, substituted. */
    private static String key(JavaType.Method method) {
        return method.getDeclaringType().getFullyQualifiedName() + "#" + method.getName() + "/" + method.getParameterTypes().size();
    }

    private static List<UUID> parameters(J.MethodDeclaration method) {
        List<UUID> parameters = new ArrayList<>();
        for (Statement parameter : method.getParameters()) {
            if (parameter instanceof J.VariableDeclarations) {
                parameters.add(((J.VariableDeclarations) parameter).getVariables().get(0).getId());
            }
        }
        return parameters;
    }

    private static boolean takesVarargs(J.MethodDeclaration method) {
        List<Statement> parameters = method.getParameters();
        Statement last = parameters.get(parameters.size() - 1);
        return last instanceof J.VariableDeclarations && ((J.VariableDeclarations) last).getVarargs() != null;
    }
}
