evaluate(new File(itSources, 'api-gate.groovy'))
copyModule(coreModule)
editSource('io/github/httpstatus/HttpStatus.java') { it.replace('description()', 'details()') }
// Registration has a description() of its own, which stays.
editSource('io/github/httpstatus/CommandLine.java') { it.replace('member.description()', 'member.details()') }
return true
