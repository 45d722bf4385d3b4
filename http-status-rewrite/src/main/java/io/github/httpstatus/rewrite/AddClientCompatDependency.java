package io.github.httpstatus.rewrite;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Option;
import org.openrewrite.ScanningRecipe;
import org.openrewrite.SourceFile;
import org.openrewrite.Tree;
import org.openrewrite.TreeVisitor;
import org.openrewrite.text.PlainText;
import org.openrewrite.xml.tree.Xml;

/**
 * Adds {@code http-status-client-compat} to the Maven modules whose code uses {@code
 * HttpStatusCodes} or {@code HttpStatusCodeStrings}, in the scope each needs as its resolved model
 * shows it, and {@code requires static io.github.httpstatus.client;} to their module descriptors.
 *
 * <p>Everything the migration writes is a compile-time constant, which javac inlines, so main code
 * needs the module to compile, not to run: by default it gets it {@code provided}, and tests alone
 * {@code test}. A module that already has it where it is needed, from its own entry, management, a
 * profile or another dependency, gets nothing; an entry is never narrowed; every version of
 * http-status the project's POMs write is raised to this one. {@link BuildPlan} decides; what it
 * cannot decide it leaves, with a note in the run's output ({@link BuildNotes}).
 */
public final class AddClientCompatDependency extends ScanningRecipe<BuildScan> {

    static final String MODULE_DESCRIPTOR = "module-info.java";

    @Option(displayName = "Version",
            description = "The version of `http-status-client-compat` to add; every version of an http-status "
                    + "artifact the project's POMs write that is older is raised to it.",
            example = "1.1.0")
    private final String version;

    @Option(displayName = "Scope for main code", required = false, valid = {"provided", "compile"},
            description = "The scope of an entry the recipe writes for main code: `provided` (the default), "
                    + "since the constants are inlined and nothing of http-status is needed at run time, or "
                    + "`compile`, to have it at run time too, for code that will use the `HttpStatus` enum.",
            example = "compile")
    private final String mainScope;

    private final transient BuildNotes notes = new BuildNotes(this);

    /**
     * Creates the recipe. OpenRewrite passes the options by the parameters' names.
     *
     * @param version the version of {@code http-status-client-compat} to add, such as {@code 1.1.0}
     * @param mainScope {@code provided} or {@code compile} for main code; {@code null} for {@code provided}
     */
    @JsonCreator
    public AddClientCompatDependency(String version, String mainScope) {
        this.version = version;
        this.mainScope = mainScope;
    }

    /**
     * Returns the version this recipe adds and raises to.
     *
     * @return the version, such as {@code 1.1.0}
     */
    public String getVersion() {
        return version;
    }

    /**
     * Returns the scope this recipe writes for main code.
     *
     * @return {@code provided}, {@code compile}, or {@code null} for the default, {@code provided}
     */
    public String getMainScope() {
        return mainScope;
    }

    @Override
    public String getDisplayName() {
        return "Add `http-status-client-compat` where the code uses `HttpStatusCodes`";
    }

    @Override
    public String getDescription() {
        return "Adds `http-status-client-compat` to each Maven module whose code uses `HttpStatusCodes` or "
                + "`HttpStatusCodeStrings`, compile-time only (`provided`) for main code and `test` for tests, "
                + "unless the module already has it where it is needed; requires its module in `module-info.java`; "
                + "and raises every http-status version the POMs write to this release.";
    }

    @Override
    public BuildScan getInitialValue(ExecutionContext ctx) {
        return new BuildScan();
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getScanner(BuildScan scan) {
        return scan.scanner();
    }

    /** The module descriptors, which OpenRewrite does not parse, read from the project's directory. */
    @Override
    public Collection<? extends SourceFile> generate(BuildScan scan, ExecutionContext ctx) {
        BuildPlan plan = plan(scan);
        List<SourceFile> generated = new ArrayList<>();
        for (Path path : plan.descriptors) {
            if (scan.plainTexts.containsKey(path)) {
                continue;
            }
            Path[] owner = plan.descriptorOwners.get(path);
            Path root = projectRoot(owner);
            if (root == null) {
                plan.notes.add(new BuildPlan.Note(owner[0], "the run cannot read this module's sources from disk: if it has a "
                        + path + ", it needs `requires static " + ModuleDescriptor.CLIENT_MODULE + ";`"));
                continue;
            }
            Path file = root.resolve(path);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                String required = ModuleDescriptor.of(text).requiringOurs();
                if (!required.equals(text)) {
                    generated.add(PlainText.builder().sourcePath(path).text(required).build());
                } else if (!ModuleDescriptor.of(text).declaresAModule()) {
                    plan.notes.add(new BuildPlan.Note(path, "no module declaration the run can read, so it is left as it is"));
                }
            } catch (CharacterCodingException e) {
                plan.notes.add(new BuildPlan.Note(path, "not UTF-8 text the run can read, so it is left as it is: "
                        + "add `requires static " + ModuleDescriptor.CLIENT_MODULE + ";` yourself"));
            } catch (IOException e) {
                plan.notes.add(new BuildPlan.Note(path, "cannot be read (" + e.getMessage() + "), so it is left as it is"));
            }
        }
        for (BuildPlan.Note note : plan.notes) {
            notes.report(ctx, note.file, note.text);
        }
        return generated;
    }

    /**
     * The directory the run's relative paths start from, found as the first of Maven's project
     * directory, the working directory and their ancestors that holds both a module's POM and its
     * source; {@code null} where none does.
     */
    static Path projectRoot(Path[] pomAndSource) {
        List<String> starts = new ArrayList<>();
        starts.add(System.getProperty("maven.multiModuleProjectDirectory"));
        starts.add(System.getProperty("user.dir"));
        for (String start : starts) {
            for (Path root = start == null ? null : Paths.get(start).toAbsolutePath(); root != null; root = root.getParent()) {
                if (Files.isRegularFile(root.resolve(pomAndSource[0])) && Files.isRegularFile(root.resolve(pomAndSource[1]))) {
                    return root;
                }
            }
        }
        return null;
    }

    @Override
    public TreeVisitor<?, ExecutionContext> getVisitor(BuildScan scan) {
        return new TreeVisitor<Tree, ExecutionContext>() {
            @Override
            public Tree visit(Tree tree, ExecutionContext ctx) {
                BuildPlan plan = plan(scan);
                if (tree instanceof Xml.Document && plan.changes.containsKey(((Xml.Document) tree).getId())) {
                    return plan.changes.get(((Xml.Document) tree).getId()).editor().visit(tree, ctx);
                }
                if (tree instanceof PlainText && plan.descriptors.contains(((PlainText) tree).getSourcePath())) {
                    PlainText descriptor = (PlainText) tree;
                    return descriptor.withText(ModuleDescriptor.of(descriptor.getText()).requiringOurs());
                }
                return tree;
            }
        };
    }

    private BuildPlan plan(BuildScan scan) {
        return scan.plan(version, "compile".equals(mainScope));
    }
}
