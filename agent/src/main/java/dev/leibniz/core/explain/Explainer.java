package dev.leibniz.core.explain;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.GraphObserver;
import dev.leibniz.core.Result;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.IrPrinter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ParameterNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/**
 * Differentiates a class like {@link ClassDifferentiator} and also returns, for every companion it
 * generated, the texts that show what was made ({@link Explanation}); a pure function of the class
 * file, used by the agent's {@code dump} option.
 */
public final class Explainer {
  /** The differentiation's result and one explanation per generated companion, in its order. */
  public record Explained(Result result, List<Explanation> companions) {}

  private Explainer() {}

  public static Explained explain(byte[] classFile, ClassFinder finder) {
    Map<String, String[]> graphs = new HashMap<>();
    GraphObserver observer = (source, lifted, derivative) -> graphs.put(derivative.name + derivative.desc,
        new String[] {IrPrinter.print(lifted), IrPrinter.print(derivative), GraphSvg.render(derivative, title(lifted, derivative))});
    Result result = new ClassDifferentiator(finder, observer).differentiate(classFile);
    List<Explanation> out = new ArrayList<>();
    if (result.transformed() == null) {
      return new Explained(result, out);
    }
    ClassNode original = node(classFile);
    ClassNode transformed = node(result.transformed());
    String owner = original.name.replace('/', '.');
    for (String generated : result.generated()) {
      String key = generated.substring(owner.length() + 1);
      String[] texts = graphs.getOrDefault(key, new String[] {"", "", ""});
      MethodNode companion = find(transformed, key);
      out.add(new Explanation(generated, signature(owner, original, companion), texts[0], texts[1], texts[2],
          companion == null ? "" : bytecode(companion)));
    }
    return new Explained(result, out);
  }

  /**
   * For each of {@code result}'s generated methods, its Java signature followed by one line per
   * parameter role (for {@code verbose}); each text ends with a line break.
   */
  public static List<String> signatures(byte[] classFile, Result result) {
    List<String> out = new ArrayList<>();
    if (result.transformed() == null) {
      return out;
    }
    ClassNode original = node(classFile);
    ClassNode transformed = node(result.transformed());
    String owner = original.name.replace('/', '.');
    for (String generated : result.generated()) {
      MethodNode companion = find(transformed, generated.substring(owner.length() + 1));
      out.add(companion == null ? generated + "\n" : signature(owner, original, companion));
    }
    return out;
  }

  /** The Java signature and parameter roles of {@code companion}, or its descriptor if not a public-contract one. */
  public static String signature(String owner, ClassNode original, MethodNode companion) {
    if (companion == null) {
      return "";
    }
    for (MethodNode m : original.methods) {
      CompanionSignature s = CompanionSignature.of(owner, m, companion.name, companion.desc);
      if (s != null) {
        return s.text + "\n" + s.roles();
      }
    }
    return owner + "." + companion.name + companion.desc + "\n";
  }

  /**
   * {@code companions} (a class file of generated methods) with a MethodParameters attribute on
   * every companion of the public contract, naming its parameters as {@link CompanionSignature}
   * does, so that a decompiler shows {@code x, dx, seed, grad} instead of {@code var0, var2, ...}.
   */
  public static byte[] withParameterNames(byte[] companions, byte[] classFile) {
    ClassNode original = node(classFile);
    ClassNode generated = node(companions);
    String owner = original.name.replace('/', '.');
    for (MethodNode companion : generated.methods) {
      for (MethodNode m : original.methods) {
        CompanionSignature s = CompanionSignature.of(owner, m, companion.name, companion.desc);
        if (s != null) {
          companion.parameters = new ArrayList<>();
          for (CompanionSignature.Param p : s.params) {
            companion.parameters.add(new ParameterNode(p.name(), 0));
          }
          break;
        }
      }
    }
    ClassWriter w = new ClassWriter(0);
    generated.accept(w);
    return w.toByteArray();
  }

  private static String title(Graph lifted, Graph derivative) {
    return lifted.owner.replace('/', '.') + "." + derivative.name + derivative.desc;
  }

  private static ClassNode node(byte[] bytes) {
    ClassNode cn = new ClassNode();
    new ClassReader(bytes).accept(cn, 0);
    return cn;
  }

  private static MethodNode find(ClassNode cn, String nameAndDesc) {
    for (MethodNode m : cn.methods) {
      if ((m.name + m.desc).equals(nameAndDesc)) {
        return m;
      }
    }
    return null;
  }

  private static String bytecode(MethodNode m) {
    Textifier text = new Textifier();
    m.accept(new TraceMethodVisitor(text));
    StringWriter w = new StringWriter();
    try (PrintWriter p = new PrintWriter(w)) {
      p.println(m.name + m.desc);
      text.print(p);
    }
    return w.toString();
  }
}
