// Shared by the API-gate projects, which differ only in their edit and the revapi code they expect.
// Each project is a directory with no POM of its own:
// prebuild.groovy: evaluate(new File(itSources, 'api-gate.groovy')), copyModule(...), then one edit.
// verify.groovy:   evaluate(new File(itSources, 'api-gate.groovy')), then expectApiProblem(code).
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

/**
 * Makes the project a copy of a module (coreModule or compatModule): its main sources, its
 * revapi.json, and a POM that builds them with the parent's API check. By default the check compares
 * with the parent's baseline release; options.baseline names another release, and
 * options.againstThisBuild compares with this build's jar of the module instead, for API newer than
 * the baseline (the copy then takes the project's name, so that revapi does not resolve the copy).
 */
copyModule = { module, Map options = [:] ->
    Path from = new File(module.toString()).toPath()
    Path to = basedir.toPath()
    Files.walk(from.resolve('src/main')).forEach { Path path ->
        Path target = to.resolve(from.relativize(path).toString())
        if (Files.isDirectory(path)) {
            Files.createDirectories(target)
        } else {
            Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
    Files.copy(from.resolve('revapi.json'), to.resolve('revapi.json'), StandardCopyOption.REPLACE_EXISTING)

    String moduleName = from.fileName.toString()
    String artifactId = options.againstThisBuild ? basedir.name : moduleName
    String baseline = options.baseline ? "\n    <httpstatus.api.baseline>${options.baseline}</httpstatus.api.baseline>" : ''
    String dependencies = moduleName == 'http-status-core' ? '' : """
  <dependencies>
    <dependency>
      <groupId>io.github.httpstatus</groupId>
      <artifactId>http-status-core</artifactId>
      <version>${projectVersion}</version>
    </dependency>
  </dependencies>
"""
    String build = !options.againstThisBuild ? '' : """
  <build>
    <plugins>
      <plugin>
        <groupId>org.revapi</groupId>
        <artifactId>revapi-maven-plugin</artifactId>
        <configuration>
          <oldArtifacts>
            <artifact>io.github.httpstatus:${moduleName}:${projectVersion}</artifact>
          </oldArtifacts>
        </configuration>
      </plugin>
    </plugins>
  </build>
"""
    new File(basedir, 'pom.xml').text = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by api-gate.groovy: a copy of ${moduleName} with the change prebuild.groovy makes. -->
<project xmlns="http://maven.apache.org/POM/4.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>

  <parent>
    <groupId>io.github.httpstatus</groupId>
    <artifactId>http-status-parent</artifactId>
    <version>${projectVersion}</version>
    <relativePath/>
  </parent>

  <artifactId>${artifactId}</artifactId>
  <name>${basedir.name}</name>

  <properties>
    <!-- Only the compile and the API check matter here. -->
    <httpstatus.published.skip>true</httpstatus.published.skip>
    <revapi.skip>false</revapi.skip>${baseline}
  </properties>
${dependencies}${build}</project>
"""
}

editSource = { String relativePath, Closure<String> edit ->
    File source = new File(basedir, 'src/main/java/' + relativePath)
    String before = source.text
    String after = edit(before)
    assert after != before : "the edit of ${relativePath} changed nothing"
    source.text = after
}

/**
 * Removes a declaration, found by a pattern of its own code, with the doc comment right above it
 * whatever that says, so that only the API changes and no comment is left dangling.
 */
removeDeclaration = { String relativePath, String declaration ->
    editSource(relativePath) { it.replaceFirst(/(?s)(?:\n[ \t]*\/\*\*(?:(?!\*\/).)*\*\/)?\n[ \t]*/ + declaration, '') }
}

/** The build failed for the right reason: revapi reported this change, not something else. */
expectApiProblem = { String code ->
    def log = new File(basedir, 'build.log').text
    assert log.contains(code) : "revapi did not report ${code}"
    assert log.contains('revapi-maven-plugin') && log.contains('API problems found')
    true
}

/** The build passed with the API check run, for a change the gate must accept. */
expectApiAccepted = {
    def log = new File(basedir, 'build.log').text
    assert log.contains('API checks completed without failures.')
    assert log =~ /revapi(-maven-plugin)?:[\d.]+:check/
    true
}
