package dev.leibniz.core.lift;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/** Renders one bytecode instruction as {@code javap}-like text for diagnostics. */
public final class InsnText {
  private InsnText() {}

  public static String of(Object insn) {
    if (!(insn instanceof AbstractInsnNode)) {
      return insn == null ? "" : insn.toString();
    }
    if (insn instanceof InvokeDynamicInsnNode) { // one line: the name, type and the lambda's body, not every bootstrap argument
      InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) insn;
      StringBuilder sb = new StringBuilder("INVOKEDYNAMIC ").append(indy.name).append(indy.desc);
      for (Object arg : indy.bsmArgs) {
        if (arg instanceof Handle) {
          Handle h = (Handle) arg;
          sb.append(" (").append(h.getOwner()).append('.').append(h.getName()).append(')');
        }
      }
      return sb.toString().replace('/', '.');
    }
    Textifier t = new Textifier();
    ((AbstractInsnNode) insn).accept(new TraceMethodVisitor(t));
    StringWriter sw = new StringWriter();
    t.print(new PrintWriter(sw));
    return sw.toString().trim().replace('/', '.');
  }
}
