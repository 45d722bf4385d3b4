evaluate(new File(itSources, 'api-gate.groovy'))
// Unchanged, against a baseline release that does not exist: the gate must fail, not pass.
copyModule(coreModule, [baseline: '1.0.1'])
return true
