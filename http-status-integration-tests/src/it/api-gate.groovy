// Shared by the API-gate projects, which differ only in their edit and the revapi code they expect.
// prebuild.groovy: evaluate(new File(itSources, 'api-gate.groovy')), copyModule(...), then one edit.
// verify.groovy:   evaluate(new File(itSources, 'api-gate.groovy')), then expectApiProblem(code).
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

/** Copies a module's main sources and revapi.json into the project being built. */
copyModule = { module ->
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
