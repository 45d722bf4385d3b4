package io.github.httpstatus.rewrite;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/** A test's source text as javac reads a file: named after its package and first type, as javac wants a public one. */
final class InMemorySource {

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern FIRST_TYPE = Pattern.compile(
            "^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|interface|enum|record)\\s+([\\w$]+)", Pattern.MULTILINE);

    private InMemorySource() {
    }

    static JavaFileObject of(String source) {
        Matcher pkg = PACKAGE.matcher(source);
        Matcher type = FIRST_TYPE.matcher(source);
        String path = (pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "")
                + (type.find() ? type.group(1) : "Unnamed") + ".java";
        return new SimpleJavaFileObject(URI.create("string:///" + path), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
    }
}
