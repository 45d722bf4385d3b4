evaluate(new File(itSources, 'api-gate.groovy'))
// HttpStatusCodeStrings is newer than the 1.0.0 baseline: compare with this build's compat jar.
copyModule(compatModule, [againstThisBuild: true])
editSource('io/github/httpstatus/client/HttpStatusCodeStrings.java') { it.replace('String GONE = "410";', 'String GONE = "411";') }
return true
