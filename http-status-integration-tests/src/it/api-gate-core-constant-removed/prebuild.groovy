evaluate(new File(itSources, 'copy-module.groovy'))
copyModule(coreModule)
// The constant and its Javadoc line, so that nothing but the API changes.
editSource('io/github/httpstatus/HttpStatus.java') { it.replaceFirst(/(?m)^    \/\*\* \{@code 226 .*\n    IM_USED\(226, .*\n/, '') }
return true
