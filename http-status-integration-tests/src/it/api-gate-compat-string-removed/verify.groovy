evaluate(new File(itSources, 'api-gate.groovy'))
expectApiProblem('java.field.removed')
