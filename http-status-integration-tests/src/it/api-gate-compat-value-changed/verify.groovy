// The build failed for the right reason: revapi reported the change, not something else.
def log = new File(basedir, 'build.log').text
assert log.contains('java.field.constantValueChanged') : 'revapi did not report java.field.constantValueChanged'
assert log.contains('revapi-maven-plugin') && log.contains('API problems found')
return true
