package io.github.httpstatus.rewrite;

import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

/** The classes of {@code http-status-client-compat} whose constants the recipes write. */
enum OurConstants {
    /** {@code HttpStatusCodes}: the codes as {@code int}. */
    INTS("io.github.httpstatus.client.HttpStatusCodes", JavaType.Primitive.Int),
    /** {@code HttpStatusCodeStrings}: the codes as {@code String}, for annotations. */
    STRINGS("io.github.httpstatus.client.HttpStatusCodeStrings", JavaType.Primitive.String);

    private final String className;
    private final JavaType.FullyQualified type;
    private final JavaType.Primitive valueType;

    OurConstants(String className, JavaType.Primitive valueType) {
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

    /** Whether a type is one of our classes. */
    static boolean isOurs(JavaType type) {
        for (OurConstants ours : values()) {
            if (TypeUtils.isOfClassType(type, ours.className)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a fully qualified class name is one of ours. */
    static boolean isOurs(String className) {
        for (OurConstants ours : values()) {
            if (ours.className.equals(className)) {
                return true;
            }
        }
        return false;
    }
}
