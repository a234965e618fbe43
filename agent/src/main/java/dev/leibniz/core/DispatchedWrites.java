package dev.leibniz.core;

import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.ir.MethodRef;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Warnings for marked methods that override or implement a method of a supertype, return a value and write their
 * receiver's state or a static. A caller differentiated elsewhere may reach them through dispatch
 * (README, "Dispatch"), where implementations are taken to write nothing: in tangent mode such a
 * call runs once for the value and once in its companion, so the state advances twice and the
 * derivative is wrong with no other sign (review R10-F6: a getter {@code acc = acc * 0.5 + ...}).
 * Called directly on their own class they are right; only the dispatched case is warned of.
 */
final class DispatchedWrites {
  private DispatchedWrites() {}

  static List<Diagnostic> of(SourceClass source, ClassLibrary library, WriteSummaries writes) {
    List<Diagnostic> out = new ArrayList<>();
    for (String key : source.marked) {
      MethodNode m = source.methods.get(key);
      if (m == null || SourceClass.isHosted(key) || m.name.startsWith("<")
          || (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE | Opcodes.ACC_ABSTRACT | Opcodes.ACC_BRIDGE)) != 0) continue;
      String overridden = library.overriddenOwner(source.cn, m.name, m.desc);
      // a void method is not called for a value: only the value-returning ones run twice in a tangent
      if (overridden == null || m.desc.endsWith(")V") || !writesState(source, writes, m)) continue;
      FieldInsnNode put = firstPut(m);
      String what = put == null ? "its callees may write a field or a static"
          : "it writes " + JavaSignature.field(put.owner, put.name, put.desc);
      out.add(new Diagnostic(source.className.replace('/', '.'), key, lineOf(m, put), "", "both",
          "it overrides " + JavaSignature.method(overridden, m.name, m.desc) + " and " + what
          + ": reached through dispatch from another differentiated method, it would run twice (once for the value,"
          + " once in its companion, or again in the reverse sweep), so the state advances twice and that derivative"
          + " is wrong; declare the receiver in the calling code with a final class, or keep the state out of the"
          + " method (make it only read)", true));
    }
    return out;
  }

  /** Whether {@code m} writes a field or static, itself or in callees' analysed code, or an array of its receiver. */
  private static boolean writesState(SourceClass source, WriteSummaries writes, MethodNode m) {
    boolean itf = (source.cn.access & Opcodes.ACC_INTERFACE) != 0;
    BitSet w = writes.of(new MethodRef(itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, source.cn.name, m.name, m.desc, itf));
    return w.get(ParamWrites.FIELDS) || w.get(ParamWrites.FOUND_CALLEE_FIELDS) || w.get(0);
  }

  private static FieldInsnNode firstPut(MethodNode m) {
    for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
      if (i.getOpcode() == Opcodes.PUTFIELD || i.getOpcode() == Opcodes.PUTSTATIC) return (FieldInsnNode) i;
    }
    return null;
  }

  /** The line of {@code at}, or of the method's first instruction when {@code at} is null; -1 without line numbers. */
  private static int lineOf(MethodNode m, AbstractInsnNode at) {
    int line = -1;
    for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
      if (i instanceof LineNumberNode n) {
        line = n.line;
        if (at == null) return line;
      }
      if (i == at) return line;
    }
    return line;
  }
}
