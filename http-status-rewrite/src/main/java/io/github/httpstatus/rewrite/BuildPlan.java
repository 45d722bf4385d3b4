package io.github.httpstatus.rewrite;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openrewrite.java.marker.JavaProject;
import org.openrewrite.maven.tree.MavenResolutionResult;
import org.openrewrite.maven.tree.Profile;
import org.openrewrite.maven.tree.ResolvedDependency;
import org.openrewrite.maven.tree.ResolvedManagedDependency;
import org.openrewrite.maven.tree.ResolvedPom;
import org.openrewrite.maven.tree.Scope;
import org.openrewrite.maven.tree.Version;
import org.openrewrite.xml.tree.Xml;

/**
 * What {@link AddClientCompatDependency} changes in a build, decided from the resolved model of
 * every POM (dependency management, active profiles, transitive dependencies, the other modules of
 * the reactor), never from the declared entries alone.
 *
 * <p>Each module whose code uses ours needs {@code http-status-client-compat} on a class path: the
 * main code's compile class path (and, if the team asked for it, the run-time one), or the tests'.
 * Where the module's resolution already has it there, at this release or one the run raises to it,
 * nothing is added. Otherwise the module's own entry, or a new one, gets the narrowest scope that
 * gives both what it had and what it needs, so that no class path loses it. Every version of ours
 * the project's POMs write, directly or through a property only they use, is raised to this
 * release; and what the recipe cannot decide is left as it is, with a note.
 */
final class BuildPlan {

    static final String GROUP = "io.github.httpstatus";
    static final String COMPAT = "http-status-client-compat";
    private static final String BOM = "http-status-bom";
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern PLAIN_VERSION = Pattern.compile("[0-9][0-9A-Za-z.\\-_]*");

    /** A note for the user on a file. */
    static final class Note {
        final Path file;
        final String text;

        Note(Path file, String text) {
            this.file = file;
            this.text = text;
        }
    }

    private final BuildScan scan;
    private final String version;
    private final Version target;
    private final boolean mainAtRunTime;
    private final Map<Path, Xml.Document> projectPoms = new LinkedHashMap<>();
    /** The scope each module's compat gets from this run, once decided; absent where it is unchanged. */
    private final Map<Xml.Document, Scope> decided = new IdentityHashMap<>();
    /** The modules decided or being decided, so that each is decided once. */
    private final Set<Xml.Document> deciding = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The changes to each POM, by the document's id. */
    final Map<UUID, PomChanges> changes = new HashMap<>();
    /** Each module descriptor to require our module in. */
    final Set<Path> descriptors = new LinkedHashSet<>();
    /** For each of those descriptors, the POM and a source of its module, to find it on disk. */
    final Map<Path, Path[]> descriptorOwners = new HashMap<>();
    final List<Note> notes = new ArrayList<>();

    private BuildPlan(BuildScan scan, String version, boolean mainAtRunTime) {
        this.scan = scan;
        this.version = version;
        this.target = new Version(version);
        this.mainAtRunTime = mainAtRunTime;
        for (Xml.Document pom : scan.poms) {
            projectPoms.put(pom.getSourcePath(), pom);
        }
    }

    static BuildPlan of(BuildScan scan, String version, boolean mainAtRunTime) {
        BuildPlan plan = new BuildPlan(scan, version, mainAtRunTime);
        if (scan.anyUse()) {
            plan.planAll();
        }
        return plan;
    }

    private void planAll() {
        Map<JavaProject, Xml.Document> pomOf = new HashMap<>();
        for (Xml.Document pom : scan.poms) {
            pom.getMarkers().findFirst(JavaProject.class).ifPresent(project -> pomOf.put(project, pom));
        }
        for (Map.Entry<JavaProject, BuildScan.Use> use : scan.uses.entrySet()) {
            Xml.Document pom = pomOf.get(use.getKey());
            Path source = use.getValue().mainSource;
            if (pom == null) {
                notes.add(new Note(use.getValue().firstSource,
                        "no Maven POM was resolved for the project of this source, so the run cannot add "
                                + dependency() + " to its build: add it yourself (compile-time only, as Maven's "
                                + "provided or Gradle's compileOnly, where main code uses the constants)"));
            } else if (source != null) {
                for (Path root : scan.mainSourceRoots.get(use.getKey())) {
                    Path descriptor = root.resolve(AddClientCompatDependency.MODULE_DESCRIPTOR);
                    descriptors.add(descriptor);
                    descriptorOwners.put(descriptor, new Path[] {pom.getSourcePath(), source});
                }
            }
        }
        for (Xml.Document pom : scan.poms) {
            decide(pom);
            raiseVersions(pom);
        }
        raiseVersionProperties();
        for (Path source : scan.unattributedSources) {
            notes.add(new Note(source, "this source uses io.github.httpstatus.client but belongs to no project the run "
                    + "knows, so no build file was changed for it: its build needs " + dependency()));
        }
        for (Path pom : scan.unresolvedPoms) {
            notes.add(new Note(pom, "the run could not resolve this POM, so it is left as it is: if its modules' code "
                    + "uses io.github.httpstatus.client, add " + dependency() + " yourself"));
        }
    }

