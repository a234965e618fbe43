package dev.leibniz.agent;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Diagnostic;
import dev.leibniz.core.Result;
import dev.leibniz.core.explain.Explainer;
import dev.leibniz.core.explain.Explanation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code dump=DIR} option: differentiates a class through {@link Explainer} and writes, under
 * {@code DIR/<class name>/}, per companion its signature with the parameters' roles and the lifted
 * and derivative IR ({@code NAME.ir.txt}), its dataflow graph ({@code NAME.svg}) and its bytecode
 * ({@code NAME.bytecode.txt}); per class the companions as Java source ({@code companions.java},
 * when Vineflower is available; see {@link Decompiler}) and the diagnostics. A file that cannot be
 * written is reported; it never stops the class from loading.
 */
final class DumpWriter {
  private static final Map<Path, DumpWriter> BY_ROOT = new ConcurrentHashMap<>();
  private final Path root;
  private Decompiler decompiler;
  private boolean decompilerLooked;

  private DumpWriter(Path root) {
    this.root = root;
  }

  /** One writer per directory for the whole JVM (it looks for Vineflower once). */
  static DumpWriter of(Path root) {
    return BY_ROOT.computeIfAbsent(root, DumpWriter::new);
  }

  /** The same result as differentiating without the dump, after writing the dump. */
  Result differentiateAndWrite(byte[] original, String className, ClassFinder finder) {
    Explainer.Explained e = Explainer.explain(original, finder);
    try {
      write(className, e, original);
    } catch (IOException | RuntimeException ex) {
      System.err.println("leibniz: cannot write the dump of " + className + " under " + root + ": " + ex);
    }
    return e.result();
  }

  private void write(String className, Explainer.Explained e, byte[] original) throws IOException {
    Result r = e.result();
    if (r.transformed() == null && r.diagnostics().isEmpty()) {
      return;
    }
    Path dir = Files.createDirectories(root.resolve(className));
    Set<String> used = new HashSet<>();
    for (Explanation x : e.companions()) {
      String name = unique(x.companion().substring(className.length() + 1, x.companion().indexOf('(')), used);
      Files.writeString(dir.resolve(name + ".ir.txt"), x.signature() + "\n// lifted IR of the original method\n" + x.lifted()
          + "\n// IR of the companion\n" + x.derivative());
      Files.writeString(dir.resolve(name + ".svg"), x.svg());
      Files.writeString(dir.resolve(name + ".bytecode.txt"), x.bytecode());
    }
    StringBuilder diagnostics = new StringBuilder();
    for (Diagnostic d : r.diagnostics()) {
      diagnostics.append(d.message()).append('\n');
    }
    Files.writeString(dir.resolve("diagnostics.txt"), diagnostics);
    if (r.companions() != null) {
      writeSource(dir, Explainer.withParameterNames(r.companions(), original));
    }
  }

  private synchronized void writeSource(Path dir, byte[] companions) throws IOException {
    if (!decompilerLooked) {
      decompilerLooked = true;
      decompiler = Decompiler.find();
    }
    if (decompiler == null) {
      return;
    }
    Path classFile = dir.resolve("companions.class");
    Files.write(classFile, companions);
    try {
      Files.writeString(dir.resolve("companions.java"), decompiler.decompile(classFile.toFile()));
    } catch (Exception ex) {
      System.err.println("leibniz: Vineflower could not decompile " + classFile + ": " + ex);
    }
  }

  private static String unique(String name, Set<String> used) {
    String n = name;
    for (int k = 2; !used.add(n); k++) {
      n = name + "-" + k;
    }
    return n;
  }
}
