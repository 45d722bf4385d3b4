// The build failed because revapi could not resolve the baseline, not for any other reason.
def log = new File(basedir, 'build.log').text
assert log.contains('revapi-maven-plugin') : 'revapi did not fail the build'
assert log.contains('1.0.1') : 'the failure does not name the missing baseline'
assert !log.contains('API checks completed without failures') : 'the gate passed without a baseline'
return true
