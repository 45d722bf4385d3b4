package io.github.httpstatus.rewrite;

import java.util.Collections;
import java.util.Set;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

/** The legacy constants a visitor replaces everywhere in a file, so that their names are no longer taken there. */
final class ReplacedConstants {

    /** For a visitor that replaces no constant. */
    static final ReplacedConstants NONE = new ReplacedConstants("", Collections.emptySet());

    private final String owner;
    private final Set<String> names;

    /**
     * @param owner the class that declares the constants, fully qualified
     * @param names their simple names
     */
    ReplacedConstants(String owner, Set<String> names) {
        this.owner = owner;
        this.names = names;
    }

    /** Whether a name's attributed field is one of these constants. */
    boolean matches(JavaType.Variable field) {
        return field != null && names.contains(field.getName()) && TypeUtils.isOfClassType(field.getOwner(), owner);
    }

    /** Whether a static import names one of these constants. */
    boolean matches(String importedType, String member) {
        return importedType.equals(owner) && names.contains(member);
    }
}
