evaluate(new File(itSources, 'copy-module.groovy'))
copyModule(coreModule)
// In the middle of the table, so the ordinals of every later constant move too.
editSource('io/github/httpstatus/HttpStatus.java') {
    it.replaceFirst(/(?m)^(    EARLY_HINTS\(103, .*\n)/,
            '$1    /** {@code 104 Upload Resumption Supported}. */\n'
            + '    UPLOAD_RESUMPTION_SUPPORTED(104, "Upload Resumption Supported", "Resumable uploads are supported", "RFC 9110"),\n')
}
return true
