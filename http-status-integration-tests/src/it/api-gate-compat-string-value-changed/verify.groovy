evaluate(new File(itSources, 'api-gate.groovy'))
expectApiProblem('java.field.constantValueChanged')
