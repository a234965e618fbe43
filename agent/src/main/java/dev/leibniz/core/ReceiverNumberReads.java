package dev.leibniz.core;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Code that reads nothing but primitive fields of its receiver (a getter such as geohash-java's {@code
 * WGS84Point.getLatitude()}, or a formula of such fields and its primitive parameters, with {@link Math}): the one
 * reference it ever holds is {@code this} (local 0, never reassigned, no reference field read), so it reads no static,
 * no array and no other object. A joint call of such code, re-run in the reverse sweep, sees what it saw in the
 * forward sweep unless the receiver's own fields are written in between ({@code reverse.WrittenArrays
 * .objectWrittenAfter}).
 */
final class ReceiverNumberReads {
  private ReceiverNumberReads() {}

  /** True when instance method {@code m}'s code is such code (above). */
  static boolean only(MethodNode m) {
    if ((m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_SYNCHRONIZED)) != 0
        || m.instructions.size() == 0 || m.tryCatchBlocks != null && !m.tryCatchBlocks.isEmpty()) return false;
    for (AbstractInsnNode n : m.instructions) {
      if (!allowed(n)) return false;
    }
    return true;
  }

  private static boolean allowed(AbstractInsnNode n) {
    int op = n.getOpcode();
    if (op < 0) return true; // labels, line numbers, frames
    if (n instanceof VarInsnNode v) {
      return op == Opcodes.ALOAD ? v.var == 0 : op != Opcodes.ASTORE; // `this` only; primitive locals freely
    }
    if (n instanceof org.objectweb.asm.tree.LdcInsnNode c) return c.cst instanceof Number; // no String, Class or dynamic constant
    if (n instanceof FieldInsnNode f) return op == Opcodes.GETFIELD && f.desc.length() == 1; // a primitive field of `this`
    if (n instanceof MethodInsnNode c) {
      return op == Opcodes.INVOKESTATIC && (c.owner.equals("java/lang/Math") || c.owner.equals("java/lang/StrictMath"))
          && !c.name.equals("random");
    }
    switch (op) {
      case Opcodes.ACONST_NULL, Opcodes.ARETURN, Opcodes.ATHROW, Opcodes.CHECKCAST, Opcodes.INSTANCEOF, Opcodes.NEW, Opcodes.NEWARRAY,
          Opcodes.ANEWARRAY, Opcodes.MULTIANEWARRAY, Opcodes.ARRAYLENGTH, Opcodes.MONITORENTER, Opcodes.MONITOREXIT,
          Opcodes.JSR, Opcodes.RET, Opcodes.INVOKEDYNAMIC, Opcodes.IFNULL, Opcodes.IFNONNULL, Opcodes.IF_ACMPEQ, Opcodes.IF_ACMPNE,
          Opcodes.SWAP, Opcodes.DUP_X1, Opcodes.DUP_X2, Opcodes.DUP2_X1, Opcodes.DUP2_X2:
        return false;
      default:
        // arithmetic, conversions, comparisons, primitive constants, branches on numbers, DUP/POP, xRETURN;
        // array loads and stores need an array reference, which this code never holds
        return !(op >= Opcodes.IALOAD && op <= Opcodes.SALOAD) && !(op >= Opcodes.IASTORE && op <= Opcodes.SASTORE);
    }
  }
}
