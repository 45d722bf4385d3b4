package io.github.httpstatus.rewrite;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.Preconditions;
import org.openrewrite.ScanningRecipe;
import org.openrewrite.TreeVisitor;
import org.openrewrite.Validated;
import org.openrewrite.java.search.UsesType;
import org.openrewrite.java.tree.J;

/**
 * Replaces a literal that is a registered status code with our constant of that code, where the
 * literal stands for a status: a {@code case} label of a switch on a status read, compared with
 * {@code ==} or {@code !=} to one, a compared value of an assertion on one, the status argument of
 * a method that sets or expects one, or the value of an annotation attribute that holds one (an
 * {@code int} becomes a constant of {@code HttpStatusCodes}, OpenAPI's {@code String} one of {@code
 * HttpStatusCodeStrings}). A status read is a call of a method that returns a status, a local
 * variable initialised from one and never reassigned, or a private method's parameter that every
 * call passes one. {@link StatusLiterals} says exactly where.
 *
 * <p>The methods and attributes are data: {@code status-methods.tsv} beside this class, one row a
 * method of a library, and the options add a project's own. Every other literal is left as it is,
 * and so is a code nobody registered, such as 499. Each constant is written in the form {@link
 * NamesInScope} finds certain in its file, as {@link ReplaceLegacyConstants} does.
 */
public final class ReplaceStatusCodeLiterals extends ScanningRecipe<DeclaredTypes> {

    @Option(displayName = "Status readers", required = false,
            description = "Method patterns of a project's own methods that return a status, "
                    + "added to the built-in ones.",
            example = "com.acme.ApiReply statusCode()")
    private final List<String> statusReaders;

    @Option(displayName = "Status setters", required = false,
            description = "Method patterns of a project's own methods whose first argument is a status, "
                    + "added to the built-in ones; a constructor's method is `<constructor>`.",
            example = "com.acme.Replies reply(int, ..)")
    private final List<String> statusSetters;

    /** Creates the recipe with the built-in readers and setters only. */
    public ReplaceStatusCodeLiterals() {
        this(null, null);
    }

    /**
     * Creates the recipe with a project's own readers and setters besides the built-in ones.
     * OpenRewrite passes the options by the parameters' names.
     *
     * @param statusReaders method patterns of methods that return a status, such as {@code
     *     com.acme.ApiReply statusCode()}; {@code null} for none
     * @param statusSetters method patterns of methods whose first argument is a status, such as
     *     {@code com.acme.Replies reply(int, ..)}, or of constructors, such as {@code
     *     com.acme.ApiError <constructor>(int, ..)}; {@code null} for none
     */
    @JsonCreator
    public ReplaceStatusCodeLiterals(List<String> statusReaders, List<String> statusSetters) {
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
        return "Replace literal status codes with `HttpStatusCodes` constants";
    }

    @Override
    public String getDescription() {
        return "Replaces a literal that is a registered HTTP status code with its `HttpStatusCodes` constant where "
                + "it stands for a status: compared with, or a `case` of a `switch` on, a status read from a "
                + "response, in an assertion too, and the status argument of a method or constructor that sets or "
                + "expects one.";
    }

    /**
     * Asks for another cycle once the literals are replaced, so that {@code AddDependency} sees the
     * code use {@code HttpStatusCodes}; see {@link ReplaceLegacyConstants}.
     */
    @Override
    public boolean causesAnotherCycle() {
        return true;
    }

    @Override
    public DeclaredTypes getInitialValue(ExecutionContext ctx) {
        return DeclaredTypes.of(ctx);
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getScanner(DeclaredTypes declared) {
        return DeclaredTypes.scanner(declared);
    }

    /**
     * The visitor, where a file uses a class with a method that reads or sets a status, or an
     * annotation with a status attribute: a number is a status only beside one of those, and the
     * other kinds (assertions, matchers) compare what one of those gives. A call of an override on a
     * subtype uses the class too. By class, not by method, so that a Kotlin file that reads {@code
     * connection.responseCode}, which names no method, is let through for the run to say it left it.
     */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type, filled with that type only
    public TreeVisitor<?, ExecutionContext> getVisitor(DeclaredTypes declared) {
        StatusMethods methods = StatusMethods.of(statusReaders, statusSetters);
        LeftAloneReport report = new LeftAloneReport(new StatusCodesLeftAlone(this));
        TreeVisitor[] usesAStatusClass = methods.rows(StatusMethods.Kind.READ, StatusMethods.Kind.SET, StatusMethods.Kind.ANNOTATION)
                .stream().map(row -> new UsesType<ExecutionContext>(row.type(), false)).toArray(TreeVisitor[]::new);
        return Preconditions.check(Preconditions.or(usesAStatusClass), new JavaSourcesOnly(report, "status codes") {
            @Override
            J.CompilationUnit migrate(J.CompilationUnit unit, ExecutionContext ctx) {
                return StatusConstantWriter.write(unit, StatusLiterals.find(unit, methods), LegacyConstants.NONE,
                        KnownTypes.of(unit, declared), report, ctx);
            }
        });
    }
}
