evaluate(new File(itSources, 'api-gate.groovy'))
copyModule(coreModule)
['io/github/httpstatus/HttpStatus.java', 'io/github/httpstatus/CommandLine.java'].each { path ->
    editSource(path) { it.replace('description()', 'details()') }
}
return true
