package io.github.httpstatus.rewrite;

import static io.github.httpstatus.rewrite.MavenProject.VERSION;
import static io.github.httpstatus.rewrite.MavenProject.child;
import static io.github.httpstatus.rewrite.MavenProject.dependencies;
import static io.github.httpstatus.rewrite.MavenProject.dependency;
import static io.github.httpstatus.rewrite.MavenProject.management;
import static io.github.httpstatus.rewrite.MavenProject.pom;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dependency recipe on real POMs, resolved by rewrite-maven before the run and again after
 * it: each module whose code uses ours ends with compat on the class path it needs, no class path
 * loses it, and every http-status version the project writes ends at this release.
 */
class AddClientCompatDependencyTest {

    private static final String GROUP = "io.github.httpstatus";
    private static final String COMPAT = "http-status-client-compat";
    private static final String CORE = "http-status-core";

    /** Main code of module {@code app} (or the root) that uses a constant of ours. */
    private static String usesOurs(String packageName) {
        return "package " + packageName + ";\n"
                + "\n"
                + "import io.github.httpstatus.client.HttpStatusCodes;\n"
                + "\n"
                + "public class Codes {\n"
                + "    public static boolean found(int code) {\n"
                + "        return code == HttpStatusCodes.OK;\n"
                + "    }\n"
                + "}\n";
    }

    private static final String MAIN = "src/main/java/org/example/app/Codes.java";
    private static final String TEST = "src/test/java/org/example/app/CodesTest.java";

    private static AddClientCompatDependency recipe() {
        return new AddClientCompatDependency(VERSION, null);
    }

    private static AddClientCompatDependency atRunTime() {
        return new AddClientCompatDependency(VERSION, "compile");
    }

    private static String compat(String version, String scope) {
        return dependency(GROUP, COMPAT, version, scope);
    }

    private static String app(String body) {
        return pom("org.example", "app", "1", "jar", body);
    }

    /** A project of one module: this POM, and at {@code path} ({@link #MAIN} or {@link #TEST}) code that uses ours. */
    private static MavenProject oneModule(String pom, String path) {
        return MavenProject.create()
                .file("pom.xml", pom)
                .file(path, usesOurs("org.example.app"));
    }

    /** The POM of {@code org.example:parent:1}, the root of a reactor. */
    private static String parent(String body) {
        return pom("org.example", "parent", "1", "pom", body);
    }

    /** A {@code <modules>} section of these modules. */
    private static String modules(String... modules) {
        StringBuilder section = new StringBuilder("  <modules>\n");
        for (String module : modules) {
            section.append("    <module>").append(module).append("</module>\n");
        }
        return section.append("  </modules>\n").toString();
    }

    /** A reactor of the parent and its one module {@code app}, whose main code uses ours: the two POMs' bodies. */
    private static MavenProject parentAndApp(String parentBody, String appBody) {
        return MavenProject.create()
                .file("pom.xml", parent(modules("app") + parentBody))
                .file("app/pom.xml", child("parent", "1", "app", appBody))
                .file("app/" + MAIN, usesOurs("org.example.app"));
    }

    private static final String ACTIVE_BY_DEFAULT = "<activeByDefault>true</activeByDefault>";

    /** A {@code <profiles>} section of these profiles. */
    private static String profiles(String... profiles) {
        return "  <profiles>\n" + String.join("", profiles) + "  </profiles>\n";
    }

    /**
     * A profile: its id, what activates it (null for activation by name only), and a body of
     * {@code /project} indented as {@link MavenProject#dependencies} indents it; an empty body
     * leaves the profile with no line of it.
     */
    private static String profile(String id, String activation, String body) {
        return "    <profile>\n      <id>" + id + "</id>\n"
                + (activation == null ? "" : "      <activation>\n        " + activation + "\n      </activation>\n")
                + body.replaceAll("(?m)^(?=.)", "    ")
                + "    </profile>\n";
    }

    /** A {@code <dependencyManagement>} section that imports one BOM. */
    private static String importOf(String groupId, String artifactId, String version) {
        return "  <dependencyManagement>\n    <dependencies>\n      <dependency>\n"
                + "        <groupId>" + groupId + "</groupId>\n        <artifactId>" + artifactId + "</artifactId>\n"
                + "        <version>" + version + "</version>\n        <type>pom</type>\n        <scope>import</scope>\n"
                + "      </dependency>\n    </dependencies>\n  </dependencyManagement>\n";
    }

    // ---- what the module needs

