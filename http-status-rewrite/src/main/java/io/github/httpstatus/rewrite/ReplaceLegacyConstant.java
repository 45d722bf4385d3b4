package io.github.httpstatus.rewrite;

import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.Recipe;
import org.openrewrite.TreeVisitor;
import org.openrewrite.java.ReplaceConstantWithAnotherConstant;

/**
 * Replaces one legacy status constant with one of {@code HttpStatusCodes}, as OpenRewrite's {@link
 * ReplaceConstantWithAnotherConstant} does, and then asks for another cycle of the run.
 *
 * <p>The other cycle is why this recipe exists: {@code AddDependency} decides whether a project
 * uses {@code HttpStatusCodes} by looking at the code as a cycle starts, so it sees the replaced
 * constants, and adds {@code http-status-client-compat}, only in a cycle after the replacement.
 */
public final class ReplaceLegacyConstant extends Recipe {

    @Option(displayName = "Legacy constant", description = "The fully qualified name of the constant to replace.",
            example = "java.net.HttpURLConnection.HTTP_OK")
    private final String existingFullyQualifiedConstantName;

    @Option(displayName = "Our constant", description = "The fully qualified name of the constant to put in its place.",
            example = "io.github.httpstatus.client.HttpStatusCodes.OK")
    private final String fullyQualifiedConstantName;

    /**
     * Creates the recipe for one constant. OpenRewrite passes the options by the parameters' names,
     * which this module compiles into the class.
     *
     * @param existingFullyQualifiedConstantName the constant to replace, such as {@code
     *     java.net.HttpURLConnection.HTTP_OK}
     * @param fullyQualifiedConstantName the constant to put in its place, such as {@code
     *     io.github.httpstatus.client.HttpStatusCodes.OK}
     */
    public ReplaceLegacyConstant(String existingFullyQualifiedConstantName, String fullyQualifiedConstantName) {
        this.existingFullyQualifiedConstantName = existingFullyQualifiedConstantName;
        this.fullyQualifiedConstantName = fullyQualifiedConstantName;
    }

    /**
     * Returns the constant this recipe replaces.
     *
     * @return its fully qualified name
     */
    public String getExistingFullyQualifiedConstantName() {
        return existingFullyQualifiedConstantName;
    }

    /**
     * Returns the constant this recipe puts in its place.
     *
     * @return its fully qualified name
     */
    public String getFullyQualifiedConstantName() {
        return fullyQualifiedConstantName;
    }

    @Override
    public String getDisplayName() {
        return "Replace a legacy status constant with its `HttpStatusCodes` constant";
    }

    @Override
    public String getDescription() {
        return "Replaces a status constant of a legacy class with the `HttpStatusCodes` constant of the same value.";
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getVisitor() {
        return new ReplaceConstantWithAnotherConstant(existingFullyQualifiedConstantName, fullyQualifiedConstantName)
                .getVisitor();
    }

    @Override
    public boolean causesAnotherCycle() {
        return true;
    }
}
