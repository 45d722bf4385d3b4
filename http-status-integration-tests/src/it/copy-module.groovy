// Shared by the API-gate projects: copies a module's main sources and revapi.json into the project
// being built, and edits one of them. Called as: evaluate(new File(itSources, 'copy-module.groovy'))
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

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
