package io.github.httpstatus.rewrite;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.openrewrite.Cursor;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaSourceFile;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.TypeTree;
import org.openrewrite.java.tree.TypeUtils;

/**
 * Everything a simple name the recipes write may mean somewhere in a compilation unit, by the JLS's
 * rules of scope (6.3), shadowing and obscuring (6.4) and the meaning of names (6.5), so that a
 * constant of ours is written in a form that denotes that constant wherever it stands and changes
 * what no other name denotes. The recipes write three names: our constant's ({@code OK}, by a
 * single static import), our class's ({@code HttpStatusCodes}, by a single-type import) and our
 * package's first ({@code io}, in the fully qualified form).
 *
 * <p>It takes the union over the whole unit, which holds what is in scope at any one place: every
 * name the unit declares or mentions; every field and member type that a class declared in the
 * unit (an anonymous class's too) inherits from any supertype, in the unit, another source or a
 * library; the members each import brings; the types of the unit's package and of {@code
 * java.lang}. What it cannot know, such as the member types of a supertype that neither a source
 * nor the class path shows, counts as taking every name it could take. A name taken needlessly only
 * costs a qualifier.
 */
final class NamesInScope {

    /** How a constant of ours may be written. */
    enum Form {
        /** {@code OK}, with {@code import static ...HttpStatusCodes.OK}. */
        STATIC_IMPORT,
        /** {@code HttpStatusCodes.OK}, with {@code import ...HttpStatusCodes}. */
        TYPE_IMPORT,
        /** {@code io.github.httpstatus.client.HttpStatusCodes.OK}, with no import. */
        FULLY_QUALIFIED
    }

    /** Names the unit mentions for something other than one of our classes or their constants. */
    private final Set<String> mentionedOtherwise = new HashSet<>();
    /** Names the unit mentions for one of our classes or its constants, by class. */
    private final Map<CompatClass, Set<String>> mentionedAsOurs = new EnumMap<>(CompatClass.class);
    /** Whether the unit mentions a variable or type named {@code io}, or a name of that spelling it cannot resolve. */
    private boolean ioMentioned;

    /** Simple names of the types the unit's single-type imports bring, but ours and a legacy class on its way out. */
    private final Set<String> typesImported = new HashSet<>();
    /** Our classes whose constants a static import on demand brings. */
    private final Set<CompatClass> oursOnDemand = EnumSet.noneOf(CompatClass.class);

    /** Names of fields that are, or may be, in scope without a mention: inherited or imported on demand. */
    private final Scope variables = new Scope();
    /** Names of types that are, or may be, in scope without a mention: inherited, imported on demand, the package's. */
    private final Scope types = new Scope();

    private NamesInScope() {
    }

