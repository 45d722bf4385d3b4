package io.github.httpstatus.rewrite;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.Recipe;
import org.openrewrite.TreeVisitor;
import org.openrewrite.Validated;
import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.J;
import org.openrewrite.marker.SearchResult;

/**
 * Marks the numbers that stand where a status does but that {@link ReplaceStatusCodeLiterals}
 * leaves, so that a team can review them after the migration: a bound of a range comparison with a
 * status read ({@code status >= 500}), a code nobody registered in a status position ({@code
 * setStatus(499)}), and a code in a status line ({@code "HTTP/1.1 " + 200}). A search: it changes
 * no code, and is not part of {@code MigrateToHttpStatusCodes}. Where a status is read and set is
 * {@code status-methods.tsv} and the options, as for the literal recipe, whose options these are.
 */
public final class FindUnmigratedStatusCodes extends Recipe {

    @Option(displayName = "Status readers", required = false,
            description = "Method patterns of a project's own methods that return a status, "
                    + "added to the built-in ones, as `ReplaceStatusCodeLiterals` takes them.",
            example = "com.acme.ApiReply statusCode()")
    private final List<String> statusReaders;

    @Option(displayName = "Status setters", required = false,
            description = "Method patterns of a project's own methods whose first argument is a status, "
                    + "added to the built-in ones, as `ReplaceStatusCodeLiterals` takes them.",
            example = "com.acme.Replies reply(int, ..)")
    private final List<String> statusSetters;

    /** Creates the search with the built-in readers and setters only. */
    public FindUnmigratedStatusCodes() {
        this(null, null);
    }

    /**
     * Creates the search with a project's own readers and setters besides the built-in ones, the
     * same as the migration was given, so that it sees where their statuses stand.
     *
     * @param statusReaders method patterns of methods that return a status; {@code null} for none
     * @param statusSetters method patterns of methods or constructors whose first argument is a
     *     status; {@code null} for none
     */
    @JsonCreator
    public FindUnmigratedStatusCodes(List<String> statusReaders, List<String> statusSetters) {
        this.statusReaders = StatusMethods.copyOf(statusReaders);
        this.statusSetters = StatusMethods.copyOf(statusSetters);
    }

    /**
     * Returns the project's own status readers.
     *
     * @return their method patterns, or {@code null} if none were given
     */
    public List<String> getStatusReaders() {
        return statusReaders;
    }

    /**
     * Returns the project's own status setters.
     *
     * @return their method patterns, or {@code null} if none were given
     */
    public List<String> getStatusSetters() {
        return statusSetters;
    }

    /** Also reports a method pattern among the options that OpenRewrite cannot read. */
    @Override
    public Validated<Object> validate() {
        return StatusMethods.validate(super.validate(), statusReaders, statusSetters);
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
        StatusMethods methods = StatusMethods.of(statusReaders, statusSetters);
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
