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
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
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
        new String[] {IrPrinter.print(lifted),
        IrPrinter.print(derivative) + (derivative.tapePlan == null ? "" : "\ntape plan (per reversed block, each forward value its reverse reads):\n" + derivative.tapePlan),
        GraphSvg.render(derivative, title(lifted, derivative))});
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
      MethodNode companion = find(transformed, key);
      // An entry taking the workspace (emit.Workspace: m$adjoint, m$tangents) only calls its body: show the body's graphs, and both codes.
      MethodNode body = graphs.containsKey(key) || companion == null ? null : find(transformed, bodyKey(companion));
      String[] texts = graphs.getOrDefault(body == null ? key : body.name + body.desc, new String[] {"", "", ""});
      out.add(new Explanation(generated, signature(owner, original, companion), texts[0], texts[1], texts[2],
          companion == null ? "" : bytecode(companion) + (body == null ? "" : bytecode(body))));
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

  /**
   * The Java signature and parameter roles of {@code companion}; for a method outside the contract
   * (an adjoint's or vector tangent's body, a private helper) its modifiers and Java types, with
   * the names of the companion it is the body of where there is one.
   */
  public static String signature(String owner, ClassNode original, MethodNode companion) {
    if (companion == null) {
      return "";
    }
    CompanionSignature s = contractSignature(owner, original, companion.name, companion.desc);
    if (s != null) {
      return s.text + "\n" + s.roles();
    }
    String ws = dev.leibniz.core.Companions.WORKSPACE + ")";
    if (companion.name.endsWith("$body") && companion.desc.contains(ws)) {
      String entry = companion.name.substring(0, companion.name.length() - "$body".length());
      CompanionSignature e = contractSignature(owner, original, entry, withoutWorkspace(companion.desc));
      if (e != null) {
        List<CompanionSignature.Param> params = new ArrayList<>(e.params);
        params.add(new CompanionSignature.Param(Type.getType(dev.leibniz.core.Companions.WORKSPACE).getClassName(), "workspace",
            "the calling thread's reused work arrays and tapes (from " + entry + ")"));
        CompanionSignature b = CompanionSignature.of(modifiers(companion.access), Type.getReturnType(companion.desc).getDescriptor(),
            owner, companion.name, params);
        return b.text + "\n" + b.roles();
      }
    }
    StringBuilder sb = new StringBuilder(modifiers(companion.access)).append(Type.getReturnType(companion.desc).getClassName())
        .append(' ').append(owner).append('.').append(companion.name).append('(');
    Type[] types = Type.getArgumentTypes(companion.desc);
    for (int k = 0; k < types.length; k++) {
      sb.append(k == 0 ? "" : ", ").append(types[k].getClassName()).append(" p").append(k);
    }
    return sb.append(")\n").toString();
  }

  private static CompanionSignature contractSignature(String owner, ClassNode original, String name, String desc) {
    for (MethodNode m : original.methods) {
      CompanionSignature s = CompanionSignature.of(owner, m, name, desc);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** {@code private static }, as Java writes a method's modifiers (with a trailing space). */
  private static String modifiers(int access) {
    String m = java.lang.reflect.Modifier.toString(access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED | Opcodes.ACC_STATIC));
    return m.isEmpty() ? "" : m + " ";
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
      boolean body = companion.name.endsWith(dev.leibniz.core.Companions.ADJOINT + "$body");
      String contractDesc = body ? withoutWorkspace(companion.desc) : companion.desc;
      String contractName = body ? companion.name.substring(0, companion.name.length() - "$body".length()) : companion.name;
      for (MethodNode m : original.methods) {
        CompanionSignature s = CompanionSignature.of(owner, m, contractName, contractDesc);
        if (s != null) {
          companion.parameters = new ArrayList<>();
          for (CompanionSignature.Param p : s.params) {
            companion.parameters.add(new ParameterNode(p.name(), 0));
          }
          if (body) {
            companion.parameters.add(new ParameterNode("workspace", 0));
            companion.access &= ~org.objectweb.asm.Opcodes.ACC_SYNTHETIC; // decompilers hide synthetic methods
          }
          break;
        }
      }
    }
    ClassWriter w = new ClassWriter(0);
    generated.accept(w);
    return w.toByteArray();
  }

  /** An adjoint body's descriptor without its last parameter, the workspace: the contract's. */
  private static String withoutWorkspace(String bodyDesc) {
    String ws = dev.leibniz.core.Companions.WORKSPACE + ")";
    int k = bodyDesc.lastIndexOf(ws);
    return k < 0 ? bodyDesc : bodyDesc.substring(0, k) + bodyDesc.substring(k + ws.length() - 1);
  }

  /** The name and descriptor of the body an entry ({@code m$adjoint}, {@code m$tangents}: emit.Workspace) calls. */
  private static String bodyKey(MethodNode entry) {
    for (org.objectweb.asm.tree.AbstractInsnNode n : entry.instructions) {
      if (n instanceof org.objectweb.asm.tree.MethodInsnNode) {
        org.objectweb.asm.tree.MethodInsnNode c = (org.objectweb.asm.tree.MethodInsnNode) n;
        if (c.name.startsWith(entry.name + "$")) return c.name + c.desc;
      }
    }
    return "";
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
