package dev.leibniz.benchmarks.transform;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A class with one {@code @Differentiable} straight-line method of {@code statements} statements,
 * the kind of code symbolic generators emit (chemical kinetics, element routines): each statement
 * combines two earlier values or inputs through arithmetic and a math function, so every value
 * stays bounded. Compiled in memory with {@code javax.tools}.
 */
public final class GeneratedKernel {
  private GeneratedKernel() {}

  /** The Java source of class {@code name} with {@code static double f(double[] x)}. */
  public static String source(String name, int statements, int inputs, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder s = new StringBuilder();
    s.append("public final class ").append(name).append(" {\n");
    s.append("  @dev.leibniz.Differentiable\n  public static double f(double[] x) {\n");
    for (int k = 0; k < statements; k++) {
      String a = operand(random, k, inputs);
      String b = operand(random, k, inputs);
      String c = String.format(Locale.ROOT, "%.3f", 0.1 + 0.8 * random.nextDouble());
      String e;
      switch (random.nextInt(5)) {
        case 0: e = a + " * " + c + " + Math.sin(" + b + ")"; break;
        case 1: e = a + " * " + b + " * " + c; break;
        case 2: e = "Math.cos(" + a + ") - " + b + " * " + c; break;
        case 3: e = a + " / (1.0 + " + b + " * " + b + ")"; break;
        default: e = "Math.tanh(" + a + " + " + c + " * " + b + ")"; break;
      }
      s.append("    double t").append(k).append(" = ").append(e).append(";\n");
    }
    s.append("    return t").append(statements - 1);
    for (int k = statements - 2; k >= Math.max(0, statements - 4); k--) {
      s.append(" + t").append(k);
    }
    s.append(";\n  }\n}\n");
    return s.toString();
  }

  /** An earlier value (mostly a recent one, as generated code reads) or an input. */
  private static String operand(SplittableRandom random, int k, int inputs) {
    if (k == 0 || random.nextInt(4) == 0) return "x[" + random.nextInt(inputs) + "]";
    int back = 1 + (random.nextInt(3) == 0 ? random.nextInt(k) : random.nextInt(Math.min(k, 12)));
    return "t" + (k - back);
  }

  /** Compiles {@code source} (class {@code name}, default package) against the current class path. */
  public static byte[] compile(String name, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
    Map<String, ByteArrayOutputStream> out = new HashMap<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(null, Locale.ROOT, null);
    var manager = new ForwardingJavaFileManager<StandardJavaFileManager>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location l, String className, JavaFileObject.Kind kind, FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className + ".class"), kind) {
          @Override
          public OutputStream openOutputStream() {
            return out.computeIfAbsent(className, c -> new ByteArrayOutputStream());
          }
        };
      }
    };
    JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = List.of("-g", "-classpath", System.getProperty("java.class.path"), "-proc:none");
    if (!javac.getTask(null, manager, null, options, null, List.of(file)).call()) {
      throw new IllegalStateException("the generated kernel " + name + " does not compile");
    }
    return out.get(name).toByteArray();
  }
}
