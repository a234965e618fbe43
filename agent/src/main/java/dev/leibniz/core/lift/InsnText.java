package dev.leibniz.core.lift;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/** Renders one bytecode instruction as {@code javap}-like text for diagnostics. */
public final class InsnText {
  private InsnText() {}

  public static String of(Object insn) {
    if (!(insn instanceof AbstractInsnNode)) {
      return insn == null ? "" : insn.toString();
    }
    Textifier t = new Textifier();
    ((AbstractInsnNode) insn).accept(new TraceMethodVisitor(t));
    StringWriter sw = new StringWriter();
    t.print(new PrintWriter(sw));
    return sw.toString().trim().replace('/', '.');
  }
}
