package io.github.httpstatus.rewrite;

import java.util.Map;
import java.util.UUID;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Recipe;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.J;
import org.openrewrite.marker.SearchResult;

/**
 * Marks the numbers that stand where a status does but that {@link ReplaceStatusCodeLiterals}
 * leaves, so that a team can review them after the migration: a bound of a range comparison with a
 * status read ({@code status >= 500}), a code nobody registered in a status position ({@code
 * setStatus(499)}), and a code in a status line ({@code "HTTP/1.1 " + 200}). A search: it changes
 * no code, and is not part of {@code MigrateToHttpStatusCodes}. Where a status is read and set is
 * {@code status-methods.tsv}, as for the literal recipe.
 */
public final class FindUnmigratedStatusCodes extends Recipe {

    /** Creates the recipe. */
    public FindUnmigratedStatusCodes() {
    }

    @Override
    public String getDisplayName() {
        return "Find status codes the migration leaves";
    }

    @Override
    public String getDescription() {
        return "Marks the numbers that stand where an HTTP status does but that `ReplaceStatusCodeLiterals` leaves, "
                + "for a review: range comparisons with a status read, codes nobody registered in a status position, "
                + "and codes in status lines.";
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getVisitor() {
        StatusMethods methods = StatusMethods.of(null, null);
        LeftAloneReport report = new LeftAloneReport(new StatusCodesLeftAlone(this));
        return new JavaSourcesOnly(report, "status codes") {
            @Override
            J.CompilationUnit migrate(J.CompilationUnit unit, ExecutionContext ctx) {
                Map<UUID, String> left = StatusLiterals.leftInStatusPositions(unit, methods);
                if (left.isEmpty()) {
                    return unit;
                }
                return (J.CompilationUnit) new JavaIsoVisitor<Integer>() {
                    @Override
                    public J.Literal visitLiteral(J.Literal literal, Integer unused) {
                        String why = left.get(literal.getId());
                        return why == null ? literal : SearchResult.found(literal, why);
                    }
                }.visitNonNull(unit, 0);
            }
        };
    }
}
