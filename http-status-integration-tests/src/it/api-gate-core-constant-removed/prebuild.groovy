evaluate(new File(itSources, 'copy-module.groovy'))
copyModule(coreModule)
editSource('io/github/httpstatus/HttpStatus.java') { it.replaceFirst(/(?m)^    IM_USED\(226, .*\n/, '') }
return true