    @Test
    void mainCodeUsesOurs_compatIsAddedCompileTimeOnly() {
        MavenProject.Run run = oneModule(app(""), MAIN).run(recipe());
        assertEquals(Map.of("pom.xml", app(dependencies(compat(VERSION, "provided")))), run.changed());
        assertEquals("provided " + VERSION, run.compatIn("pom.xml"));
        assertEquals("provided " + VERSION, run.coreIn("pom.xml"), "nothing of ours at run time");
        assertEquals("provided " + VERSION, run.compatInTheRunsModel("pom.xml"), "the model updated for what follows in the run");
        assertEquals(List.of(), run.notes);
    }

    @Test
    void onlyTestsUseOurs_compatIsAddedForTheTests() {
        MavenProject.Run run = oneModule(app(""), TEST).run(recipe());
        assertEquals(app(dependencies(compat(VERSION, "test"))), run.file("pom.xml"));
        assertEquals("test " + VERSION, run.compatIn("pom.xml"));
    }

    @Test
    void onlyTestsUseOurs_andATestDependencyBringsCompat_nothingIsAdded() {
        MavenProject.Run run = oneModule(app(dependencies(dependency("org.example", "compat-lib", "1", "test"))), TEST)
                .run(recipe());
        assertEquals(Map.of(), run.changed());
    }

    @Test
    void aTeamThatWantsCompileScope_getsIt() {
        MavenProject.Run run = oneModule(app(""), MAIN).run(atRunTime());
        assertEquals(app(dependencies(compat(VERSION, null))), run.file("pom.xml"));
        assertEquals("compile " + VERSION, run.compatIn("pom.xml"));
    }

    @Test
    void codeThatUsesNothingOfOurs_leavesTheBuildAlone() {
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", app(dependencies(dependency(GROUP, CORE, "1.0.0", null))))
                .file(MAIN, "package org.example.app;\n\nclass Plain {\n}\n")
                .run(recipe());
        assertEquals(Map.of(), run.changed());
        assertEquals(List.of(), run.notes);
    }

    @Test
    void theMigration_addsCompatInTheCycleAfterItsRecipesWroteOurConstants() {
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", app(""))
                .file(MAIN, "package org.example.app;\n\nimport java.net.HttpURLConnection;\n\n"
                        + "public class Codes {\n    public static boolean found(int code) {\n"
                        + "        return code == HttpURLConnection.HTTP_OK;\n    }\n}\n")
                .file(TEST, "package org.example.app;\n\nclass CodesTest {\n    int ok = java.net.HttpURLConnection.HTTP_OK;\n}\n")
                .run(RecipeRunner.recipe(Mappings.ALL));
        assertEquals(usesOurs("org.example.app"), run.file(MAIN));
        assertEquals(app(dependencies(compat(VERSION, "provided"))), run.file("pom.xml"));
    }

