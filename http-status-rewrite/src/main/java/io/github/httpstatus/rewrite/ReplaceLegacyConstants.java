package io.github.httpstatus.rewrite;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.Preconditions;
import org.openrewrite.ScanningRecipe;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.search.UsesType;
import org.openrewrite.java.tree.J;
import org.openrewrite.java.tree.JavaType;
import org.openrewrite.java.tree.Javadoc;

/**
 * Replaces the status constants of one legacy class with those of {@code HttpStatusCodes}, by a
 * table from the legacy constant's name to ours, without changing what any name means, and then
 * asks for another cycle of the run. One pass over a file does the whole table.
 *
 * <p>Each constant is written in the form {@link NamesInScope} finds certain in its file: a static
 * import where the code used one and our constant's name is free, {@code HttpStatusCodes.OK}, or
 * fully qualified; where no form is certain, the code is left as it is and the run says so
 * ({@link StatusCodesLeftAlone}). A constant reached through an instance ({@code
 * connection.HTTP_OK}) is left alone, since dropping the instance could drop a side effect.
 * Constants the table does not name are left alone. Only Java sources are changed: a Kotlin or
 * Groovy file that uses the class is reported and left as it is.
 *
 * <p>The other cycle is why the dependency recipe works: it decides whether a project uses {@code
 * HttpStatusCodes} from the code as a cycle starts, so it sees the replaced constants only in a
 * cycle after the replacement.
 */
public final class ReplaceLegacyConstants extends ScanningRecipe<DeclaredTypes> {

    @Option(displayName = "Legacy class", description = "The fully qualified name of the class that declares the constants.",
            example = "java.net.HttpURLConnection")
    private final String legacyClass;

    @Option(displayName = "Constants", description = "Each legacy constant's simple name, and the name of the "
            + "`HttpStatusCodes` constant of the same value to put in its place.",
            example = "HTTP_OK: OK")
    private final Map<String, String> constants;

    /**
     * Creates the recipe for one legacy class. OpenRewrite passes the options by the parameters'
     * names, which this module compiles into the class.
     *
     * @param legacyClass the class that declares the constants, such as {@code java.net.HttpURLConnection}
     * @param constants each legacy constant's simple name, such as {@code HTTP_OK}, and the name of
     *     ours to put in its place, such as {@code OK}; copied
     */
    public ReplaceLegacyConstants(String legacyClass, Map<String, String> constants) {
        this.legacyClass = legacyClass;
        this.constants = constants == null ? null : new ConstantTable(constants);
    }

    /**
     * Returns the class whose constants this recipe replaces.
     *
     * @return its fully qualified name
     */
    public String getLegacyClass() {
        return legacyClass;
    }

    /**
     * Returns the table this recipe replaces by.
     *
     * @return each legacy constant's simple name and the name of ours, in the order given; unmodifiable
     */
    public Map<String, String> getConstants() {
        return constants;
    }

    @Override
    public String getDisplayName() {
        return "Replace a legacy class's status constants with `HttpStatusCodes` constants";
    }

    @Override
    public String getDescription() {
        return "Replaces the status constants of a legacy class with the `HttpStatusCodes` constants of the same value.";
    }

    @Override
    public DeclaredTypes getInitialValue(ExecutionContext ctx) {
        return DeclaredTypes.of(ctx);
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getScanner(DeclaredTypes declared) {
        return DeclaredTypes.scanner(declared);
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getVisitor(DeclaredTypes declared) {
        LegacyConstants legacy = new LegacyConstants(legacyClass, constants);
        LeftAloneReport report = new LeftAloneReport(new StatusCodesLeftAlone(this));
        return Preconditions.check(new UsesType<>(legacyClass, false), new JavaSourcesOnly(report,
                "status constants of " + legacyClass) {
            @Override
            J.CompilationUnit migrate(J.CompilationUnit unit, ExecutionContext ctx) {
                return StatusConstantWriter.write(unit, find(unit, legacy), legacy, KnownTypes.of(unit, declared), report, ctx);
            }
        });
    }

    /** Every reference to a constant of the table that may be replaced: by its simple name, or through its class. */
    private static Map<UUID, StatusConstantWriter.Replacement> find(J.CompilationUnit unit, LegacyConstants legacy) {
        Map<UUID, StatusConstantWriter.Replacement> found = new HashMap<>();
        new ReadOnlyScan() {
            @Override
            void see(J tree) {
                // An import's names carry no field of their own: only uses are found, and the
                // writer brings the imports in line.
                if (tree instanceof J.FieldAccess && legacy.matches(((J.FieldAccess) tree).getName().getFieldType())) {
                    J.FieldAccess access = (J.FieldAccess) tree;
                    if (NamesInScope.namesAType(access.getTarget()) && !inJavadoc()) {
                        found.put(access.getId(), replacement(access.getName().getFieldType(), false));
                    }
                    // Whole or not at all: its name is no simple name to replace on its own.
                    stopAfterPreVisit();
                } else if (tree instanceof J.Identifier && legacy.matches(((J.Identifier) tree).getFieldType())
                        && !inJavadoc()) {
                    // The legacy class's own declaration of the constant, where its source is in the run, names it without using it.
                    if (!(getCursor().getParentTreeCursor().getValue() instanceof J.VariableDeclarations.NamedVariable)) {
                        found.put(tree.getId(), replacement(((J.Identifier) tree).getFieldType(), true));
                    }
                }
            }

            private StatusConstantWriter.Replacement replacement(JavaType.Variable field, boolean staticImport) {
                return new StatusConstantWriter.Replacement(CompatClass.INTS, legacy.oursFor(field.getName()), staticImport);
            }

            private boolean inJavadoc() {
                return getCursor().firstEnclosing(Javadoc.class) != null;
            }
        }.scan(unit);
        return found;
    }

    @Override
    public boolean causesAnotherCycle() {
        return true;
    }

    /**
     * The table, unmodifiable, and short when printed: the build plugin prints every option of a
     * recipe that changed a file, and the whole table made about 2.5 KB a file of a build's log.
     */
    private static final class ConstantTable extends AbstractMap<String, String> {
        private final Map<String, String> entries;

        ConstantTable(Map<String, String> entries) {
            this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public String toString() {
            return entries.size() + " constants";
        }
    }
}
