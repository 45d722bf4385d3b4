evaluate(new File(itSources, 'api-gate.groovy'))
copyModule(coreModule)
// StatusCode's default would otherwise stand in for it, which is no removal at all.
removeDeclaration('io/github/httpstatus/StatusCode.java', /default boolean isError\(\) \{.*?\n    \}/)
removeDeclaration('io/github/httpstatus/HttpStatus.java', /public boolean isError\(\) \{.*?\n    \}/)
return true
