package io.github.httpstatus.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Tree;
import org.openrewrite.internal.ListUtils;
import org.openrewrite.java.JavaVisitor;
import org.openrewrite.java.style.ImportLayoutStyle;
import org.openrewrite.java.style.IntelliJ;
import org.openrewrite.java.marker.JavaSourceSet;
import org.openrewrite.java.tree.Comment;
import org.openrewrite.java.tree.Expression;
import org.openrewrite.java.tree.Flag;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JLeftPadded;
import org.openrewrite.java.tree.JRightPadded;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Javadoc;
import org.openrewrite.java.tree.Space;
import org.openrewrite.java.tree.TextComment;
import org.openrewrite.java.tree.TypeTree;
import org.openrewrite.java.tree.TypeUtils;
import org.openrewrite.marker.Marker;
import org.openrewrite.marker.Markers;
import org.openrewrite.style.Style;

/**
 * Puts constants of ours in place of the expressions a recipe found in a compilation unit, each in
 * the form {@link NamesInScope} finds certain there, and brings the imports in line: a legacy import
 * nothing uses any more goes (its comments stay), a static import of a legacy constant becomes the
 * import of ours in its place, and the imports our constants need are added where the file's import
 * layout puts them, one by one, never folded into a wildcard, which would bring in every name of
 * our class and its {@code responses()} method.
 */
final class StatusConstantWriter {

    private static final long CONSTANT_FLAGS = Flag.flagsToBitMap(EnumSet.of(Flag.Public, Flag.Static, Flag.Final));

    /** An expression to replace, and the constant of ours to put in its place. */
    static final class Replacement {
        final CompatClass compat;
        final String constant;
        final boolean staticImportWanted;

        /**
         * @param compat the class of our constant
         * @param constant our constant's name, such as {@code OK}
         * @param staticImportWanted whether the code named what it replaces by a static import
         */
        Replacement(CompatClass compat, String constant, boolean staticImportWanted) {
            this.compat = compat;
            this.constant = constant;
            this.staticImportWanted = staticImportWanted;
        }
    }

    private StatusConstantWriter() {
    }

    /**
     * Writes the replacements into a unit.
     *
     * @param unit the unit as the recipe found it
     * @param replacements the expressions to replace, by the ids of their trees
     * @param legacy the legacy constants the recipe replaces, whose imports may go; {@link LegacyConstants#NONE} if none
     * @param known what the unit's compilation sees beyond the unit
     * @param report where to say what is left alone
     * @return the unit with the replacements and their imports, or the unit itself if none was made
     */
    static J.CompilationUnit write(J.CompilationUnit unit, Map<UUID, Replacement> replacements, LegacyConstants legacy,
            KnownTypes known, LeftAloneReport report, ExecutionContext ctx) {
        if (replacements.isEmpty()) {
            return unit;
        }
        NamesInScope names = NamesInScope.of(unit, legacy, known);
        Map<UUID, NamesInScope.Form> forms = new HashMap<>();
        Set<CompatClass> leftAlone = EnumSet.noneOf(CompatClass.class);
        replacements.forEach((id, replacement) -> {
            NamesInScope.Form form = names.formOf(replacement.compat, replacement.constant, replacement.staticImportWanted);
            if (form == null) {
                leftAlone.add(replacement.compat);
            } else {
                forms.put(id, form);
            }
        });
        for (CompatClass compat : leftAlone) {
            report.leftAlone(unit, "what it would have replaced by constants of " + compat.simpleName(),
                    names.whyNoForm(compat), ctx);
        }
        if (forms.isEmpty()) {
            return unit;
        }

        // By constant: a static import is wanted only where a legacy int constant was imported so, so
        // each name is of one class.
        Map<String, CompatClass> staticImports = new LinkedHashMap<>();
        Set<CompatClass> typeImports = EnumSet.noneOf(CompatClass.class);
        J.CompilationUnit replaced = (J.CompilationUnit) new JavaVisitor<Integer>() {
            @Override
            public J visitImport(J.Import anImport, Integer unused) {
                // Nothing found is in an import: the imports are brought in line afterwards.
                return anImport;
            }

            @Override
            public J preVisit(J tree, Integer unused) {
                NamesInScope.Form form = forms.get(tree.getId());
                if (form == null) {
                    return tree;
                }
                Replacement replacement = replacements.get(tree.getId());
                if (form == NamesInScope.Form.STATIC_IMPORT) {
                    staticImports.put(replacement.constant, replacement.compat);
                } else if (form == NamesInScope.Form.TYPE_IMPORT) {
                    typeImports.add(replacement.compat);
                }
                return reference(form, replacement.compat, replacement.constant).withPrefix(tree.getPrefix());
            }
        }.visitNonNull(unit, 0);

        J.CompilationUnit written = replaced;
        // One the file already imports, on demand or by name, needs no import again, nor to take a legacy one's line.
        staticImports.entrySet().removeIf(constant -> imports(written, constant.getValue().className(), constant.getKey()));
        if (legacy != LegacyConstants.NONE) {
            replaced = LegacyImports.replaceInPlace(replaced, legacy, staticImports);
        }
        for (Map.Entry<String, CompatClass> constant : staticImports.entrySet()) {
            replaced = addImport(replaced, constant.getValue().className(), constant.getKey());
        }
        for (CompatClass compat : typeImports) {
            replaced = addImport(replaced, compat.className(), null);
        }
        if (legacy != LegacyConstants.NONE) {
            // After ours are in: adding an import lays out the lines around it again, which would drop a
            // comment that a removed import left on the next line.
            replaced = LegacyImports.removeUnused(replaced, legacy);
        }
        return shortenQualified(replaced, known);
    }

