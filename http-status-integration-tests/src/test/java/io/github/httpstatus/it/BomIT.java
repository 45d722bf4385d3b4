package io.github.httpstatus.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The BOM as it is installed and deployed: the flattened POM, which carries its own metadata and
 * manages exactly the published jars of this build at this build's version, and nothing else.
 */
class BomIT {

    private static final Path ROOT = Path.of("..");
    private static final Path INSTALLED_BOM = ROOT.resolve("http-status-bom/target/.flattened-pom.xml");

    @Test
    void installedBom_managesExactlyThePublishedJarsAtThisVersion() throws Exception {
        Element bom = parse(INSTALLED_BOM);
        String groupId = child(bom, "groupId").getTextContent();
        String version = child(bom, "version").getTextContent();
        assertEquals(System.getProperty("project.version"), version);

        Set<String> managed = new TreeSet<>();
        Element dependencies = child(child(bom, "dependencyManagement"), "dependencies");
        for (Element dependency : children(dependencies, "dependency")) {
            managed.add(child(dependency, "groupId").getTextContent() + ":"
                    + child(dependency, "artifactId").getTextContent() + ":"
                    + child(dependency, "version").getTextContent());
        }
        Set<String> published = new TreeSet<>();
        for (String jar : publishedJarModules()) {
            published.add(groupId + ":" + jar + ":" + version);
        }
        assertEquals(published, managed);
    }

    /** Maven evaluates expressions in an imported BOM; other readers of a POM may not. */
    @Test
    void installedBom_holdsNoExpressionToEvaluate() throws Exception {
        String text = Files.readString(INSTALLED_BOM);
        assertFalse(text.contains("${"), text);
    }

    @Test
    void installedBom_hasNoParentAndNothingAUserWouldInherit() throws Exception {
        Set<String> elements = new TreeSet<>();
        for (Element element : children(parse(INSTALLED_BOM), null)) {
            elements.add(element.getLocalName());
        }
        assertEquals(Set.of("modelVersion", "groupId", "artifactId", "version", "packaging", "name", "description",
                "url", "inceptionYear", "licenses", "developers", "scm", "issueManagement", "dependencyManagement"),
                elements);
    }

    /** The reactor's modules that deploy a jar: every module but the POM-only and unpublished ones. */
    private static List<String> publishedJarModules() throws Exception {
        List<String> jars = new ArrayList<>();
        for (Element module : children(child(parse(ROOT.resolve("pom.xml")), "modules"), "module")) {
            Element pom = parse(ROOT.resolve(module.getTextContent()).resolve("pom.xml"));
            boolean isPom = !children(pom, "packaging").isEmpty()
                    && child(pom, "packaging").getTextContent().equals("pom");
            boolean unpublished = !children(pom, "properties").isEmpty()
                    && !children(child(pom, "properties"), "maven.deploy.skip").isEmpty()
                    && child(child(pom, "properties"), "maven.deploy.skip").getTextContent().equals("true");
            if (!isPom && !unpublished) {
                jars.add(child(pom, "artifactId").getTextContent());
            }
        }
        return jars;
    }

    private static Element parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(Files.newInputStream(pom)).getDocumentElement();
    }

    /** The element children of a parent, all of them or those with one name. */
    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element && (name == null || name.equals(node.getLocalName()))) {
                children.add((Element) node);
            }
        }
        return children;
    }

    private static Element child(Element parent, String name) {
        List<Element> children = children(parent, name);
        assertEquals(1, children.size(), "<" + name + "> in <" + parent.getLocalName() + ">");
        return children.get(0);
    }
}
