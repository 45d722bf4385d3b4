package io.github.httpstatus.rewrite;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.openrewrite.Column;
import org.openrewrite.DataTable;
import org.openrewrite.ExecutionContext;
import org.openrewrite.Recipe;
import org.slf4j.LoggerFactory;

/**
 * What the dependency recipe left for the user to do, and why: a warning in the build's output
 * (Maven gives its plugins SLF4J) and a row of this data table, once a run.
 */
final class BuildNotes extends DataTable<BuildNotes.Row> {

    private static final String REPORTED = BuildNotes.class.getName() + ".reported";

    BuildNotes(Recipe recipe) {
        super(recipe, "Build files the migration left to you",
                "Each build file or module whose dependency, version or module descriptor the migration "
                        + "did not change though the code may need it, and why.");
    }

    /** Notes come from the cycle after the code changed, not only the first: each is reported once. */
    @Override
    protected boolean allowWritingInThisCycle(ExecutionContext ctx) {
        return true;
    }

    /** Reports a note on a file once a run. */
    void report(ExecutionContext ctx, Path file, String note) {
        Set<String> reported = ctx.computeMessageIfAbsent(REPORTED, key -> new HashSet<>());
        if (reported.add(file + "\n" + note)) {
            insertRow(ctx, new Row(file.toString(), note));
            try {
                LoggerFactory.getLogger(AddClientCompatDependency.class).warn("http-status migration: {}: {}", file, note);
            } catch (LinkageError noSlf4j) {
                // A runner without SLF4J: the data table still has the note.
            }
        }
    }

    /** One note. */
    static final class Row {
        @Column(displayName = "File", description = "The build file, source or module the note is about.")
        private final String file;

        @Column(displayName = "Note", description = "What the migration left as it was, and why.")
        private final String note;

        Row(String file, String note) {
            this.file = file;
            this.note = note;
        }

        @Override
        public String toString() {
            return file + ": " + note;
        }
    }
}