    /** Our constant in a form, typed as javac would type it, so that later recipes in the run see what it is. */
    private static Expression reference(NamesInScope.Form form, CompatClass compat, String constant) {
        J.Identifier name = new J.Identifier(Tree.randomId(), Space.EMPTY, Markers.EMPTY, Collections.emptyList(),
                constant, compat.valueType(), new JavaType.Variable(null, CONSTANT_FLAGS, constant,
                        compat.type(), compat.valueType(), Collections.emptyList()));
        if (form == NamesInScope.Form.STATIC_IMPORT) {
            return name;
        }
        if (form == NamesInScope.Form.TYPE_IMPORT) {
            J.Identifier type = new J.Identifier(Tree.randomId(), Space.EMPTY, Markers.EMPTY, Collections.emptyList(),
                    compat.simpleName(), compat.type(), null);
            return new J.FieldAccess(Tree.randomId(), Space.EMPTY, Markers.EMPTY, type, JLeftPadded.build(name),
                    compat.valueType());
        }
        Expression type = TypeTree.<J.FieldAccess>build(compat.className()).withType(compat.type());
        return new J.FieldAccess(Tree.randomId(), Space.EMPTY, Markers.build(Collections.singletonList(
                new QualifiedForNow(Tree.randomId()))), type, JLeftPadded.build(name), compat.valueType());
    }

    /**
     * Marks a constant written fully qualified because our class's simple name was taken when it
     * was written: a later recipe of the run may free the name (Google's recipe takes its own
     * {@code HttpStatusCodes} away), and then the short form reads better.
     */
    static final class QualifiedForNow implements Marker {
        private final UUID id;

        QualifiedForNow(UUID id) {
            this.id = id;
        }

        @Override
        public UUID getId() {
            return id;
        }

        @Override
        @SuppressWarnings("unchecked") // Marker's signature: a marker's copy is of the marker's class
        public <M extends Marker> M withId(UUID id) {
            return (M) new QualifiedForNow(id);
        }
    }

