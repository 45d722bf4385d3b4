evaluate(new File(itSources, 'api-gate.groovy'))
copyModule(compatModule)
editSource('io/github/httpstatus/client/HttpStatusCodeStrings.java') { it.replace('String GONE = "410";', 'String GONE = "411";') }
return true
