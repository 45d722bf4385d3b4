evaluate(new File(itSources, 'api-gate.groovy'))
copyModule(compatModule)
editSource('io/github/httpstatus/client/HttpStatusCodes.java') { it.replace('int GONE = 410;', 'int GONE = 411;') }
return true
