package org.skinadvisor.knowledge;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Build step: checks conditions.yaml and writes it as Java source, {@value KnowledgeBaseLoader#COMPILED}, which
 * the build compiles into the application. Every `check` starts a cold JVM: parsing the rules there cost about
 * 60 ms of the clinician's wait, constructing them from compiled code costs about 1 ms (and the class-data
 * archive keeps the class ready). The YAML stays the source and the identity (the SHA-256 of its bytes is
 * compiled in); a custom --conditions file is always read as YAML. Arguments: the YAML, the Java file to write.
 */
public final class BundleKnowledgeBase {
    private final StringBuilder methods = new StringBuilder();
    private int records;

    private BundleKnowledgeBase() {
    }

    public static void main(String[] args) throws IOException, KnowledgeBaseException {
        KnowledgeBase kb = KnowledgeBaseLoader.parse(Files.readAllBytes(Path.of(args[0])), args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, javaSource(kb), StandardCharsets.UTF_8);
    }

    static String javaSource(KnowledgeBase kb) {
        BundleKnowledgeBase writer = new BundleKnowledgeBase();
        String root = writer.value(kb, KnowledgeBase.class);
        String name = KnowledgeBaseLoader.COMPILED.substring(KnowledgeBaseLoader.COMPILED.lastIndexOf('.') + 1);
        return "// Generated at build time by BundleKnowledgeBase from conditions.yaml (SHA-256 " + kb.contentHash()
                + "). Do not edit.\n"
                + "package org.skinadvisor.knowledge;\n\n"
                + "/** The bundled conditions.yaml as code: one method per record, each small, run once. */\n"
                + "public final class " + name + " implements java.util.function.Supplier<KnowledgeBase> {\n"
                + "    @Override\n    public KnowledgeBase get() {\n        return " + root + ";\n    }\n\n"
                + "    /** An insertion-ordered map, as the YAML reader builds them. */\n"
                + "    @SuppressWarnings(\"unchecked\")\n"
                + "    private static <V> java.util.Map<String, V> map(Object... keysAndValues) {\n"
                + "        java.util.Map<String, V> map = new java.util.LinkedHashMap<>();\n"
                + "        for (int i = 0; i < keysAndValues.length; i += 2) {\n"
                + "            map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);\n"
                + "        }\n"
                + "        return map;\n"
                + "    }\n"
                + writer.methods + "}\n";
    }

    /** A Java expression for the value; each record becomes a method of its own, to keep methods small. */
    private String value(Object value, Type type) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return literal(s);
        }
        if (value instanceof Enum<?> e) {
            return e.getDeclaringClass().getCanonicalName() + "." + e.name();
        }
        if (value instanceof Record r) {
            return record(r);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder b = new StringBuilder("map(");
            String separator = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.append(separator).append(literal((String) e.getKey())).append(", ").append(value(e.getValue(), Object.class));
                separator = ", ";
            }
            return b.append(')').toString();
        }
        if (value instanceof Collection<?> items) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            boolean nulls = items.stream().anyMatch(java.util.Objects::isNull);
            String factory = value instanceof Set<?> ? "java.util.Set.of(" : nulls ? "java.util.Arrays.asList(" : "java.util.List.of(";
            StringBuilder b = new StringBuilder(factory);
            String separator = "";
            for (Object item : items) {
                b.append(separator).append(value(item, element));
                separator = ", ";
            }
            return b.append(')').toString();
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as Java");
    }

    private String record(Record r) {
        StringBuilder args = new StringBuilder();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object component;
            try {
                component = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            args.append(args.length() > 0 ? ", " : "").append(value(component, c.getGenericType()));
        }
        String type = r.getClass().getCanonicalName();
        String method = "r" + records++;
        methods.append("\n    private static ").append(type).append(' ').append(method).append("() {\n        return new ")
                .append(type).append('(').append(args).append(");\n    }\n");
        return method + "()";
    }

    /** A string literal: ASCII only, and no \\u escape for a line break or quote (javac would act on it first). */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
