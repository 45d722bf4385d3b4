// A user's project is a repository of its own. Without one, this copy would sit under the build's
// target/, which our .gitignore ignores, and OpenRewrite leaves ignored files alone.
def init = ['git', 'init', '--quiet', basedir.path].execute()
init.waitForProcessOutput(System.out, System.err)
assert init.exitValue() == 0
return true
