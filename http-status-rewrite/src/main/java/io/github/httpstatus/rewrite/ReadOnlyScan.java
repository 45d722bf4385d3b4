package io.github.httpstatus.rewrite;

import org.openrewrite.java.JavaIsoVisitor;
import org.openrewrite.java.tree.J;

/**
 * A walk over a Java tree that only looks: each tree, with the cursor at it, goes to {@link #see},
 * which keeps what it finds, and the tree comes back as it was. A visitor whose every method
 * returned its tree unchanged would say the same at more length.
 */
abstract class ReadOnlyScan extends JavaIsoVisitor<Integer> {

    /**
     * Looks at a tree, before what it holds; may call {@link #stopAfterPreVisit()} to skip that.
     *
     * @param tree the tree, at the cursor
     */
    abstract void see(J tree);

    @Override
    public final J preVisit(J tree, Integer unused) {
        see(tree);
        return tree;
    }

    /** Walks a tree. */
    final void scan(J tree) {
        visit(tree, 0);
    }
}
