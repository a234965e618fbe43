package dev.leibniz.core.objects;

import dev.leibniz.core.JavaSignature;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Objects given to an exception as its message (issue 10; Apache SIS's {@code DoubleDouble} constructor ends with
 * {@code assert !(Math.abs(error) >= Math.ulp(value)) : this;}): a created object passed as an {@code Object}
 * argument to the constructor of a {@code Throwable} that is then thrown and used for nothing else ({@code throw new
 * AssertionError(this)}) is diagnostics, not a value the function computes: on that path the method throws, and no
 * derivative leaves it. So the argument does not keep the object whole ({@link ScalarReplacement}): where the object
 * is taken apart, the exception is given a text naming its class instead ({@link #stand}); the marked method itself
 * keeps its original code, only its companions throw that text. The same holds for the object's text in a message
 * ({@code String.valueOf(this)}, which javac emits for {@code "..." + this + "..."}) that only flows, through string
 * concatenations, into such an exception's constructor: the text named is then the stand's. An object that stays for
 * another reason keeps the argument as it was.
 */
final class ThrownMessages {
  private ThrownMessages() {}

  /**
   * True when argument {@code k} of {@code i} is a message of a thrown exception: {@code i} is the constructor of a
   * {@code new T(...)} of a {@code Throwable} class {@code T}, whose parameter there is {@code Object}, and the new
   * exception is only constructed and thrown.
   */
  static boolean isMessage(Graph g, Insn i, int k, ObjectCode code) {
    if (i.op != Op.INVOKE) return false;
    if (isTextOfObject(i) && k == 0) return onlyThrownText(g, i, code, 0); // "... " + this + " ..." (javac 17)
    if (k == 0 || !(i.attr instanceof MethodRef m) || !Type.getArgumentTypes(m.desc())[k - 1].getInternalName().equals("java/lang/Object")) {
      return false;
    }
    return thrownConstruction(g, i, code);
  }

  /**
   * True when {@code i} is the constructor of a {@code new T(...)} of a {@code Throwable} class {@code T}, and the new
   * exception is only constructed and thrown.
   */
  private static boolean thrownConstruction(Graph g, Insn i, ObjectCode code) {
    if (!(i.attr instanceof MethodRef m) || !m.name().equals("<init>") || !(i.arg(0) instanceof Insn made)
        || made.op != Op.NEW || !m.owner().equals(made.type.getInternalName())
        || !Boolean.TRUE.equals(code.isSubtype(m.owner(), "java/lang/Throwable"))) return false;
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        if (p.inputs.contains(made)) return false;
      }
      for (Insn u : b.insns) {
        if (u != i && uses(u, made)) return false;
      }
      if (b.terminator != null && uses(b.terminator, made) && b.terminator.op != Op.THROW) return false;
    }
    return true;
  }

  /** {@code String.valueOf(Object)}: what javac emits for an object in a string concatenation ({@code "at " + this}). */
  private static boolean isTextOfObject(Insn i) {
    return i.attr instanceof MethodRef m && m.isStatic() && m.owner().equals("java/lang/String") && m.name().equals("valueOf")
        && m.desc().equals("(Ljava/lang/Object;)Ljava/lang/String;");
  }

  /**
   * True when the text {@code v} only becomes part of the message of an exception that is thrown: given to string
   * concatenations ({@code StringConcatFactory}) whose results do the same, or to the constructor of a thrown {@code
   * Throwable} (geohash-java's {@code WGS84Point} constructor: {@code throw new IllegalArgumentException("The supplied
   * coordinates " + this + " are out of range.")}).
   */
  private static boolean onlyThrownText(Graph g, Value v, ObjectCode code, int depth) {
    if (depth > 8) return false;
    boolean used = false;
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        if (p.inputs.contains(v)) return false;
      }
      if (b.terminator != null && uses(b.terminator, v)) return false;
      for (Insn u : b.insns) {
        if (!uses(u, v)) continue;
        used = true;
        boolean concat = u.op == Op.INVOKE && u.attr instanceof InvokeDynamicInsnNode d
            && d.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory");
        if (concat ? !onlyThrownText(g, u, code, depth + 1) : u.arg(0) == v || !thrownConstruction(g, u, code)) return false;
      }
    }
    return used;
  }

  /** The text given to the exception instead of a taken-apart object of class {@code type}. */
  static Insn stand(Graph g, Type type) {
    String text = "a " + JavaSignature.type(type) + " (its fields were taken apart to differentiate this method)";
    return g.newInsn(Op.CONST, Type.getObjectType("java/lang/String"), text);
  }

  private static boolean uses(Insn i, Value v) {
    for (Value a : i.args) {
      if (a == v) return true;
    }
    return false;
  }
}
