package dev.leibniz.corpus.hivemall;

/*
 * Real-code corpus helper (test code only, see ../README.md).
 * Source: Apache Hivemall (apache/incubator-hivemall on GitHub, commit 21a87814895c9c63479a049387dd53b34cc5c56e),
 * core/src/main/java/hivemall/utils/lang/StringUtils.java
 * Licence: Apache License 2.0 (ASF header: "Licensed to the Apache Software Foundation (ASF) ... under the Apache
 * License, Version 2.0"). Distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND.
 * Copied unchanged: format(String, Object...), the message template Preconditions.checkArgument(boolean, String,
 * Object...) fills.
 * Changes: package; licence header shortened to this header; javax.annotation's @Nonnull/@Nullable dropped; the
 * class's other string helpers omitted.
 */
public final class StringUtils {

    private StringUtils() {}

    public static String format(String template, Object... args) {
        template = String.valueOf(template);

        StringBuilder builder = new StringBuilder(template.length() + 16 * args.length);
        int templateStart = 0;
        int i = 0;
        while (i < args.length) {
            int placeholderStart = template.indexOf("%s", templateStart);
            if (placeholderStart == -1) {
                break;
            }
            builder.append(template, templateStart, placeholderStart);
            builder.append(args[i++]);
            templateStart = placeholderStart + 2;
        }
        builder.append(template, templateStart, template.length());

        if (i < args.length) {
            builder.append(" [");
            builder.append(args[i++]);
            while (i < args.length) {
                builder.append(", ");
                builder.append(args[i++]);
            }
            builder.append(']');
        }

        return builder.toString();
    }

}
