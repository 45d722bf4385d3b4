evaluate(new File(itSources, 'api-gate.groovy'))
copyModule(coreModule)
removeDeclaration('io/github/httpstatus/HttpStatus.java', /public boolean isError\(\) \{.*?\n    \}/)
return true
