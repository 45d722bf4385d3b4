package io.github.httpstatus.rewrite;

import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

/** The legacy constant a visitor replaces everywhere in a file, so that its name is no longer taken there. */
final class ReplacedConstant {

    /** For a visitor that replaces no constant. */
    static final ReplacedConstant NONE = new ReplacedConstant("", "");

    private final String owner;
    private final String name;

    ReplacedConstant(String owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /** Whether a name's attributed field is this constant. */
    boolean matches(JavaType.Variable field) {
        return field != null && field.getName().equals(name) && TypeUtils.isOfClassType(field.getOwner(), owner);
    }

    /** Whether a static import names this constant. */
    boolean matches(String importedType, String member) {
        return importedType.equals(owner) && member.equals(name);
    }
}
