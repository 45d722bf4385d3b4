package io.github.httpstatus.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openrewrite.ExecutionContext;
import org.openrewrite.maven.MavenIsoVisitor;
import org.openrewrite.maven.MavenTagInsertionComparator;
import org.openrewrite.xml.AddToTagVisitor;
import org.openrewrite.xml.tree.Xml;

/** The changes the dependency recipe makes to one POM, and the visitor that makes them. */
final class PomChanges {

    /** For each tag changed, by its id: the values of its children to set, added where missing. */
    private final Map<UUID, Map<String, String>> childValues = new LinkedHashMap<>();
    /** Dependencies to add to {@code /project/dependencies}, as XML. */
    private final List<String> newDependencies = new ArrayList<>();
    /** Values of {@code /project/properties} to set. */
    private final Map<String, String> properties = new LinkedHashMap<>();

    void setChild(Xml.Tag tag, String child, String value) {
        childValues.computeIfAbsent(tag.getId(), id -> new LinkedHashMap<>()).put(child, value);
    }

    void addDependency(String xml) {
        newDependencies.add(xml);
    }

    void setProperty(String name, String value) {
        properties.put(name, value);
    }

    /** Makes these changes, then has OpenRewrite resolve the POM again. */
    MavenIsoVisitor<ExecutionContext> editor() {
        return new MavenIsoVisitor<ExecutionContext>() {
            @Override
            public Xml.Document visitDocument(Xml.Document document, ExecutionContext ctx) {
                Xml.Document edited = super.visitDocument(document, ctx);
                if (edited != document) {
                    maybeUpdateModel();
                }
                return edited;
            }

            @Override
            public Xml.Tag visitTag(Xml.Tag tag, ExecutionContext ctx) {
                Xml.Tag edited = super.visitTag(tag, ctx);
                for (Map.Entry<String, String> child : childValues.getOrDefault(tag.getId(), Collections.emptyMap()).entrySet()) {
                    Xml.Tag existing = edited.getChild(child.getKey()).orElse(null);
                    if (existing == null) {
                        edited = AddToTagVisitor.addToTag(edited, Xml.Tag.build("<" + child.getKey() + ">" + child.getValue()
                                + "</" + child.getKey() + ">"), getCursor().getParentOrThrow());
                    } else if (!child.getValue().equals(existing.getValue().orElse(null))) {
                        edited = edited.withChildValue(child.getKey(), child.getValue());
                    }
                }
                String property = isPropertyTag() ? properties.get(tag.getName()) : null;
                if (property != null && !property.equals(edited.getValue().orElse(null))) {
                    edited = edited.withValue(property);
                }
                if (isProjectTag() && !newDependencies.isEmpty()) {
                    edited = withNewDependencies(edited, ctx);
                }
                return edited;
            }

            private Xml.Tag withNewDependencies(Xml.Tag project, ExecutionContext ctx) {
                Xml.Tag dependencies = project.getChild("dependencies").orElse(null);
                if (dependencies == null) {
                    Xml.Tag added = Xml.Tag.build("<dependencies>\n" + String.join("\n", newDependencies) + "\n</dependencies>");
                    return (Xml.Tag) new AddToTagVisitor<ExecutionContext>(project, added,
                            new MavenTagInsertionComparator(project.getChildren()))
                            .visitNonNull(project, ctx, getCursor().getParentOrThrow());
                }
                for (String dependency : newDependencies) {
                    project = AddToTagVisitor.addToTag(project, dependencies, Xml.Tag.build(dependency), getCursor().getParentOrThrow());
                }
                return project;
            }
        };
    }
}
