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

/**
 * Objects given to an exception as its message (issue 10; Apache SIS's {@code DoubleDouble} constructor ends with
 * {@code assert !(Math.abs(error) >= Math.ulp(value)) : this;}): a created object passed as an {@code Object}
 * argument to the constructor of a {@code Throwable} that is then thrown and used for nothing else ({@code throw new
 * AssertionError(this)}) is diagnostics, not a value the function computes: on that path the method throws, and no
 * derivative leaves it. So the argument does not keep the object whole ({@link ScalarReplacement}): where the object
 * is taken apart, the exception is given a text naming its class instead ({@link #stand}); the marked method itself
 * keeps its original code, only its companions throw that text. An object that stays for another reason keeps the
 * argument as it was.
 */
final class ThrownMessages {
  private ThrownMessages() {}

  /**
   * True when argument {@code k} of {@code i} is a message of a thrown exception: {@code i} is the constructor of a
   * {@code new T(...)} of a {@code Throwable} class {@code T}, whose parameter there is {@code Object}, and the new
   * exception is only constructed and thrown.
   */
  static boolean isMessage(Graph g, Insn i, int k, ObjectCode code) {
    if (i.op != Op.INVOKE || k == 0 || !(i.attr instanceof MethodRef m) || !m.name().equals("<init>")
        || !(i.arg(0) instanceof Insn made) || made.op != Op.NEW || !m.owner().equals(made.type.getInternalName())
        || !Boolean.TRUE.equals(code.isSubtype(m.owner(), "java/lang/Throwable"))
        || !Type.getArgumentTypes(m.desc())[k - 1].getInternalName().equals("java/lang/Object")) return false;
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