    /** The guide's rewrite.yml for teams that want compat at run time, with the version it names. */
    @Test
    void theGuidesRewriteYmlForRunTime_writesCompileScope() throws java.io.IOException {
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("..", "MIGRATING.md"));
        String section = guide.substring(guide.indexOf("### The build\n"), guide.indexOf("\n## Migrate by hand"));
        String yaml = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n", section.indexOf("```yaml\n") + 8));
        assertTrue(yaml.contains("      version: " + VERSION + "\n"), "the guide names this version:\n" + yaml);
        org.openrewrite.Recipe recipe = RecipeRunner.ourRecipes()
                .load(new org.openrewrite.config.YamlResourceLoader(new java.io.ByteArrayInputStream(
                        yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        java.net.URI.create("rewrite.yml"), new java.util.Properties()))
                .build().activateRecipes("com.acme.MigrateStatusCodesForRunTime");
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", app(""))
                .file(MAIN, "package org.example.app;\n\nimport java.net.HttpURLConnection;\n\n"
                        + "public class Codes {\n    public static boolean found(int code) {\n"
                        + "        return code == HttpURLConnection.HTTP_OK;\n    }\n}\n")
                .run(recipe);
        assertEquals(usesOurs("org.example.app"), run.file(MAIN));
        assertEquals(app(dependencies(compat(VERSION, null))), run.file("pom.xml"));
        assertEquals("compile " + VERSION, run.compatIn("pom.xml"));
    }

    // ---- scopes the declared entries do not show (item 7)

    @Test
    void parentManagesCompatInTheTestScope_theChildsEntrySaysProvided() {
        MavenProject.Run run = parentAndApp(management(compat(VERSION, "test")), "").run(recipe());
        assertEquals(Map.of("app/pom.xml", child("parent", "1", "app", dependencies(compat(null, "provided")))), run.changed());
        assertEquals("provided " + VERSION, run.compatIn("app/pom.xml"));
    }

    @Test
    void aParentOutsideTheProjectManagesAnOlderCompatForTests_theEntryNamesScopeAndVersion() {
        MavenProject.Run run = oneModule(child("company-parent", "1", "app", ""), MAIN).run(recipe());
        assertEquals(child("company-parent", "1", "app", dependencies(compat(VERSION, "provided"))), run.file("pom.xml"));
        assertEquals("provided " + VERSION, run.compatIn("pom.xml"));
    }

    @Test
    void aProfileActiveByDefaultDeclaresCompatForTests_thatEntryBecomesProvided() {
        String profile = profiles(profile("ci", ACTIVE_BY_DEFAULT, dependencies(compat(VERSION, "%s"))));
        MavenProject.Run run = oneModule(app(String.format(profile, "test")), MAIN).run(recipe());
        assertEquals(app(String.format(profile, "provided")), run.file("pom.xml"));
        assertEquals("provided " + VERSION, run.compatIn("pom.xml"));
    }

    @Test
    void aProfileActivatedByName_isTheOneThatCounts() {
        String profiles = profiles(profile("local", ACTIVE_BY_DEFAULT, ""), profile("ci", null, dependencies(compat(VERSION, "%s"))));
        MavenProject.Run run = oneModule(app(String.format(profiles, "test")), MAIN)
                .activate("ci")
                .run(recipe());
        assertEquals(app(String.format(profiles, "provided")), run.file("pom.xml"));
    }

    @Test
    void aParentManagesCompatForTests_soItsManagementReachesCompatBroughtByADependency() {
        String lib = dependency("org.example", "compat-lib", "1", null);
        MavenProject.Run run = parentAndApp(management(compat(VERSION, "test")), dependencies(lib)).run(recipe());
        assertEquals(child("parent", "1", "app", dependencies(lib, compat(null, "provided"))), run.file("app/pom.xml"),
                "Maven gives the library's compat the managed test scope, which main code cannot compile with");
        assertEquals("provided " + VERSION, run.compatIn("app/pom.xml"));
    }

    @Test
    void anEntryOfTheModulesOwnScope_isNotTheManagedScope() {
        MavenProject.Run run = parentAndApp(management(compat(VERSION, "test")), dependencies(compat(null, "compile"))).run(recipe());
        assertEquals(Map.of(), run.changed());
    }

    @Test
    void aProfileActiveByDefault_staysActiveWhenTheProfilesActivatedAreOthers() {
        String profile = profiles(profile("ci", ACTIVE_BY_DEFAULT, dependencies(compat(VERSION, "%s"))));
        MavenProject.Run run = oneModule(app(String.format(profile, "test")), MAIN)
                .activate("elsewhere")
                .run(recipe());
        assertEquals(app(String.format(profile, "provided")), run.file("pom.xml"));
    }

    /**
     * Activation by operating system or by file is Maven's to evaluate, not the run's: the module
     * gets its own entry, and the profile's entry, which replaces it where Maven activates the
     * profile, covers main code too. An entry that already covers it stays as it is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"<os>\n          <family>unix</family>\n        </os>",
            "<file>\n          <exists>${basedir}/pom.xml</exists>\n        </file>"})
    void aProfileActivatedByWhatOnlyMavenEvaluates_getsTheScopeTheCodeNeeds(String activation) {
        String profile = profiles(profile("local", activation, dependencies(compat(VERSION, "%s"))));
        MavenProject.Run run = parentAndApp("", String.format(profile, "test"))
                .file("lib/pom.xml", app(String.format(profile, "compile")).replace("<artifactId>app</artifactId>", "<artifactId>lib</artifactId>"))
                .file("lib/" + MAIN, usesOurs("org.example.lib"))
                .run(recipe());
        assertEquals(child("parent", "1", "app", dependencies(compat(VERSION, "provided")) + String.format(profile, "provided")),
                run.file("app/pom.xml"));
        assertEquals(app(dependencies(compat(VERSION, "provided")) + String.format(profile, "compile"))
                .replace("<artifactId>app</artifactId>", "<artifactId>lib</artifactId>"), run.file("lib/pom.xml"));
    }

    @Test
    void aModuleThatHasCompat_stillGetsItWhereAProfileOnlyMavenEvaluatesWouldTakeItAway() {
        String onUnix = "<os>\n          <family>unix</family>\n        </os>";
        String profile = profiles(profile("local", onUnix, dependencies(compat(VERSION, "%s"))));
        MavenProject.Run run = oneModule(app(dependencies(compat(VERSION, "compile")) + String.format(profile, "test")), MAIN)
                .run(recipe());
        assertEquals(app(dependencies(compat(VERSION, "compile")) + String.format(profile, "provided")), run.file("pom.xml"));
    }

    @Test
    void aProfileActiveByDefault_isOffWhenAnotherOfItsPomIsActivated_soItsEntryIsLeft() {
        String profiles = profiles(profile("local", ACTIVE_BY_DEFAULT, dependencies(compat(VERSION, "test"))), profile("ci", null, ""));
        MavenProject.Run run = oneModule(app(profiles), MAIN)
                .activate("ci")
                .run(recipe());
        assertEquals(app(dependencies(compat(VERSION, "provided")) + profiles), run.file("pom.xml"));
    }

    @Test
    void aParentOfTheProjectDeclaresAnOlderCompat_itIsRaisedThere_andTheChildGetsNothing() {
        MavenProject.Run run = parentAndApp(dependencies(compat("1.0.0", "provided")), "").run(recipe());
        assertEquals(Map.of("pom.xml", parent(modules("app") + dependencies(compat(VERSION, "provided")))), run.changed());
        assertEquals("provided " + VERSION, run.compatIn("app/pom.xml"));
    }

    @Test
    void aParentOutsideTheProjectDeclaresAnOlderCompat_theChildsEntryNamesThisRelease() {
        MavenProject.Run run = oneModule(child("company-deps-parent", "1", "app", ""), MAIN).run(recipe());
        assertEquals(child("company-deps-parent", "1", "app", dependencies(compat(VERSION, "provided"))), run.file("pom.xml"));
        assertEquals("provided " + VERSION, run.compatIn("pom.xml"));
    }

    @Test
    void aDependencyBringsAnOlderCompat_whoseVersionTheProjectManages_theManagementIsRaised() {
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", parent(modules("app") + management(compat("1.0.0", null))))
                .file("app/pom.xml", child("parent", "1", "app", dependencies(dependency("org.example", "old-compat-lib", "1", null))))
                .file("app/" + TEST, usesOurs("org.example.app"))
                .run(recipe());
        assertEquals(Map.of("pom.xml", parent(modules("app") + management(compat(VERSION, null)))), run.changed());
        assertEquals("compile " + VERSION, run.compatIn("app/pom.xml"));
    }

    @Test
    void aDependencyBringsAnOlderCompat_whoseVersionABomOutsideManages_theEntryNamesThisRelease() {
        String bom = importOf("org.example", "company-bom", "1");
        String lib = dependency("org.example", "compat-lib", "1", null);
        MavenProject.Run run = oneModule(app(bom + dependencies(lib)), TEST).run(recipe());
        assertEquals(app(bom + dependencies(lib, compat(VERSION, null))), run.file("pom.xml"));
        assertEquals("compile " + VERSION, run.compatIn("pom.xml"));
    }

    @Test
    void onlyTestsUseOurs_andADependencyBringsCompatForCompilation_nothingIsAdded() {
        String pom = app(dependencies(dependency("org.example", "compat-lib", "1", null)));
        MavenProject.Run run = oneModule(pom, TEST).run(recipe());
        assertEquals(Map.of(), run.changed(), "a test entry would take compat and core from the main code at run time");
        assertEquals("compile " + VERSION, run.compatIn("pom.xml"));
    }

    @Test
    void mainCodeUsesOurs_andADependencyBringsCompat_nothingIsAdded() {
        MavenProject.Run run = oneModule(app(dependencies(dependency("org.example", "compat-lib", "1", "provided"))), MAIN)
                .run(recipe());
        assertEquals(Map.of(), run.changed());
    }

    @Test
    void aDependencyBringsCompatOnlyAtRunTime_theEntryKeepsItThere() {
        MavenProject.Run run = oneModule(app(dependencies(dependency("org.example", "runtime-compat-lib", "1", null))), MAIN)
                .run(recipe());
        assertEquals(app(dependencies(dependency("org.example", "runtime-compat-lib", "1", null), compat(VERSION, null))),
                run.file("pom.xml"), "provided would take it from the library at run time");
        assertEquals("compile " + VERSION, run.compatIn("pom.xml"));
    }

    @Test
    void aDependencyBringsAnOlderCompat_theEntryGivesThisReleaseInTheScopeItHad() {
        MavenProject.Run run = oneModule(app(dependencies(dependency("org.example", "old-compat-lib", "1", null))), TEST)
                .run(recipe());
        assertEquals(app(dependencies(dependency("org.example", "old-compat-lib", "1", null), compat(VERSION, null))),
                run.file("pom.xml"));
        assertEquals("compile " + VERSION, run.compatIn("pom.xml"));
    }

    // ---- entries of the module's own (items 8, 9)

    @Test
    void aProvidedEntry_staysProvided_evenForATeamThatWantsCompile() {
        String pom = app(dependencies(compat(VERSION, "provided")));
        for (AddClientCompatDependency recipe : new AddClientCompatDependency[] {recipe(), atRunTime()}) {
            MavenProject.Run run = oneModule(pom, MAIN).run(recipe);
            assertEquals(Map.of(), run.changed(), recipe.getMainScope());
        }
    }

    @Test
    void aTestEntry_becomesProvidedOnceMainCodeUsesOurs() {
        MavenProject.Run run = oneModule(app(dependencies(compat(VERSION, "test"))), MAIN).run(recipe());
        assertEquals(app(dependencies(compat(VERSION, "provided"))), run.file("pom.xml"));
    }

    @Test
    void aRuntimeEntry_becomesCompile_notProvided() {
        MavenProject.Run run = oneModule(app(dependencies(compat(VERSION, "runtime"))), MAIN).run(recipe());
        assertEquals(app(dependencies(compat(VERSION, "compile"))), run.file("pom.xml"));
    }

    @Test
    void anOlderProvidedEntry_isRaisedInVersionAndKeepsItsScope() {
        MavenProject.Run run = oneModule(app(dependencies(compat("1.0.0", "provided"))), MAIN).run(recipe());
        assertEquals(app(dependencies(compat(VERSION, "provided"))), run.file("pom.xml"));
    }

    // ---- versions (item 8)

    @Test
    void anOlderCoreBesideTheNewCompat_isRaisedToTheSameRelease() {
        MavenProject.Run run = oneModule(app(dependencies(dependency(GROUP, CORE, "1.0.0", null))), MAIN).run(recipe());
        assertEquals(app(dependencies(dependency(GROUP, CORE, VERSION, null), compat(VERSION, "provided"))), run.file("pom.xml"));
        assertEquals("compile " + VERSION, run.coreIn("pom.xml"));
        assertEquals("provided " + VERSION, run.compatIn("pom.xml"));
    }

    @Test
    void aVersionManagedInTheParent_isRaisedThere_andNotOverriddenInTheChild() {
        MavenProject.Run run = parentAndApp(management(dependency(GROUP, CORE, "1.0.0", null), compat("1.0.0", null)),
                dependencies(dependency(GROUP, CORE, null, null))).run(recipe());
        assertEquals(parent(modules("app") + management(dependency(GROUP, CORE, VERSION, null), compat(VERSION, null))),
                run.file("pom.xml"));
        assertEquals(child("parent", "1", "app", dependencies(dependency(GROUP, CORE, null, null), compat(null, "provided"))),
                run.file("app/pom.xml"));
        assertEquals("provided " + VERSION, run.compatIn("app/pom.xml"));
        assertEquals("compile " + VERSION, run.coreIn("app/pom.xml"));
    }

    @Test
    void anImportOfOurBom_isRaised_andTheNewEntryTakesItsVersionFromIt() {
        String core = dependency(GROUP, CORE, null, null);
        MavenProject.Run run = oneModule(app(importOf(GROUP, "http-status-bom", "1.0.0") + dependencies(core)), MAIN).run(recipe());
        assertEquals(app(importOf(GROUP, "http-status-bom", VERSION) + dependencies(core, compat(null, "provided"))),
                run.file("pom.xml"));
        assertEquals("provided " + VERSION, run.compatIn("pom.xml"));
        assertEquals("compile " + VERSION, run.coreIn("pom.xml"));
    }

    @Test
    void aBomOutsideTheProjectManagesOlderVersions_theEntriesNameThisRelease() {
        String bom = importOf("org.example", "company-bom", "1");
        MavenProject.Run run = oneModule(app(bom + dependencies(dependency(GROUP, CORE, null, null))), MAIN).run(recipe());
        assertEquals(app(bom + dependencies(dependency(GROUP, CORE, VERSION, null), compat(VERSION, "provided"))),
                run.file("pom.xml"));
        assertEquals("compile " + VERSION, run.coreIn("pom.xml"));
    }

    @Test
    void aVersionPropertyOnlyOursUse_isRaisedWhereItIsDefined() {
        String pom = "  <properties>\n    <httpstatus.version>%s</httpstatus.version>\n  </properties>\n"
                + dependencies(dependency(GROUP, CORE, "${httpstatus.version}", null));
        MavenProject.Run run = oneModule(app(String.format(pom, "1.0.0")), MAIN).run(recipe());
        assertEquals(app(String.format(pom, VERSION).replace("  </dependencies>", compat(VERSION, "provided") + "  </dependencies>")),
                run.file("pom.xml"));
        assertEquals(List.of(), run.notes);
    }

    @Test
    void aVersionPropertyThatOthersUseToo_isLeft_andOurVersionWrittenInItsPlace() {
        String pom = "  <description>Built with ${shared.version}</description>\n"
                + "  <properties>\n    <shared.version>1.0.0</shared.version>\n  </properties>\n"
                + dependencies(dependency(GROUP, CORE, "%s", null));
        MavenProject.Run run = oneModule(app(String.format(pom, "${shared.version}")), MAIN).run(recipe());
        assertEquals(app(String.format(pom, VERSION).replace("  </dependencies>", compat(VERSION, "provided") + "  </dependencies>")),
                run.file("pom.xml"));
        assertEquals(List.of("pom.xml: the property shared.version that gave ${shared.version} is used for more than "
                + "http-status's versions, so the version " + VERSION + " is written in its place"), run.notes);
    }

    // ---- reactors

    @Test
    void aLibraryAndTheModuleThatTestsWithIt_eachGetsItsOwnEntry() {
        MavenProject project = reactor();
        MavenProject.Run run = project.run(recipe());
        assertEquals(child("parent", "1", "lib", dependencies(compat(VERSION, "provided"))), run.file("lib/pom.xml"));
        assertEquals(child("parent", "1", "app", dependencies(dependency("org.example", "lib", "1", null), compat(VERSION, "test"))),
                run.file("app/pom.xml"), "provided does not reach the library's users");
        assertEquals("test " + VERSION, run.compatIn("app/pom.xml"));
    }

    @Test
    void aLibraryThatGetsCompileScope_bringsItToTheModuleThatTestsWithIt() {
        MavenProject.Run run = reactor().run(atRunTime());
        assertEquals(child("parent", "1", "lib", dependencies(compat(VERSION, null))), run.file("lib/pom.xml"));
        assertEquals(child("parent", "1", "app", dependencies(dependency("org.example", "lib", "1", null))), run.file("app/pom.xml"),
                "a test entry would take it from the library's code at run time");
        assertEquals("compile " + VERSION, run.compatIn("app/pom.xml"));
    }

    @Test
    void aLibraryOfTheReactorBringsAnOlderCompat_itIsRaisedThere_andItsTestOnlyUserGetsNothing() {
        MavenProject.Run run = reactor()
                .file("lib/pom.xml", child("parent", "1", "lib", dependencies(compat("1.0.0", null))))
                .run(recipe());
        assertEquals(Map.of("lib/pom.xml", child("parent", "1", "lib", dependencies(compat(VERSION, null)))), run.changed());
        assertEquals("compile " + VERSION, run.compatIn("app/pom.xml"));
    }

    @Test
    void aReactorListedUsersFirst_isDecidedLibrariesFirst() {
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", parent(modules("app", "lib")))
                .file("app/pom.xml", child("parent", "1", "app", dependencies(dependency("org.example", "lib", "1", null))))
                .file("app/" + TEST, usesOurs("org.example.app"))
                .file("lib/pom.xml", child("parent", "1", "lib", ""))
                .file("lib/src/main/java/org/example/lib/Codes.java", usesOurs("org.example.lib"))
                .run(atRunTime());
        assertEquals(child("parent", "1", "app", dependencies(dependency("org.example", "lib", "1", null))), run.file("app/pom.xml"));
        assertEquals(child("parent", "1", "lib", dependencies(compat(VERSION, null))), run.file("lib/pom.xml"));
    }

    @Test
    void aTeamThatWantsCompileScope_underAParentThatManagesTheVersion_getsABareEntry() {
        MavenProject.Run run = parentAndApp(management(compat(VERSION, null)), "").run(atRunTime());
        assertEquals(child("parent", "1", "app", dependencies(compat(null, null))), run.file("app/pom.xml"));
    }

    private static MavenProject reactor() {
        return MavenProject.create()
                .file("pom.xml", parent(modules("lib", "app")))
                .file("lib/pom.xml", child("parent", "1", "lib", ""))
                .file("lib/src/main/java/org/example/lib/Codes.java", usesOurs("org.example.lib"))
                .file("app/pom.xml", child("parent", "1", "app", dependencies(dependency("org.example", "lib", "1", null))))
                .file("app/" + TEST, usesOurs("org.example.app"));
    }

    // ---- module descriptors (item 4)

    private static final String DESCRIPTOR = "src/main/java/module-info.java";

    @Test
    void aModularModule_requiresOursStatically_whatever_theScope() {
        for (AddClientCompatDependency recipe : new AddClientCompatDependency[] {recipe(), atRunTime()}) {
            MavenProject.Run run = MavenProject.create()
                    .file("pom.xml", app(""))
                    .file(DESCRIPTOR, "module org.example.app {\n    requires java.net.http;\n\n    exports org.example.app;\n}\n")
                    .file(MAIN, usesOurs("org.example.app"))
                    .run(recipe);
            assertEquals("module org.example.app {\n    requires java.net.http;\n    requires static io.github.httpstatus.client;\n"
                    + "\n    exports org.example.app;\n}\n", run.file(DESCRIPTOR), recipe.getMainScope());
        }
    }

    /** A second root of main sources, as build-helper adds, holds the only code that uses ours. */
    @Test
    void theDescriptor_isFoundInAnyRootOfTheMainSources() {
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", app(""))
                .file(DESCRIPTOR, "module org.example.app {\n    exports org.example.app;\n}\n")
                .file("src/main/java/org/example/app/Main.java", "package org.example.app;\n\nclass Main {\n}\n")
                .file("src/main/extra/org/example/extra/Codes.java", usesOurs("org.example.extra"))
                .run(recipe());
        assertEquals("module org.example.app {\n    requires static io.github.httpstatus.client;\n    exports org.example.app;\n}\n",
                run.file(DESCRIPTOR));
    }

    /** The descriptor of the tests, for a module the tests patch or open, is not the module's. */
    @Test
    void theTestsDescriptor_isLeftAsItIs() {
        String testDescriptor = "open module org.example.app.tests {\n    requires org.example.app;\n}\n";
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", app(dependencies(compat(VERSION, "provided"))))
                .file(DESCRIPTOR, "module org.example.app {\n}\n")
                .file(MAIN, usesOurs("org.example.app"))
                .file("src/test/java/module-info.java", testDescriptor)
                .file("src/test/java/org/example/app/CodesTest.java", "package org.example.app;\n\nclass CodesTest {\n}\n")
                .run(recipe());
        assertEquals(Map.of(DESCRIPTOR, "module org.example.app {\n    requires static io.github.httpstatus.client;\n}\n"),
                run.changed());
    }

    @Test
    void sourcesAtTheRootOfTheProject_haveTheirDescriptorThere() {
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", app(dependencies(compat(VERSION, "provided"))))
                .file("module-info.java", "module org.example.app {\n}\n")
                .file("org/example/app/Codes.java", usesOurs("org.example.app"))
                .run(recipe());
        assertEquals(Map.of("module-info.java", "module org.example.app {\n    requires static io.github.httpstatus.client;\n}\n"),
                run.changed());
    }

    @Test
    void anXmlFileThatIsNoPom_isNoPomTheRunCouldNotResolve() {
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", app(dependencies(compat(VERSION, "provided"))))
                .file("src/main/resources/logback.xml", "<configuration/>\n")
                .file(MAIN, usesOurs("org.example.app"))
                .run(recipe());
        assertEquals(List.of(), run.notes);
    }

    @Test
    void aDescriptorAnEarlierCycleWrote_isEditedAmongTheSources() {
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", app(""))
                .file(DESCRIPTOR, "module org.example.app {\n    exports org.example.app;\n}\n")
                .file(MAIN, usesOurs("org.example.app"))
                .descriptorsAmongSources()
                .run(recipe());
        assertEquals("module org.example.app {\n    requires static io.github.httpstatus.client;\n    exports org.example.app;\n}\n",
                run.file(DESCRIPTOR));
        assertEquals(1, run.resultsFor(DESCRIPTOR), "edited where it is, not written again from disk");
    }

    @Test
    void aDescriptorThatRequiresOursAlready_orTestsAlone_areLeftAlone() {
        String requires = "module org.example.app {\n    requires transitive io.github.httpstatus.client;\n}\n";
        String plain = "module org.example.app {\n}\n";
        for (String[] descriptorAndSource : new String[][] {{requires, MAIN}, {plain, TEST}, {requires, MAIN + "!among"}}) {
            MavenProject project = MavenProject.create()
                    .file("pom.xml", app(dependencies(compat(VERSION, "provided"))))
                    .file(DESCRIPTOR, descriptorAndSource[0])
                    .file(descriptorAndSource[1].replace("!among", ""), usesOurs("org.example.app"));
            if (descriptorAndSource[1].endsWith("!among")) {
                project.descriptorsAmongSources();
            }
            MavenProject.Run run = project.run(recipe());
            assertEquals(descriptorAndSource[0], run.file(DESCRIPTOR) == null ? descriptorAndSource[0] : run.file(DESCRIPTOR));
            assertEquals(Map.of(), run.changed(), descriptorAndSource[1]);
        }
    }

    @Test
    void aModuleWithoutDescriptor_getsNone() {
        MavenProject.Run run = oneModule(app(dependencies(compat(VERSION, "provided"))), MAIN).run(recipe());
        assertEquals(Map.of(), run.changed());
        assertEquals(List.of(), run.notes);
    }

    @Test
    void aDescriptorTheRunCannotRead_isReported() {
        MavenProject.Run notUtf8 = oneModule(app(dependencies(compat(VERSION, "provided"))), MAIN)
                .bytes(DESCRIPTOR, new byte[] {'m', 'o', 'd', (byte) 0xff})
                .run(recipe());
        assertEquals(List.of(DESCRIPTOR + ": not UTF-8 text the run can read, so it is left as it is: add "
                + "`requires static io.github.httpstatus.client;` yourself"), notUtf8.notes);
        MavenProject.Run noModule = oneModule(app(dependencies(compat(VERSION, "provided"))), MAIN)
                .file(DESCRIPTOR, "// generated later\n")
                .run(recipe());
        assertEquals(List.of(DESCRIPTOR + ": no module declaration the run can read, so it is left as it is"), noModule.notes);
    }

    @Test
    void sourcesTheRunCannotFindOnDisk_areReported() {
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", app(dependencies(compat(VERSION, "provided"))))
                .file(DESCRIPTOR, "module org.example.app {\n}\n")
                .file(MAIN, usesOurs("org.example.app"))
                .runFromAnywhere(recipe());
        assertEquals(Map.of(), run.changed());
        assertEquals(List.of("pom.xml: the run cannot read this module's sources from disk: if it has a " + DESCRIPTOR
                + ", it needs `requires static io.github.httpstatus.client;`"), run.notes);
    }

    @Test
    void theProjectIsFoundFromTheWorkingDirectory_whenMavenDoesNotSay() {
        MavenProject project = MavenProject.create()
                .file("pom.xml", app(dependencies(compat(VERSION, "provided"))))
                .file(MAIN, usesOurs("org.example.app"));
        java.nio.file.Path[] pomAndSource = {java.nio.file.Paths.get("pom.xml"), java.nio.file.Paths.get(MAIN)};
        String before = System.getProperty("user.dir");
        try {
            System.setProperty("user.dir", project.directory().resolve("src").toString());
            assertEquals(project.directory(), AddClientCompatDependency.projectRoot(pomAndSource));
        } finally {
            System.setProperty("user.dir", before);
        }
        assertEquals(null, AddClientCompatDependency.projectRoot(pomAndSource), "the tests' working directory is not the project's");
    }

    // ---- what the run cannot decide, or cannot read

    @Test
    void aProjectWithoutAMavenPom_isReported_andNothingFails() {
        MavenProject.Run run = MavenProject.create()
                .file(MAIN, usesOurs("org.example.app"))
                .run(recipe());
        assertEquals(List.of(MAIN + ": no Maven POM was resolved for the project of this "
                + "source, so the run cannot add " + GROUP + ":" + COMPAT + ":" + VERSION + " to its build: add it yourself "
                + "(compile-time only, as Maven's provided or Gradle's compileOnly, where main code uses the constants)"), run.notes);
    }

    @Test
    void sourcesOfNoKnownProject_areReported_andNothingFails() {
        MavenProject.Run run = oneModule(app(""), MAIN)
                .unmarked()
                .run(recipe());
        assertEquals(Map.of(), run.changed());
        assertEquals(List.of(MAIN + ": this source uses io.github.httpstatus.client but belongs to no project the run knows, "
                + "so no build file was changed for it: its build needs " + GROUP + ":" + COMPAT + ":" + VERSION), run.notes);
    }

    @Test
    void aPomThatCannotBeResolved_isLeftAndReported_andTheOthersAreStillMigrated() {
        MavenProject.Run run = MavenProject.create()
                .file("pom.xml", parent(modules("app", "broken")))
                .file("app/pom.xml", child("parent", "1", "app", ""))
                .file("app/" + MAIN, usesOurs("org.example.app"))
                .file("broken/pom.xml", child("parent", "1", "broken", dependencies(dependency("org.example", "nowhere", "1", null))))
                .file("broken/" + MAIN, usesOurs("org.example.app"))
                .runTolerating(recipe());
        assertEquals(child("parent", "1", "app", dependencies(compat(VERSION, "provided"))), run.file("app/pom.xml"));
        assertTrue(run.notes.contains("broken/pom.xml: the run could not resolve this POM, so it is left as it is: if its "
                + "modules' code uses io.github.httpstatus.client, add " + GROUP + ":" + COMPAT + ":" + VERSION + " yourself"), run.notes.toString());
        assertEquals(null, run.changed().get("broken/pom.xml"));
    }
}
