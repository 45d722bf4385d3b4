// Both applications print after the migration what they printed before; the modular one still runs
// with no http-status module or class at run time, the library's consumer included. Each module got
// the build change its resolved model called for, and no other.
def text = { String path -> new File(basedir, path).text }

assert text('modular-app/after.txt') == text('modular-app/before.txt')
assert text('modular-app/after.txt').contains('http-status module at run time: false, class: false, core: false')
assert text('lib-tests/after.txt') == text('lib-tests/before.txt')
assert text('lib-tests/after.txt').readLines() == ['200 OK', '404 Not Found', '503 Service Unavailable']

// The code was migrated.
assert text('status-lib/src/main/java/org/example/statuses/Statuses.java').contains('case HttpStatusCodes.NOT_FOUND:')
assert text('modular-app/src/main/java/org/example/app/Main.java').contains('code == HttpStatusCodes.NOT_FOUND')
assert text('lib-tests/src/test/java/org/example/checks/PhrasesTest.java').contains('Phrases.of(HttpStatusCodes.NOT_FOUND)')
assert new File(basedir, 'lib-tests/target/test-classes/org/example/checks/PhrasesTest.class').isFile()
assert text('kotlin-app/src/main/java/org/example/mixed/Outcome.java').contains('code == HttpStatusCodes.NOT_FOUND')
// The Kotlin file is left as it is, the run says so for each recipe that would have changed it, and
// the module, Kotlin included, compiles after the migration.
String kotlinFile = 'kotlin-app/src/main/kotlin/org/example/mixed/Retry.kt'
def kotlinNotes = text('build.log').readLines().findAll { it.contains('http-status migration: ' + kotlinFile + ': left ') }
assert kotlinNotes.any { it.contains('left its status constants of java.net.HttpURLConnection: ') } && kotlinNotes.any { it.contains('left its status codes: ') } : kotlinNotes
assert kotlinNotes.every { it.endsWith('the migration changes Java sources only, and this is Kotlin') } : kotlinNotes
assert new File(basedir, 'kotlin-app/target/classes/org/example/mixed/RetryKt.class').isFile()

// The parent manages compat in the test scope: each module whose main code now uses it says
// provided, and takes the managed version.
def compatOf = { String pom ->
    new groovy.xml.XmlSlurper().parse(new File(basedir, pom)).dependencies.dependency
            .find { it.artifactId.text() == 'http-status-client-compat' }
}
for (pom in ['status-lib/pom.xml', 'modular-app/pom.xml', 'kotlin-app/pom.xml']) {
    def compat = compatOf(pom)
    assert compat.scope.text() == 'provided' : pom
    assert compat.version.text() == '' : pom
}
// Both modules read ours, to compile only.
for (descriptor in ['status-lib/src/main/java/module-info.java', 'modular-app/src/main/java/module-info.java']) {
    assert text(descriptor).contains('    requires static io.github.httpstatus.client;\n') : descriptor
}
// compat-lib brings compat to lib-tests at compile scope: lib-tests gets no entry of its own, which
// would take compat from its main code at run time. Nothing else of the build changed.
def changed = ['git', '-C', basedir.path, 'diff', '--name-only'].execute().text.readLines() as Set
assert changed == ['status-lib/pom.xml', 'status-lib/src/main/java/module-info.java',
                   'status-lib/src/main/java/org/example/statuses/Statuses.java',
                   'modular-app/pom.xml', 'modular-app/src/main/java/module-info.java',
                   'modular-app/src/main/java/org/example/app/Main.java',
                   'lib-tests/src/test/java/org/example/checks/PhrasesTest.java',
                   'kotlin-app/pom.xml', 'kotlin-app/src/main/java/org/example/mixed/Outcome.java'] as Set : changed
// Nothing but the Kotlin file was left for the user to do.
assert text('build.log').readLines().findAll { it.contains('http-status migration:') && !it.contains(kotlinFile) } == []
return true
