package dev.leibniz.tool;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.explain.Explainer;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Build-time generation: writes the companions into the class files of a directory or jar, with
 * the same core the agent uses, so that the classes need neither the agent nor anything else from
 * Leibniz at run time. Calls into other classes are resolved among the classes being transformed,
 * then along the given class path. Never loads a class.
 */
public final class Transformer {
  private final List<Path> classpath;

  /** @param classpath directories and jars holding the classes that the transformed ones call */
  public Transformer(List<Path> classpath) {
    this.classpath = List.copyOf(classpath);
  }

  /**
   * Reads {@code in} (a class directory or jar), adds companions to every class that marks a method
   * {@code @Differentiable} (or overrides a marked one), and writes everything to {@code out} (a directory, or a jar when its
   * name says so; {@code out} may be {@code in}). Classes that cannot be fully differentiated are
   * written with the companions that could be generated, as the agent loads them.
   */
  public Report transform(Path in, Path out) throws IOException {
    return transform(in, out, false);
  }

  /**
   * As {@link #transform(Path, Path)}; with {@code strict}, nothing is written when a method
   * cannot be differentiated, so that a failed build leaves its classes as the compiler wrote them
   * and the next build reports the same diagnostics again.
   */
  public Report transform(Path in, Path out, boolean strict) throws IOException {
    ClassTree tree = ClassTree.read(in);
    Map<String, byte[]> originals = Map.copyOf(withoutDirectories(tree.entries));
    List<String> changed = new ArrayList<>();
    List<String> generated = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int classes = 0, already = 0;
    try (PathClassFinder finder = new PathClassFinder(originals, classpath)) {
      ClassDifferentiator differentiator = new ClassDifferentiator(finder);
      for (Map.Entry<String, byte[]> e : tree.entries.entrySet()) {
        if (!isTransformable(e.getKey()) || e.getValue() == null) continue;
        classes++;
        if (hasCompanions(e.getValue())) {
          already++; // left as it is by the core, which reports any marked method still lacking a companion
        }
        try {
          Result r = differentiator.differentiate(e.getValue());
          diagnostics.addAll(r.diagnostics());
          if (r.transformed() != null) {
            e.setValue(r.transformed());
            changed.add(e.getKey());
            for (String shown : Explainer.signatures(originals.get(e.getKey()), r)) {
              generated.add(shown.lines().findFirst().orElse(shown)); // its Java signature, without the roles
            }
          }
        } catch (RuntimeException | LinkageError | StackOverflowError t) {
          errors.add("leibniz: " + e.getKey() + " keeps its original code: internal error " + t);
        }
      }
      finder.foundOnClasspath.forEach((name, bytes) -> {
        if (marksWithoutCompanions(bytes)) {
          warnings.add("leibniz: warning: " + name.replace('/', '.') + " (on the class path) has @Differentiable methods but no"
              + " companions, and companions generated here may call theirs: transform it too, or load it under the agent");
        }
      });
    }
    if (!changed.isEmpty() && tree.isSigned()) {
      warnings.add("leibniz: warning: " + in + " is signed, and its transformed classes no longer match the signature:"
          + " sign " + out + " again, or remove the signature files from META-INF");
    }
    Report report = new Report(classes, changed.size(), already, generated, diagnostics, errors, warnings);
    if (!(strict && report.failed())) {
      tree.write(in, out, changed);
    }
    return report;
  }

  private static boolean isTransformable(String name) {
    return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.endsWith("package-info.class");
  }

  private static boolean hasCompanions(byte[] classFile) {
    ClassNode cn = outline(classFile);
    return cn != null && ClassDifferentiator.hasCompanions(cn);
  }

  private static boolean marksWithoutCompanions(byte[] classFile) {
    ClassNode cn = outline(classFile);
    return cn != null && ClassDifferentiator.marksAny(cn) && !ClassDifferentiator.hasCompanions(cn);
  }

  /** The class without code, or null when it cannot be read (the differentiator reports that). */
  private static ClassNode outline(byte[] classFile) {
    try {
      ClassNode cn = new ClassNode();
      new ClassReader(classFile).accept(cn, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      return cn;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Map<String, byte[]> withoutDirectories(Map<String, byte[]> entries) {
    Map<String, byte[]> files = new HashMap<>();
    entries.forEach((k, v) -> {
      if (v != null) files.put(k, v);
    });
    return files;
  }
}
