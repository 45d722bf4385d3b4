evaluate(new File(itSources, 'api-gate.groovy'))
copyModule(coreModule)
removeDeclaration('io/github/httpstatus/HttpStatus.java', /IM_USED\(226, [^\n]*/)
return true
