evaluate(new File(itSources, 'api-gate.groovy'))
copyModule(coreModule)
// In the middle of the table, so the ordinals of every later constant move too. The name is made
// up, so that this edit can never collide with a code the table really gains.
editSource('io/github/httpstatus/HttpStatus.java') {
    it.replaceFirst(/(?m)^(    EARLY_HINTS\(103, .*\n)/,
            '$1    /** {@code 199 Added By The API Gate Test}. */\n'
            + '    ADDED_BY_THE_API_GATE_TEST(199, "Added By The API Gate Test", "Not a status code", "RFC 9110"),\n')
}
return true
