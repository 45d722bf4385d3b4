evaluate(new File(itSources, 'api-gate.groovy'))
// HttpStatusCodeStrings is newer than the 1.0.0 baseline: compare with this build's compat jar.
copyModule(compatModule, [againstThisBuild: true])
removeDeclaration('io/github/httpstatus/client/HttpStatusCodeStrings.java', /public static final String GONE = "410";/)
return true