    /**
     * Reads a compilation unit.
     *
     * @param unit the unit as the recipe found it
     * @param replaced the legacy constants the recipe replaces everywhere in the unit, whose names
     *     and whose class's import are therefore not taken by them; {@link LegacyConstants#NONE} for
     *     a recipe that replaces no constant
     * @param known what the unit's compilation sees beyond the unit
     * @return the names in scope there
     */
    static NamesInScope of(JavaSourceFile unit, LegacyConstants replaced, KnownTypes known) {
        NamesInScope names = new NamesInScope();
        for (CompatClass compat : CompatClass.values()) {
            names.mentionedAsOurs.put(compat, new HashSet<>());
        }
        for (J.Import anImport : unit.getImports()) {
            names.readImport(anImport, replaced, known);
        }
        String packageName = DeclaredTypes.packageOf(unit);
        names.types.addAll(known.typesOfPackage(packageName),
                packageName.isEmpty() ? "the types of the unnamed package" : "the types of package " + packageName);
        // java.lang is imported on demand too, and declares no type of the names we write (KnownTypesTest holds that).
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                if (tree instanceof J.Package || tree instanceof J.Import) {
                    // Read above: their names are packages and imported members, not names in scope.
                    stopAfterPreVisit();
                } else if (tree instanceof J.FieldAccess && CompatClass.of(((J.FieldAccess) tree).getType()) != null
                        && ((J.FieldAccess) tree).getName().getFieldType() == null) {
                    // Our class by its qualified name: its first name is a package's, not a name in scope.
                    CompatClass compat = CompatClass.of(((J.FieldAccess) tree).getType());
                    names.mentionedAsOurs.get(compat).add(compat.simpleName());
                    stopAfterPreVisit();
                } else if (tree instanceof J.Identifier) {
                    names.mention((J.Identifier) tree, replaced, getCursor());
                } else if (tree instanceof J.ClassDeclaration) {
                    names.inherit((J.ClassDeclaration) tree, known);
                } else if (tree instanceof J.NewClass && ((J.NewClass) tree).getBody() != null
                        && ((J.NewClass) tree).getClazz() != null) {
                    // An anonymous class: what it inherits is its class's or interface's, and its body is
                    // in the unit. An enum constant's body (no class named) extends its enum, which is too.
                    names.inherit(TypeUtils.asFullyQualified(((J.NewClass) tree).getClazz().getType()), known, false);
                }
            }
        }.scan(unit);
        return names;
    }

    /**
     * The form to write one of our constants in, or {@code null} where no form is certain to mean
     * that constant and nothing else: the code is then left as it is.
     *
     * @param compat the class of the constant
     * @param constant the constant's name, such as {@code OK}
     * @param staticImportWanted whether the code being replaced named its constant by a static import
     */
    Form formOf(CompatClass compat, String constant, boolean staticImportWanted) {
        if (staticImportWanted && staticImportFree(compat, constant)) {
            return Form.STATIC_IMPORT;
        }
        if (typeImportFree(compat)) {
            return Form.TYPE_IMPORT;
        }
        return fullyQualifiedFree() ? Form.FULLY_QUALIFIED : null;
    }

    /** Why {@link #formOf} found no form for a constant of the class, for the run's report. */
    String whyNoForm(CompatClass compat) {
        String unknown = types.inheritedUnknown != null ? types.inheritedUnknown
                : variables.unknown != null ? variables.unknown : types.unknown;
        return "`" + compat.simpleName() + "` " + (unknown != null ? "may name" : "names") + " something else here"
                + ", and so may `" + CompatClass.TOP_PACKAGE + "`, which would hide the package of the qualified name"
                + (unknown != null ? " (" + unknown + " are not known)" : "");
    }

    /** {@code OK} by a single static import: no variable of that name may be in scope anywhere, nor be shadowed by it. */
    private boolean staticImportFree(CompatClass compat, String constant) {
        for (CompatClass other : CompatClass.values()) {
            if (other != compat && (oursOnDemand.contains(other) || mentionedAsOurs.get(other).contains(constant))) {
                // Our classes share their names: our single import of one would shadow the other's.
                return false;
            }
        }
        return !mentionedOtherwise.contains(constant) && variables.free(constant);
    }

    /**
     * {@code HttpStatusCodes.OK} by a single-type import: no variable (which would obscure the type)
     * nor a type of that name that a single-type import cannot shadow may be in scope, and no name
     * the unit uses may mean another type of that name, which the import would shadow.
     */
    private boolean typeImportFree(CompatClass compat) {
        String name = compat.simpleName();
        return !mentionedOtherwise.contains(name) && !typesImported.contains(name)
                && variables.free(name) && types.freeOfInherited(name);
    }

    /** {@code io.github...}: no variable or type named {@code io} may be in scope, which would obscure the package. */
    private boolean fullyQualifiedFree() {
        String io = CompatClass.TOP_PACKAGE;
        return !ioMentioned && !typesImported.contains(io) && variables.free(io) && types.free(io);
    }

    private void readImport(J.Import anImport, LegacyConstants replaced, KnownTypes known) {
        String type = anImport.getTypeName();
        String member = anImport.getQualid().getSimpleName();
        CompatClass compat = CompatClass.named(type);
        boolean onDemand = member.equals("*");
        if (!anImport.isStatic()) {
            if (onDemand) {
                JavaType.FullyQualified outer = TypeUtils.asFullyQualified(anImport.getQualid().getTarget().getType());
                if (outer != null) {
                    types.walkMemberTypes(outer, known, new HashSet<>(), false);
                } else {
                    types.addAll(known.typesOfPackage(anImport.getPackageName()), "the types of package " + anImport.getPackageName());
                }
            } else if (compat == null && !type.equals(replaced.owner())) {
                // A legacy class on its way out takes its name only where the unit still uses it.
                typesImported.add(member);
            }
            return;
        }
        if (!onDemand) {
            if (compat != null) {
                mentionedAsOurs.get(compat).add(member);
            } else if (!replaced.matches(type, member)) {
                mentionedOtherwise.add(member);
                typesImported.add(member);
            }
            return;
        }
        if (compat != null) {
            oursOnDemand.add(compat);
            return;
        }
        JavaType.FullyQualified owner = TypeUtils.asFullyQualified(anImport.getQualid().getTarget().getType());
        Set<String> fields = new HashSet<>();
        if (owner == null || owner instanceof JavaType.Unknown) {
            // A variable may obscure any name the recipes write: no form is certain.
            variables.unknown("the members of " + type, false);
            return;
        }
        fieldsOf(owner, fields, new HashSet<>());
        fields.removeIf(field -> replaced.matches(type, field));
        variables.names.addAll(fields);
        types.walkMemberTypes(owner, known, new HashSet<>(), false);
    }

    /** A name the unit uses or declares. */
    private void mention(J.Identifier identifier, LegacyConstants replaced, Cursor cursor) {
        String name = identifier.getSimpleName();
        JavaType.Variable variable = identifier.getFieldType();
        if (replaced.matches(variable)) {
            return;
        }
        CompatClass compat = CompatClass.of(variable != null ? variable.getOwner() : identifier.getType());
        if (compat != null && (variable != null || name.equals(compat.simpleName()))) {
            mentionedAsOurs.get(compat).add(name);
        } else {
            mentionedOtherwise.add(name);
        }
        if (name.equals(CompatClass.TOP_PACKAGE) && !isPackageName(identifier, cursor)) {
            ioMentioned = true;
        }
    }

    /**
     * Whether an identifier is the first name of a qualified name that javac resolved to no
     * variable or type: a package's, such as {@code io} in {@code io.undertow.util.StatusCodes},
     * which OpenRewrite types as unknown.
     */
    private static boolean isPackageName(J.Identifier identifier, Cursor cursor) {
        Object parent = cursor.getParentTreeCursor().getValue();
        return identifier.getFieldType() == null && identifier.getType() instanceof JavaType.Unknown
                && parent instanceof J.FieldAccess && ((J.FieldAccess) parent).getTarget() == identifier;
    }

    /** Whether a qualifier names a class, rather than a variable or a call whose evaluation counts. */
    static boolean namesAType(Expression qualifier) {
        JavaType.Variable variable = qualifier instanceof J.Identifier ? ((J.Identifier) qualifier).getFieldType()
                : qualifier instanceof J.FieldAccess ? ((J.FieldAccess) qualifier).getName().getFieldType() : null;
        boolean nameOfSomething = qualifier instanceof J.Identifier || qualifier instanceof J.FieldAccess;
        return nameOfSomething && variable == null && TypeUtils.asFullyQualified(qualifier.getType()) != null;
    }

    /** What a class declared in the unit inherits; a supertype javac could not find is missing from its type, so the clauses tell. */
    private void inherit(J.ClassDeclaration declaration, KnownTypes known) {
        List<TypeTree> supertypes = new ArrayList<>();
        if (declaration.getExtends() != null) {
            supertypes.add(declaration.getExtends());
        }
        if (declaration.getImplements() != null) {
            supertypes.addAll(declaration.getImplements());
        }
        for (TypeTree supertype : supertypes) {
            JavaType.FullyQualified type = TypeUtils.asFullyQualified(supertype.getType());
            if (type == null || type instanceof JavaType.Unknown) {
                // A variable may obscure any name the recipes write: no form is certain.
                variables.unknown("the members of " + supertype, true);
            }
        }
        inherit(declaration.getType(), known, true);
    }

    /**
     * The fields and member types a class declared in the unit has from itself and every supertype.
     *
     * @param type the class, or the class or interface an anonymous class extends
     * @param declaredInTheUnit whether the type itself is declared in the unit, so that its own member types are there
     */
    private void inherit(JavaType.FullyQualified type, KnownTypes known, boolean declaredInTheUnit) {
        if (type == null || type instanceof JavaType.Unknown) {
            variables.unknown("the members of a class whose type is not known", true);
            return;
        }
        Set<String> seen = new HashSet<>();
        fieldsOf(type, variables.names, seen);
        if (!declaredInTheUnit) {
            types.walkMemberTypes(type, known, new HashSet<>(), true);
            return;
        }
        // Its own member types are declared in the unit, local and anonymous classes' too; those
        // of its supertypes may be anywhere.
        Set<String> walked = new HashSet<>();
        walked.add(type.getFullyQualifiedName());
        if (type.getSupertype() != null) {
            types.walkMemberTypes(type.getSupertype(), known, walked, true);
        }
        for (JavaType.FullyQualified anInterface : type.getInterfaces()) {
            types.walkMemberTypes(anInterface, known, walked, true);
        }
    }

    /**
     * Adds the fields of a type and its supertypes. A supertype javac could not find is missing from
     * its type, not unknown in it: the unit's clauses and imports tell of those.
     */
    private static void fieldsOf(JavaType.FullyQualified type, Set<String> fields, Set<String> seen) {
        if (!seen.add(type.getFullyQualifiedName())) {
            return;
        }
        type.getMembers().forEach(field -> fields.add(field.getName()));
        if (type.getSupertype() != null) {
            fieldsOf(type.getSupertype(), fields, seen);
        }
        for (JavaType.FullyQualified anInterface : type.getInterfaces()) {
            fieldsOf(anInterface, fields, seen);
        }
    }

    /** Names of one kind that may be in scope, and what of them could not be known. */
    private static final class Scope {
        final Set<String> names = new HashSet<>();
        /** Member types a class declared in the unit inherits: a single-type import does not shadow them. */
        final Set<String> inherited = new HashSet<>();
        /** What could not be known, for the report; {@code null} if everything was. */
        String unknown;
        /** What a class inherits that could not be known; {@code null} if everything was. */
        String inheritedUnknown;

        void unknown(String what, boolean byInheritance) {
            if (unknown == null) {
                unknown = what;
            }
            if (byInheritance && inheritedUnknown == null) {
                inheritedUnknown = what;
            }
        }

        void addAll(Optional<Set<String>> some, String what) {
            if (some.isPresent()) {
                names.addAll(some.get());
            } else {
                unknown(what, false);
            }
        }

        boolean free(String name) {
            return unknown == null && !names.contains(name);
        }

        boolean freeOfInherited(String name) {
            return inheritedUnknown == null && !inherited.contains(name);
        }

        /** Adds the member types of a type and of its supertypes, which a class inherits or an import brings. */
        void walkMemberTypes(JavaType.FullyQualified type, KnownTypes known, Set<String> seen, boolean byInheritance) {
            if (!seen.add(type.getFullyQualifiedName())) {
                return;
            }
            Optional<Set<String>> members = known.memberTypesOf(type.getFullyQualifiedName());
            if (members.isPresent()) {
                names.addAll(members.get());
                if (byInheritance) {
                    inherited.addAll(members.get());
                }
            } else {
                unknown("the member types of " + type.getFullyQualifiedName(), byInheritance);
            }
            if (type.getSupertype() != null) {
                walkMemberTypes(type.getSupertype(), known, seen, byInheritance);
            }
            for (JavaType.FullyQualified anInterface : type.getInterfaces()) {
                walkMemberTypes(anInterface, known, seen, byInheritance);
            }
        }
    }
}