    private String dependency() {
        return GROUP + ":" + COMPAT + ":" + version;
    }

    // ---- scopes

    /** Decides a module's compat entry, after those of the reactor modules it depends on. */
    private void decide(Xml.Document pom) {
        BuildScan.Use use = pom.getMarkers().findFirst(JavaProject.class).map(scan.uses::get).orElse(null);
        if (use == null || !deciding.add(pom)) {
            return;
        }
        MavenResolutionResult module = resolution(pom);
        Set<ClassPath> needed = EnumSet.of(use.main ? ClassPath.COMPILE : ClassPath.TEST);
        Set<ClassPath> has = ClassPath.reached(module, GROUP, COMPAT);
        boolean throughTheReactor = false;
        for (Xml.Document other : scan.poms) {
            ResolvedPom otherPom = resolution(other).getPom();
            ClassPath.Found otherInThis = other == pom ? null : ClassPath.find(module, otherPom.getGroupId(), otherPom.getArtifactId());
            if (otherInThis != null) {
                decide(other);
            }
            Scope otherCompat = otherInThis == null ? null : decided.get(other);
            Scope reaching = otherCompat == null ? null : otherCompat.transitiveOf(otherInThis.scope);
            if (reaching != null) {
                has.addAll(ClassPath.of(reaching));
                throughTheReactor = true;
            }
        }
        if (has.containsAll(needed) && (throughTheReactor || versionReaches(pom, module))) {
            coverInUndecidedProfiles(pom, needed);
            return;
        }
        has.addAll(needed);
        if (use.main && mainAtRunTime) {
            has.add(ClassPath.RUNTIME);
        }
        Scope scope = ClassPath.narrowestScopeFor(has);
        List<Declared> declared = declarations(pom, COMPAT, false);
        if (declared.isEmpty()) {
            changes(pom).addDependency(newEntry(pom, module, scope));
        }
        // Written even where management gives the same: the entry's own scope is what decides now.
        for (Declared entry : declared) {
            changes(pom).setChild(entry.tag, "scope", name(scope));
        }
        coverInUndecidedProfiles(pom, has);
        decided.put(pom, scope);
    }

    /**
     * Widens our entries in the profiles whose activation the run cannot evaluate (by operating
     * system or by file; OpenRewrite's model treats them as inactive) to cover what the module
     * needs: where Maven activates one, its entry replaces the module's own.
     */
    private void coverInUndecidedProfiles(Xml.Document pom, Set<ClassPath> needed) {
        MavenResolutionResult module = resolution(pom);
        ResolvedPom resolved = module.getPom();
        Set<String> active = activeProfiles(module);
        for (Xml.Tag profile : pom.getRoot().getChild("profiles").map(profiles -> profiles.getChildren("profile"))
                .orElse(Collections.emptyList())) {
            Xml.Tag activation = profile.getChild("activation").orElse(null);
            if (activation == null || active.contains(profile.getChildValue("id").orElse(""))
                    || !activation.getChild("os").isPresent() && !activation.getChild("file").isPresent()) {
                continue;
            }
            List<Declared> entries = new ArrayList<>();
            addOurs(profile.getChild("dependencies").orElse(null), false, resolved, COMPAT, entries);
            for (Declared entry : entries) {
                Scope written = Scope.fromName(resolved.getValue(entry.tag.getChildValue("scope").orElse("compile")));
                Set<ClassPath> covered = EnumSet.copyOf(needed);
                covered.addAll(ClassPath.of(written));
                Scope scope = ClassPath.narrowestScopeFor(covered);
                if (scope != written) {
                    changes(pom).setChild(entry.tag, "scope", name(scope));
                }
            }
        }
    }

    /** Whether the compat the module resolves is of this release or later once the run has raised the project's versions. */
    private boolean versionReaches(Xml.Document pom, MavenResolutionResult module) {
        ClassPath.Found compat = ClassPath.find(module, GROUP, COMPAT);
        if (atLeastTarget(compat.dependency.getVersion())) {
            return true;
        }
        if (module.getPom().getManagedDependency(GROUP, COMPAT, null, null) != null) {
            return managedInProject(pom, COMPAT);
        }
        return compat.through == null ? declaredInProject(pom) : isProjectModule(compat.through);
    }

