package io.github.httpstatus.rewrite;

import org.openrewrite.Column;
import org.openrewrite.DataTable;
import org.openrewrite.Recipe;

/**
 * The status codes a run of the recipes found and left as they are, with the reason: a file in
 * another language than Java, or a place where no form of our constant is certain to mean it. The
 * run also logs each row as a warning; {@code -Drewrite.exportDatatables=true} writes the table
 * to {@code target/rewrite/datatables}.
 */
public final class StatusCodesLeftAlone extends DataTable<StatusCodesLeftAlone.Row> {

    /**
     * Creates the table of a recipe.
     *
     * @param recipe the recipe that writes its rows
     */
    public StatusCodesLeftAlone(Recipe recipe) {
        super(recipe, "Status codes left alone",
                "Status constants and literals the migration found and did not change, and why.");
    }

    /** One file, or one place in a file, the recipes left alone. */
    public static final class Row {
        @Column(displayName = "Source path", description = "The file, relative to the project.")
        private final String sourcePath;

        @Column(displayName = "Left", description = "What was left as it is.")
        private final String left;

        @Column(displayName = "Reason", description = "Why it was left.")
        private final String reason;

        /**
         * Creates a row.
         *
         * @param sourcePath the file, relative to the project
         * @param left what was left as it is
         * @param reason why it was left
         */
        public Row(String sourcePath, String left, String reason) {
            this.sourcePath = sourcePath;
            this.left = left;
            this.reason = reason;
        }

        /**
         * Returns the file.
         *
         * @return its path, relative to the project
         */
        public String getSourcePath() {
            return sourcePath;
        }

        /**
         * Returns what was left.
         *
         * @return a description of the code left as it is
         */
        public String getLeft() {
            return left;
        }

        /**
         * Returns why it was left.
         *
         * @return the reason
         */
        public String getReason() {
            return reason;
        }

        @Override
        public String toString() {
            return sourcePath + ": left " + left + ": " + reason;
        }
    }
}
