package dev.leibniz.fuzz;

import dev.leibniz.Differentiable;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java source text to class files in memory with the JDK's own compiler, with the
 * annotations module on the class path and full debug information ({@code -g}), so that the core
 * sees what {@code javac} gives users.
 */
public final class InMemoryCompiler {
  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
  /** Opening the platform classes is most of a small compilation's cost: one manager per thread. */
  private static final ThreadLocal<StandardJavaFileManager> STANDARD =
      ThreadLocal.withInitial(() -> JAVAC.getStandardFileManager(null, Locale.ROOT, null));

  private InMemoryCompiler() {}

  /**
   * @param sources compilation units by the binary name of their top-level class
   * @return every class file produced (nested classes included), by binary name
   * @throws IllegalArgumentException with javac's messages when the sources do not compile
   */
  public static Map<String, byte[]> compile(Map<String, String> sources) {
    if (JAVAC == null) {
      throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new Source(name, text)));
    Map<String, ByteArrayOutputStream> out = new TreeMap<>();
    StringWriter messages = new StringWriter();
    JavaFileManager files = new MemoryFileManager(STANDARD.get(), out);
    List<String> options = List.of("-g", "-proc:none", "-nowarn", "-classpath", annotationsClassPath());
    boolean ok = JAVAC.getTask(messages, files, null, options, null, units).call();
    if (!ok) {
      throw new IllegalArgumentException("compilation failed:\n" + messages);
    }
    Map<String, byte[]> classes = new TreeMap<>();
    out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
    return classes;
  }

  /** Compiles one unit. */
  public static Map<String, byte[]> compile(String className, String source) {
    return compile(Map.of(className, source));
  }

  /** The annotations and Hipparchus (generated programs call its {@code FastMath}). */
  private static String annotationsClassPath() {
    try {
      return Path.of(Differentiable.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          + java.io.File.pathSeparator
          + Path.of(org.hipparchus.util.FastMath.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      return System.getProperty("java.class.path", "");
    }
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
    private final Map<String, ByteArrayOutputStream> out;

    MemoryFileManager(StandardJavaFileManager standard, Map<String, ByteArrayOutputStream> out) {
      super(standard);
      this.out = out;
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      URI uri = URI.create("mem:///" + className.replace('.', '/') + kind.extension);
      return new SimpleJavaFileObject(uri, kind) {
        @Override
        public OutputStream openOutputStream() {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          out.put(className, bytes);
          return bytes;
        }
      };
    }
  }
}
