evaluate(new File(itSources, 'copy-module.groovy'))
copyModule(coreModule)
editSource('io/github/httpstatus/HttpStatus.java') { it.replaceFirst(/(?s)    public boolean isError\(\) \{.*?\n    \}\n/, '') }
return true
