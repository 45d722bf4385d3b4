evaluate(new File(itSources, 'api-gate.groovy'))
copyModule(compatModule)
removeDeclaration('io/github/httpstatus/client/HttpStatusCodeStrings.java', /public static final String GONE = "410";/)
return true
