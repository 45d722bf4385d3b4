package io.github.httpstatus.rewrite;

import java.util.Collections;
import java.util.Map;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

/**
 * The constants of a legacy class that a recipe replaces wherever a file names them, and the
 * constant of ours that replaces each: once the recipe has run, their names are no longer taken in
 * that file.
 */
final class LegacyConstants {

    /** For a recipe that replaces no legacy constant. */
    static final LegacyConstants NONE = new LegacyConstants("", Collections.emptyMap());

    private final String owner;
    private final Map<String, String> ours;

    /**
     * @param owner the class that declares the constants, fully qualified
     * @param ours each constant's simple name, and the name of our {@code HttpStatusCodes} constant of its value
     */
    LegacyConstants(String owner, Map<String, String> ours) {
        this.owner = owner;
        this.ours = ours;
    }

    /** The class that declares the constants, fully qualified, or empty for {@link #NONE}. */
    String owner() {
        return owner;
    }

    /** The name of our constant that replaces a legacy constant, or {@code null} if none does. */
    String oursFor(String legacyName) {
        return ours.get(legacyName);
    }

    /** Whether a name's attributed field is one of these constants. */
    boolean matches(JavaType.Variable field) {
        return field != null && ours.containsKey(field.getName()) && TypeUtils.isOfClassType(field.getOwner(), owner);
    }

    /** Whether a static import names one of these constants. */
    boolean matches(String importedType, String member) {
        return importedType.equals(owner) && ours.containsKey(member);
    }
}
