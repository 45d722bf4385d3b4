// A user's project is a repository of its own (without one, this copy would sit under the build's
// target/, which our .gitignore ignores, and OpenRewrite leaves ignored files alone), committed, so
// that verify.groovy can ask git which files the migration changed.
def git = { List<String> args ->
    def process = (['git', '-C', basedir.path, '-c', 'user.name=it', '-c', 'user.email=it@example.org'] + args).execute()
    process.waitForProcessOutput(System.out, System.err)
    assert process.exitValue() == 0 : args
}
git(['init', '--quiet'])
git(['add', '--all', '--', '.', ':!build.log']) // the invoker's log, which goes on growing
git(['commit', '--quiet', '--message', 'before the migration'])
return true
