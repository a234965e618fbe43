package dev.leibniz.core.objects;

import dev.leibniz.core.JavaSignature;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Why a lambda that captures a value with a derivative was left by {@link LambdaCalls} (where it
 * escapes to) and what to write instead, for the activity analysis's diagnostic on the lambda.
 */
public final class LambdaEscapes {
  private LambdaEscapes() {}

  /**
   * The refusal of {@code lambda} (an {@code invokedynamic} of {@code g} given an active value): for
   * a {@code LambdaMetafactory} lambda, the first use that keeps it and the rewrite that applies.
   */
  public static String why(Graph g, Insn lambda) {
    String escape = lambda.attr instanceof InvokeDynamicInsnNode && LambdaCalls.isLambda((InvokeDynamicInsnNode) lambda.attr)
        ? escape(g, lambda) : null;
    if (escape == null) {
      return "an active value is passed to invokedynamic (a lambda or similar); that is not supported: write the"
          + " loop or the call in the method itself";
    }
    return "a lambda capturing a value with a derivative " + escape;
  }

  private static String escape(Graph g, Insn lambda) {
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        if (p.inputs.contains(lambda)) {
          return "is chosen by a condition or carried by a loop, so where it is called cannot be known: create it where it is"
              + " called, or call the function in the method itself";
        }
      }
      for (Insn i : b.insns) {
        if (List.of(i.args).contains(lambda)) return escapeTo(g, i, lambda);
      }
      if (b.terminator != null && b.terminator.op == Op.RETURN && List.of(b.terminator.args).contains(lambda)) {
        return "is returned, so its derivative would be lost to whoever calls it: call it in this method and return what it"
            + " computes";
      }
    }
    return null;
  }

  private static String escapeTo(Graph g, Insn use, Insn lambda) {
    if (use.op == Op.PUTFIELD || use.op == Op.PUTSTATIC) {
      FieldRef f = (FieldRef) use.attr;
      return "is stored in field " + JavaSignature.field(f) + ", so its derivative would be lost"
          + " to whoever calls it later: keep it in a local variable and call it in this method (or in a method given it)";
    }
    if (use.op != Op.INVOKE || !(use.attr instanceof MethodRef)) {
      return "is stored in an array or an object, so its derivative would be lost to whoever calls it: keep it in a local variable";
    }
    MethodRef m = use.method();
    String callee = "is given to `" + JavaSignature.method(m.owner(), m.name(), m.desc()) + "`";
    String stream = StreamPipelines.whyNot(g, use);
    if (stream != null) return callee + ", a JDK method: " + stream;
    String jdk = JdkLambdaCalls.advice(m);
    if (jdk != null) return callee + ", a JDK method: " + jdk;
    boolean functional = m.owner().startsWith("java/util/function/"); // implemented anywhere, not JDK code
    if (!m.isStatic() && m.opcode() != Opcodes.INVOKESPECIAL && (functional || !TrackedObjects.isJdk(m.owner()))) {
      return callee + ", an interface or overridable method (its receiver's class, known only at run time, picks the code;"
          + " or the code of that class cannot be taken apart here): give it to a static, private or final method (whose code"
          + " is then inlined), or create the receiver with `new` in this method";
    }
    if (TrackedObjects.isJdk(m.owner())) {
      return callee + ", a JDK method whose code is not differentiated: write the loop or the call in the method itself";
    }
    return callee + ", whose code cannot be inlined here (not readable, or too large): call the function in the method itself";
  }
}
