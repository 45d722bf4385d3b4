package io.github.httpstatus.rewrite;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openrewrite.ExecutionContext;
import org.openrewrite.SourceFile;
import org.slf4j.LoggerFactory;

/**
 * Says what a recipe left alone, once a run however many recipes and cycles find it: a row of
 * {@link StatusCodesLeftAlone} and a warning in the build's log, where a user reads what a run did.
 */
final class LeftAloneReport {

    private static final String SAID = LeftAloneReport.class.getName() + ".said";

    private final StatusCodesLeftAlone table;

    LeftAloneReport(StatusCodesLeftAlone table) {
        this.table = table;
    }

    /** Reports what was left in a file and why, unless this run has already said so. */
    void leftAlone(SourceFile source, String left, String reason, ExecutionContext ctx) {
        StatusCodesLeftAlone.Row row = new StatusCodesLeftAlone.Row(source.getSourcePath().toString(), left, reason);
        Set<String> said = ctx.computeMessageIfAbsent(SAID, key -> ConcurrentHashMap.newKeySet());
        if (said.add(row.toString())) {
            table.insertRow(ctx, row);
            try {
                LoggerFactory.getLogger(LeftAloneReport.class).warn("http-status migration: {}", row);
            } catch (LinkageError noSlf4j) {
                // A runner without SLF4J (Maven and Gradle give it to their plugins): the table has the row.
            }
        }
    }
}
