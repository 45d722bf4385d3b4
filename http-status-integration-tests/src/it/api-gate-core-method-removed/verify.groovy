evaluate(new File(itSources, 'api-gate.groovy'))
expectApiProblem('java.method.removed')
