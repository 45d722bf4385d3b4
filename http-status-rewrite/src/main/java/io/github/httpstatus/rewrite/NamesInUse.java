package io.github.httpstatus.rewrite;

import io.github.httpstatus.HttpStatus;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.openrewrite.ExecutionContext;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeUtils;

/**
 * The simple names a compilation unit already gives a meaning to, so that a reference to a constant
 * of {@code HttpStatusCodes} is written in a form that resolves to that constant and takes no name
 * from anything else. It errs towards "taken": a name taken needlessly only costs a qualifier.
 *
 * <p>A name counts as taken when the unit mentions it for anything but our class or constants and
 * the legacy constants being replaced (a field, local, parameter, lambda or pattern variable, type,
 * method, import), or when a class declared in the unit inherits a field of that name.
 */
final class NamesInUse {

    /** The first name of our classes' package. */
    private static final String CONSTANTS_TOP_PACKAGE = "io";

    /** Every name of a constant of {@code HttpStatusCodes}: the enum's members and aliases. */
    private static final Set<String> CONSTANT_NAMES = constantNames();

    /** How a constant of ours may be written. */
    enum Form {
        /** {@code OK}, with {@code import static ...HttpStatusCodes.OK}. */
        STATIC_IMPORT,
        /** {@code HttpStatusCodes.OK}, with {@code import ...HttpStatusCodes}. */
        TYPE_IMPORT,
        /** {@code io.github.httpstatus.client.HttpStatusCodes.OK}, with no import. */
        FULLY_QUALIFIED
    }

    private final Set<String> taken = new HashSet<>();
    /** Names of variables and fields somewhere in the unit: such a name obscures a package of that name. */
    private final Set<String> notPackages = new HashSet<>();
    /**
     * Whether a static import of ours may stand beside the unit's other static imports: not where
     * another class's wildcard shares a name with ours, which a wildcard of ours would make ambiguous.
     */
    private boolean staticImportsFit = true;

    private NamesInUse() {
    }

    /**
     * Reads a compilation unit.
     *
     * @param unit the unit, as the recipe found it
     * @param replaced the legacy constants the recipe replaces everywhere in the unit, whose names are
     *     therefore not taken; {@link ReplacedConstants#NONE} for a recipe that replaces no constant
     * @return the names in use there
     */
    static NamesInUse of(J.CompilationUnit unit, ReplacedConstants replaced) {
        NamesInUse names = new NamesInUse();
        for (J.Import anImport : unit.getImports()) {
            names.read(anImport, replaced);
        }
        new JavaIsoVisitor<ExecutionContext>() {
            @Override
            public J preVisit(J tree, ExecutionContext ctx) {
                if (tree instanceof J.Package || tree instanceof J.Import) {
                    // Read above; their names name packages and imported members, not scopes.
                    stopAfterPreVisit();
                } else if (tree instanceof J.FieldAccess && replaced.matches(((J.FieldAccess) tree).getName().getFieldType())
                        && namesAType(((J.FieldAccess) tree).getTarget())) {
                    // Replaced whole, class name and all: Google's HttpStatusCodes.STATUS_CODE_OK
                    // does not keep its class's name once it is ours.
                    stopAfterPreVisit();
                } else if (tree instanceof J.Identifier) {
                    names.mention((J.Identifier) tree, replaced);
                } else if (tree instanceof J.ClassDeclaration) {
                    names.inherit(((J.ClassDeclaration) tree).getType());
                } else if (tree instanceof J.NewClass && ((J.NewClass) tree).getBody() != null) {
                    names.inherit(TypeUtils.asFullyQualified(((J.NewClass) tree).getType()));
                }
                return tree;
            }
        }.visit(unit, null);
        return names;
    }

    /**
     * The form to write one of our constants in, or {@code null} where no form is safe (our class's
     * simple name and its package's first name are both taken): the code is then left as it is.
     *
     * @param ours the class of the constant
     * @param constant the constant's name, such as {@code OK}
     * @param staticImportWanted whether the code being replaced named its constant by a static import
     */
    Form formOf(OurConstants ours, String constant, boolean staticImportWanted) {
        if (staticImportWanted && staticImportsFit && !taken.contains(constant)) {
            return Form.STATIC_IMPORT;
        }
        if (!taken.contains(ours.simpleName())) {
            return Form.TYPE_IMPORT;
        }
        return notPackages.contains(CONSTANTS_TOP_PACKAGE) ? null : Form.FULLY_QUALIFIED;
    }

    private void read(J.Import anImport, ReplacedConstants replaced) {
        String type = anImport.getTypeName();
        String member = anImport.getQualid().getSimpleName();
        if (OurConstants.isOurs(type)) {
            return;
        }
        if (!anImport.isStatic()) {
            // A class imported by name that shares our class's simple name: AddImport sees it and
            // writes ours fully qualified. One imported on demand is taken only where it is used.
            return;
        }
        if (!member.equals("*")) {
            if (!replaced.matches(type, member)) {
                taken.add(member);
                notPackages.add(member);
            }
            return;
        }
        JavaType.FullyQualified owner = TypeUtils.asFullyQualified(anImport.getQualid().getTarget().getType());
        if (owner == null) {
            staticImportsFit = false;
            return;
        }
        Set<String> imported = new HashSet<>();
        fieldsOf(owner, imported, new HashSet<>());
        notPackages.addAll(imported);
        if (!Collections.disjoint(imported, CONSTANT_NAMES)) {
            staticImportsFit = false;
        }
    }

    /** A name the unit uses: taken, unless it is ours or a constant being replaced. */
    private void mention(J.Identifier identifier, ReplacedConstants replaced) {
        JavaType.Variable variable = identifier.getFieldType();
        boolean ours = OurConstants.isOurs(variable != null ? variable.getOwner() : identifier.getType());
        if (!ours && !replaced.matches(variable)) {
            taken.add(identifier.getSimpleName());
            if (variable != null) {
                notPackages.add(identifier.getSimpleName());
            }
        }
    }

    /** Whether a qualifier names a class, rather than a variable or a call whose evaluation counts. */
    static boolean namesAType(Expression qualifier) {
        JavaType.Variable variable = qualifier instanceof J.Identifier ? ((J.Identifier) qualifier).getFieldType()
                : qualifier instanceof J.FieldAccess ? ((J.FieldAccess) qualifier).getName().getFieldType() : null;
        boolean nameOfSomething = qualifier instanceof J.Identifier || qualifier instanceof J.FieldAccess;
        return nameOfSomething && variable == null && TypeUtils.asFullyQualified(qualifier.getType()) != null;
    }

    /** Every field a class declared in the unit has or inherits shadows a static import of its name. */
    private void inherit(JavaType.FullyQualified type) {
        Set<String> fields = new HashSet<>();
        fieldsOf(type, fields, new HashSet<>());
        taken.addAll(fields);
        notPackages.addAll(fields);
    }

    private static void fieldsOf(JavaType.FullyQualified type, Set<String> fields, Set<String> seen) {
        if (type == null || !seen.add(type.getFullyQualifiedName())) {
            return;
        }
        type.getMembers().forEach(field -> fields.add(field.getName()));
        fieldsOf(type.getSupertype(), fields, seen);
        type.getInterfaces().forEach(anInterface -> fieldsOf(anInterface, fields, seen));
    }

    private static Set<String> constantNames() {
        Set<String> names = new HashSet<>();
        for (Field field : HttpStatus.class.getFields()) {
            if (field.getType() == HttpStatus.class && Modifier.isStatic(field.getModifiers())) {
                names.add(field.getName());
            }
        }
        return names;
    }
}
