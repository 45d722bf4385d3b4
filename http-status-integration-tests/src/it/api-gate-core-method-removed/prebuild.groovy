evaluate(new File(itSources, 'copy-module.groovy'))
copyModule(coreModule)
// The method and its Javadoc, so that nothing but the API changes.
editSource('io/github/httpstatus/HttpStatus.java') {
    it.replaceFirst(/(?s)    \/\*\*\n     \* Tells whether this is an error,.*?    public boolean isError\(\) \{.*?\n    \}\n\n/, '')
}
return true
