evaluate(new File(itSources, 'api-gate.groovy'))
copyModule(coreModule)
return true
