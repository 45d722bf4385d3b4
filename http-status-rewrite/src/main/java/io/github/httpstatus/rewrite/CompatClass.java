package io.github.httpstatus.rewrite;

import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

/** A class of {@code http-status-client-compat} that the recipes write constants of. */
enum CompatClass {
    /** {@code HttpStatusCodes}: the codes as {@code int}. */
    INTS("io.github.httpstatus.client.HttpStatusCodes", JavaType.Primitive.Int),
    /** {@code HttpStatusCodeStrings}: the codes as {@code String}, for annotations. */
    STRINGS("io.github.httpstatus.client.HttpStatusCodeStrings", JavaType.Primitive.String);

    /** The first name of the package both classes are in, which a variable or type of that name obscures. */
    static final String TOP_PACKAGE = "io";

    private final String className;
    private final JavaType.FullyQualified type;
    private final JavaType.Primitive valueType;

    CompatClass(String className, JavaType.Primitive valueType) {
        this.className = className;
        this.type = JavaType.ShallowClass.build(className);
        this.valueType = valueType;
    }

    String className() {
        return className;
    }

    String simpleName() {
        return type.getClassName();
    }

    JavaType.FullyQualified type() {
        return type;
    }

    JavaType.Primitive valueType() {
        return valueType;
    }

    /** Whether a type is this class. */
    boolean is(JavaType candidate) {
        return TypeUtils.isOfClassType(candidate, className);
    }

    /** The class a type is, or {@code null} if it is neither of ours. */
    static CompatClass of(JavaType candidate) {
        for (CompatClass compat : values()) {
            if (compat.is(candidate)) {
                return compat;
            }
        }
        return null;
    }

    /** The class of a fully qualified name, or {@code null} if it is neither of ours. */
    static CompatClass named(String className) {
        for (CompatClass compat : values()) {
            if (compat.className.equals(className)) {
                return compat;
            }
        }
        return null;
    }
}
