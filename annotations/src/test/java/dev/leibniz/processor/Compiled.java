package dev.leibniz.processor;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.net.URI;

/** Java sources compiled in-process with the {@link FacadeProcessor}, and their classes loaded. */
final class Compiled {
  final Path out;
  final String diagnostics;
  final boolean success;
  private final ClassLoader loader;

  private Compiled(Path out, String diagnostics, boolean success) throws IOException {
    this.out = out;
    this.diagnostics = diagnostics;
    this.success = success;
    this.loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, Compiled.class.getClassLoader());
  }

  /** Compiles {@code sources} (class name to source) with {@code -parameters} and the processor. */
  static Compiled of(Map<String, String> sources) throws IOException {
    Path out = Files.createTempDirectory("facade");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
      List<JavaFileObject> units = new ArrayList<>();
      for (Map.Entry<String, String> s : sources.entrySet()) {
        units.add(new Source(s.getKey(), s.getValue()));
      }
      List<String> options = List.of("-parameters", "-Xlint:all", "-classpath", System.getProperty("java.class.path"));
      JavaCompiler.CompilationTask task = javac.getTask(messages, files, null, options, null, units);
      task.setProcessors(List.of(new FacadeProcessor()));
      boolean ok = task.call();
      return new Compiled(out, messages.toString(), ok);
    }
  }

  Class<?> load(String name) throws ClassNotFoundException {
    return Class.forName(name, true, loader);
  }

  String generated(String name) throws IOException {
    return Files.readString(out.resolve(name.replace('.', '/') + ".java"));
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