    /** Writes our fully qualified constants short, with a type import, where the simple name has become free. */
    private static J.CompilationUnit shortenQualified(J.CompilationUnit unit, KnownTypes known) {
        Set<CompatClass> qualified = EnumSet.noneOf(CompatClass.class);
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                if (tree.getMarkers().findFirst(QualifiedForNow.class).isPresent()) {
                    qualified.add(classOf((J.FieldAccess) tree));
                }
            }
        }.scan(unit);
        if (qualified.isEmpty()) {
            return unit;
        }
        NamesInScope names = NamesInScope.of(unit, LegacyConstants.NONE, known);
        Set<CompatClass> shortened = EnumSet.noneOf(CompatClass.class);
        for (CompatClass compat : qualified) {
            if (names.formOf(compat, "", false) == NamesInScope.Form.TYPE_IMPORT) {
                shortened.add(compat);
            }
        }
        if (shortened.isEmpty()) {
            return unit;
        }
        J.CompilationUnit shortUnit = (J.CompilationUnit) new JavaVisitor<Integer>() {
            @Override
            public J visitFieldAccess(J.FieldAccess access, Integer unused) {
                if (access.getMarkers().findFirst(QualifiedForNow.class).isPresent() && shortened.contains(classOf(access))) {
                    CompatClass compat = classOf(access);
                    return reference(NamesInScope.Form.TYPE_IMPORT, compat, access.getSimpleName()).withPrefix(access.getPrefix());
                }
                return super.visitFieldAccess(access, unused);
            }
        }.visitNonNull(unit, 0);
        for (CompatClass compat : shortened) {
            shortUnit = addImport(shortUnit, compat.className(), null);
        }
        return shortUnit;
    }

    /** Whether a unit imports a type, or a type's static member by name or on demand ({@code member} not null). */
    private static boolean imports(J.CompilationUnit unit, String type, String member) {
        for (J.Import existing : unit.getImports()) {
            String name = existing.getQualid().getSimpleName();
            if (existing.isStatic() == (member != null) && existing.getTypeName().equals(type)
                    && (member == null || name.equals(member) || name.equals("*"))) {
                return true;
            }
        }
        return false;
    }

    /** The class of ours whose constant a reference we wrote names. */
    private static CompatClass classOf(J.FieldAccess reference) {
        return CompatClass.of(reference.getName().getFieldType().getOwner());
    }

    /**
     * Adds an import where the file's import layout puts it, never folding imports into a wildcard:
     * the layout style's own placement with its counts for folding raised out of reach. Not
     * OpenRewrite's {@code AddImport}, which also shortens qualified references to the imported
     * type's members, some of which are qualified on purpose.
     */
    private static J.CompilationUnit addImport(J.CompilationUnit unit, String type, String member) {
        if (imports(unit, type, member)) {
            return unit;
        }
        ImportLayoutStyle layout = Style.from(ImportLayoutStyle.class, unit);
        ImportLayoutStyle neverFolding = (layout == null ? IntelliJ.importLayout() : layout)
                .withClassCountToUseStarImport(Integer.MAX_VALUE)
                .withNameCountToUseStarImport(Integer.MAX_VALUE);
        J.Import added = new J.Import(Tree.randomId(), Space.EMPTY, Markers.EMPTY,
                new JLeftPadded<>(member == null ? Space.EMPTY : Space.SINGLE_SPACE, member != null, Markers.EMPTY),
                TypeTree.<J.FieldAccess>build(member == null ? type : type + "." + member).withPrefix(Space.SINGLE_SPACE), null);
        boolean first = unit.getImports().isEmpty();
        J.CompilationUnit withHeader = unit;
        if (first && unit.getPackageDeclaration() == null && !unit.getClasses().isEmpty()) {
            // A header comment above the first class, such as a licence, stays above the imports; its
            // Javadoc stays with it. After a package, what is above the class is the class's.
            Space classPrefix = unit.getClasses().get(0).getPrefix();
            added = added.withPrefix(classPrefix.withWhitespace("").withComments(ListUtils.map(classPrefix.getComments(),
                    comment -> comment instanceof Javadoc ? null : comment)));
            withHeader = unit.withClasses(ListUtils.mapFirst(unit.getClasses(), declaration -> declaration.withPrefix(classPrefix
                    .withComments(ListUtils.map(classPrefix.getComments(), comment -> comment instanceof Javadoc ? comment : null)))));
        }
        List<JavaType.FullyQualified> classpath = unit.getMarkers().findFirst(JavaSourceSet.class)
                .map(JavaSourceSet::getClasspath).orElse(Collections.emptyList());
        J.CompilationUnit imported = withHeader.getPadding().withImports(neverFolding.addImport(
                withHeader.getPadding().getImports(), added, withHeader.getPackageDeclaration(), classpath));
        if (first && !imported.getClasses().isEmpty()) {
            imported = imported.withClasses(ListUtils.mapFirst(imported.getClasses(), declaration ->
                    declaration.withPrefix(declaration.getPrefix().withWhitespace("\n\n"))));
        }
        return imported;
    }

    /** The imports of the legacy class, once its constants are replaced. */
    private static final class LegacyImports {

        private LegacyImports() {
        }

        /**
         * Puts the static import of ours in place of a static import of a legacy constant that
         * nothing uses any more, where ours is one of those to add (which it then no longer is):
         * the line keeps its place and its comments.
         */
        static J.CompilationUnit replaceInPlace(J.CompilationUnit unit, LegacyConstants legacy,
                Map<String, CompatClass> staticImports) {
            return edit(unit, legacy, staticImports, false);
        }

        /** Removes each import of the legacy class that nothing in the unit uses any more; its comments stay. */
        static J.CompilationUnit removeUnused(J.CompilationUnit unit, LegacyConstants legacy) {
            return edit(unit, legacy, Collections.emptyMap(), true);
        }

        private static J.CompilationUnit edit(J.CompilationUnit unit, LegacyConstants legacy, Map<String, CompatClass> staticImports,
                boolean removeUnused) {
            Set<String> stillUsed = membersStillUsed(unit, legacy.owner());
            List<JRightPadded<J.Import>> kept = new ArrayList<>();
            Space carried = null;
            boolean changed = false;
            for (JRightPadded<J.Import> padded : unit.getPadding().getImports()) {
                J.Import anImport = padded.getElement();
                if (carried != null) {
                    padded = padded.withElement(anImport.withPrefix(join(carried, anImport.getPrefix(), kept.isEmpty())));
                    anImport = padded.getElement();
                    carried = null;
                }
                String member = anImport.getQualid().getSimpleName();
                boolean used = !anImport.isStatic() ? stillUsed.contains(CLASS_ITSELF)
                        : member.equals("*") ? stillUsed.stream().anyMatch(name -> !name.equals(CLASS_ITSELF))
                        : stillUsed.contains(member);
                if (!anImport.getTypeName().equals(legacy.owner()) || used) {
                    kept.add(padded);
                    continue;
                }
                String ours = anImport.isStatic() ? legacy.oursFor(member) : null;
                if (ours != null && staticImports.remove(ours) != null) {
                    kept.add(padded.withElement(anImport.withQualid(TypeTree.<J.FieldAccess>build(
                            CompatClass.INTS.className() + "." + ours).withPrefix(anImport.getQualid().getPrefix()))));
                    changed = true;
                } else if (removeUnused) {
                    carried = anImport.getPrefix();
                    changed = true;
                } else {
                    kept.add(padded);
                }
            }
            if (!changed) {
                return unit;
            }
            J.CompilationUnit pruned = unit.getPadding().withImports(kept);
            if (carried != null && !pruned.getClasses().isEmpty()) {
                Space last = carried;
                boolean first = kept.isEmpty() && pruned.getPackageDeclaration() == null;
                pruned = pruned.withClasses(ListUtils.mapFirst(pruned.getClasses(),
                        type -> type.withPrefix(join(last, type.getPrefix(), first))));
            }
            return pruned;
        }

        /**
         * The prefix of what follows a removed import: the comments above the removed import, then
         * its own, one on the removed import's line moving to a line of its own. A blank line before
         * either is kept, unless the removed import was the first of the file.
         */
        private static Space join(Space removed, Space following, boolean removedWasFirst) {
            String leading = removedWasFirst ? removed.getWhitespace()
                    : newlines(Math.max(newlines(removed.getWhitespace()), newlines(following.getWhitespace())));
            return Space.format(leading + comments(removed) + comments(following));
        }

        private static int newlines(String whitespace) {
            return whitespace.split("\n", -1).length - 1;
        }

        private static String newlines(int count) {
            return String.join("", Collections.nCopies(count, "\n"));
        }

        /** A space's comments, each with what follows it up to the next, as source text. */
        private static String comments(Space space) {
            StringBuilder text = new StringBuilder();
            for (Comment comment : space.getComments()) {
                if (comment instanceof TextComment) {
                    TextComment textComment = (TextComment) comment;
                    text.append(textComment.isMultiline() ? "/*" + textComment.getText() + "*/" : "//" + textComment.getText());
                    text.append(comment.getSuffix());
                }
            }
            return text.toString();
        }
    }

    /** In {@link LegacyImports#membersStillUsed}: the legacy class named by its simple name, as by {@code import L;}. */
    private static final String CLASS_ITSELF = "";

    /** Whether an identifier names, by its simple name, a type the legacy class declares. */
    private static boolean isMemberTypeOf(J.Identifier identifier, String owner) {
        JavaType.FullyQualified type = TypeUtils.asFullyQualified(identifier.getType());
        return type != null && type.getOwningClass() != null && TypeUtils.isOfClassType(type.getOwningClass(), owner)
                && type.getClassName().endsWith("." + identifier.getSimpleName());
    }

    /**
     * The members of the legacy class the unit still names by their simple names, outside its
     * imports, in code and in Javadoc (fields, methods, member types); {@link #CLASS_ITSELF} if it
     * names the class itself.
     */
    private static Set<String> membersStillUsed(J.CompilationUnit unit, String owner) {
        Set<String> used = new java.util.HashSet<>();
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                // An import's names carry no field or type of their own, so they count as no use.
                Object parent = getCursor().getParentTreeCursor().getValue();
                if (tree instanceof J.Identifier
                        && !(parent instanceof J.FieldAccess && ((J.FieldAccess) parent).getName() == tree)) {
                    // Not the name of a qualified name: no import gives that its meaning.
                    J.Identifier identifier = (J.Identifier) tree;
                    JavaType.Variable field = identifier.getFieldType();
                    if (field != null && TypeUtils.isOfClassType(field.getOwner(), owner)) {
                        used.add(identifier.getSimpleName());
                    } else if (field == null && TypeUtils.isOfClassType(identifier.getType(), owner)) {
                        used.add(CLASS_ITSELF);
                    } else if (field == null && isMemberTypeOf(identifier, owner)) {
                        // Jetty's HttpStatus.Code, which a static import on demand brings in too.
                        used.add(identifier.getSimpleName());
                    }
                } else if (tree instanceof J.MethodInvocation) {
                    J.MethodInvocation invocation = (J.MethodInvocation) tree;
                    JavaType.Method method = invocation.getMethodType();
                    if (invocation.getSelect() == null && method != null && TypeUtils.isOfClassType(method.getDeclaringType(), owner)) {
                        used.add(invocation.getSimpleName());
                    }
                }
            }
        }.scan(unit);
        return used;
    }
}
