package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
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
 *
 * <p>It may call other such code on {@code this} ({@code getLatitudeRadians()} calling {@code getLatitude()}): a call
 * taking and returning only numbers, whose receiver can only be {@code this}, the one reference held; the callee where
 * the call resolves judged by the same rule, down to {@link #DEPTH} calls, a cycle refused. An overridable callee is
 * returned, named by the class declaring the code judged, for the caller to check at run time that the receiver runs it
 * ({@code Helpers.checkRuns}), as it checks the outer getter.
 */
final class ReceiverNumberReads {
  /** How many getters deep a chain is followed: getters calling getters are short; deeper is refused. */
  static final int DEPTH = 4;

  private ReceiverNumberReads() {}

  /**
   * For instance method {@code d} (where a call resolves): null when its code is not such code (above); else the
   * overridable getters of {@code this} it calls through its chain, each as {@code INVOKEVIRTUAL} of the class declaring
   * the code judged (empty: none).
   */
  static List<MethodRef> only(ClassLibrary library, ClassLibrary.Declaration d) {
    List<MethodRef> overridable = new ArrayList<>();
    return reads(library, d, new ArrayDeque<>(), overridable) ? overridable : null;
  }

  /** {@code d}'s code reads only its receiver's numbers, its calls on {@code this} too ({@code path}: the chain above it). */
  private static boolean reads(ClassLibrary library, ClassLibrary.Declaration d, Deque<String> path, List<MethodRef> overridable) {
    MethodNode m = d.method();
    if ((m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_SYNCHRONIZED)) != 0
        || m.instructions.size() == 0 || m.tryCatchBlocks != null && !m.tryCatchBlocks.isEmpty()) return false;
    String key = d.owner().name + "." + m.name + m.desc;
    if (path.contains(key) || path.size() > DEPTH) return false; // a cycle, or a chain too deep to follow
    path.push(key);
    try {
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof MethodInsnNode c && numbersOnly(c)) {
          MethodRef call = new MethodRef(c.getOpcode(), c.owner, c.name, c.desc, c.itf);
          ClassLibrary.Declaration callee = library.resolve(call);
          if (callee == null || (callee.owner().access & Opcodes.ACC_INTERFACE) != 0 || !reads(library, callee, path, overridable)) return false;
          if (!library.bindsStatically(call, callee) && !overridable.contains(run(callee, c))) {
            overridable.add(run(callee, c));
          }
        } else if (!allowed(n)) {
          return false;
        }
      }
      return true;
    } finally {
      path.pop();
    }
  }

  /** The code a receiver must run for call {@code c}: {@code callee}'s. */
  private static MethodRef run(ClassLibrary.Declaration callee, MethodInsnNode c) {
    return new MethodRef(Opcodes.INVOKEVIRTUAL, callee.owner().name, c.name, c.desc, false);
  }

  /** A call on {@code this} (the one reference held) of a method taking and returning numbers (or nothing). */
  private static boolean numbersOnly(MethodInsnNode c) {
    if ((c.getOpcode() != Opcodes.INVOKEVIRTUAL && c.getOpcode() != Opcodes.INVOKESPECIAL) || c.name.startsWith("<")) return false;
    for (Type t : Type.getArgumentTypes(c.desc)) if (t.getSort() > Type.DOUBLE) return false;
    return Type.getReturnType(c.desc).getSort() <= Type.DOUBLE;
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
