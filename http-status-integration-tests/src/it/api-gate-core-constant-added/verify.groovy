evaluate(new File(itSources, 'api-gate.groovy'))
expectApiAccepted()