    private boolean isProjectModule(ResolvedDependency dependency) {
        for (Xml.Document pom : scan.poms) {
            ResolvedPom resolved = resolution(pom).getPom();
            if (resolved.getGroupId().equals(dependency.getGroupId()) && resolved.getArtifactId().equals(dependency.getArtifactId())) {
                return true;
            }
        }
        return false;
    }

    private boolean declaredInProject(Xml.Document pom) {
        for (Xml.Document inChain : projectChain(pom)) {
            if (!declarations(inChain, COMPAT, false).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The entry to add: the version where nothing in the project manages it, the scope where management would give another. */
    private String newEntry(Xml.Document pom, MavenResolutionResult module, Scope scope) {
        ResolvedPom resolved = module.getPom();
        ResolvedManagedDependency managed = resolved.getManagedDependency(GROUP, COMPAT, null, null);
        String managedVersion = managed == null ? null : resolved.getValue(managed.getVersion());
        boolean versionManaged = managedVersion != null && (managedInProject(pom, COMPAT) || atLeastTarget(managedVersion));
        Scope implied = managed == null || managed.getScope() == null ? Scope.Compile : managed.getScope();
        return "<dependency>\n<groupId>" + GROUP + "</groupId>\n<artifactId>" + COMPAT + "</artifactId>\n"
                + (versionManaged ? "" : "<version>" + version + "</version>\n")
                + (scope == implied ? "" : "<scope>" + name(scope) + "</scope>\n")
                + "</dependency>";
    }

    private static String name(Scope scope) {
        return scope.name().toLowerCase(java.util.Locale.ROOT);
    }

    // ---- versions

    /** Raises each version of ours this POM writes, or has written where management outside the project is older. */
    private void raiseVersions(Xml.Document pom) {
        ResolvedPom resolved = resolution(pom).getPom();
        for (Declared declared : declarations(pom, null, true)) {
            Xml.Tag tag = declared.tag;
            String artifact = resolved.getValue(tag.getChildValue("artifactId").orElse(null));
            String written = tag.getChildValue("version").orElse(null);
            if (written == null) {
                String managed = declared.managed ? null
                        : resolved.getManagedVersion(GROUP, artifact, tag.getChildValue("type").orElse(null),
                                tag.getChildValue("classifier").orElse(null));
                if (managed != null && !atLeastTarget(managed) && !managedInProject(pom, artifact)) {
                    changes(pom).setChild(tag, "version", version);
                }
                continue;
            }
            String value = resolved.getValue(written);
            if (value == null || !PLAIN_VERSION.matcher(value).matches()) {
                notes.add(new Note(pom.getSourcePath(), "the version of " + artifact + " is " + written
                        + ", which the run does not change: make it " + version + " or later"));
            } else if (!atLeastTarget(value)) {
                Matcher property = PROPERTY.matcher(written);
                if (property.matches()) {
                    propertyReferences.computeIfAbsent(property.group(1), name -> new ArrayList<>()).add(new Object[] {pom, tag});
                } else {
                    changes(pom).setChild(tag, "version", version);
                }
            }
        }
    }

    /** The tags of ours whose version is a property, by property, with their POM. */
    private final Map<String, List<Object[]>> propertyReferences = new LinkedHashMap<>();

    /**
     * A property that only versions of ours use is raised where the project defines it; where it
     * has other uses, or is defined outside the project, the version is written in its place.
     */
    private void raiseVersionProperties() {
        for (Map.Entry<String, List<Object[]>> property : propertyReferences.entrySet()) {
            String name = property.getKey();
            String reference = "${" + name + "}";
            int uses = 0;
            int ours = 0;
            for (Xml.Document pom : scan.poms) {
                uses += occurrences(pom.printAll(), reference);
                for (Declared declared : declarations(pom, null, true)) {
                    ours += reference.equals(declared.tag.getChildValue("version").orElse(null)) ? 1 : 0;
                }
            }
            for (Object[] pomAndTag : property.getValue()) {
                Xml.Document pom = (Xml.Document) pomAndTag[0];
                Xml.Document definer = definerOf(pom, name);
                if (definer != null && uses == ours) {
                    changes(definer).setProperty(name, version);
                } else {
                    changes(pom).setChild((Xml.Tag) pomAndTag[1], "version", version);
                    notes.add(new Note(pom.getSourcePath(), "the property " + name + " that gave " + reference + " is "
                            + (definer == null ? "not defined in the project's POMs" : "used for more than http-status's versions")
                            + ", so the version " + version + " is written in its place"));
                }
            }
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The project POM, this one or an ancestor, whose {@code <properties>} define a property. */
    private Xml.Document definerOf(Xml.Document pom, String property) {
        for (Xml.Document inChain : projectChain(pom)) {
            if (inChain.getRoot().getChild("properties").flatMap(properties -> properties.getChild(property)).isPresent()) {
                return inChain;
            }
        }
        return null;
    }

    private boolean atLeastTarget(String version) {
        return new Version(version).compareTo(target) >= 0;
    }

    // ---- the POMs

    /** Whether a project POM, this one or an ancestor, manages an artifact of ours, or imports our BOM. */
    private boolean managedInProject(Xml.Document pom, String artifactId) {
        for (Xml.Document inChain : projectChain(pom)) {
            ResolvedPom resolved = resolution(inChain).getPom();
            for (Declared declared : declarations(inChain, null, true)) {
                String artifact = resolved.getValue(declared.tag.getChildValue("artifactId").orElse(null));
                if (declared.managed && (artifactId.equals(artifact) || BOM.equals(artifact))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** This POM, then each parent that is a POM of the project. */
    private List<Xml.Document> projectChain(Xml.Document pom) {
        List<Xml.Document> chain = new ArrayList<>();
        for (Xml.Document inChain = pom; inChain != null; ) {
            chain.add(inChain);
            MavenResolutionResult parent = resolution(inChain).getParent();
            Path parentPath = parent == null ? null : parent.getPom().getRequested().getSourcePath();
            inChain = parentPath == null ? null : projectPoms.get(parentPath);
        }
        return chain;
    }

    /** A dependency tag of ours, and whether it is in a {@code <dependencyManagement>}. */
    private static final class Declared {
        final Xml.Tag tag;
        final boolean managed;

        Declared(Xml.Tag tag, boolean managed) {
            this.tag = tag;
            this.managed = managed;
        }
    }

    /**
     * The dependency tags of ours in a POM: in {@code <dependencies>} and the active profiles' (and,
     * with management, {@code <dependencyManagement>} and every profile's), of one artifact or all.
     */
    private List<Declared> declarations(Xml.Document pom, String artifactId, boolean withManagement) {
        MavenResolutionResult module = resolution(pom);
        Set<String> active = activeProfiles(module);
        List<Xml.Tag> sections = new ArrayList<>();
        sections.add(pom.getRoot());
        for (Xml.Tag profile : pom.getRoot().getChild("profiles").map(profiles -> profiles.getChildren("profile"))
                .orElse(Collections.emptyList())) {
            if (withManagement || active.contains(profile.getChildValue("id").orElse(""))) {
                sections.add(profile);
            }
        }
        List<Declared> tags = new ArrayList<>();
        for (Xml.Tag section : sections) {
            addOurs(section.getChild("dependencies").orElse(null), false, module.getPom(), artifactId, tags);
            if (withManagement) {
                addOurs(section.getChild("dependencyManagement").flatMap(management -> management.getChild("dependencies"))
                        .orElse(null), true, module.getPom(), artifactId, tags);
            }
        }
        return tags;
    }

    private static void addOurs(Xml.Tag dependencies, boolean managed, ResolvedPom pom, String artifactId, List<Declared> tags) {
        for (Xml.Tag dependency : dependencies == null ? Collections.<Xml.Tag>emptyList() : dependencies.getChildren("dependency")) {
            if (GROUP.equals(pom.getValue(dependency.getChildValue("groupId").orElse(null)))
                    && (artifactId == null || artifactId.equals(pom.getValue(dependency.getChildValue("artifactId").orElse(null))))
                    && !dependency.getChild("classifier").isPresent()) {
                tags.add(new Declared(dependency, managed));
            }
        }
    }

    /** The ids of the profiles Maven activates in a POM, as Maven does: those activated, or else those active by default. */
    private static Set<String> activeProfiles(MavenResolutionResult module) {
        Set<String> activated = new HashSet<>();
        Set<String> byDefault = new HashSet<>();
        for (Profile profile : module.getPom().getRequested().getProfiles()) {
            if (profile.isActive(module.getActiveProfiles())) {
                activated.add(profile.getId());
            } else if (profile.getActivation() != null && Boolean.TRUE.equals(profile.getActivation().getActiveByDefault())) {
                byDefault.add(profile.getId());
            }
        }
        return activated.isEmpty() ? byDefault : activated;
    }

    private PomChanges changes(Xml.Document pom) {
        return changes.computeIfAbsent(pom.getId(), id -> new PomChanges());
    }

    private static MavenResolutionResult resolution(Xml.Document pom) {
        return pom.getMarkers().findFirst(MavenResolutionResult.class).get();
    }
}
