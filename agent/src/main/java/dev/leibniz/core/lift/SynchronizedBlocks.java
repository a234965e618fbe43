package dev.leibniz.core.lift;

import dev.leibniz.core.NotDifferentiable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which {@code synchronized} blocks the companions can hold the same way. A companion takes the
 * same monitor around the same code ({@code MONITOR_ENTER}/{@code MONITOR_EXIT}; the emitter
 * releases it where an exception leaves the block); an adjoint's reverse sweep runs after the
 * block, outside the monitor, on locals, tapes and shadows. That is exact when the block computes
 * on values it does not read from memory that another thread may change once the monitor is free:
 * refused, located, are a block that reads or writes floating-point fields or array elements,
 * calls a method given an array or object (it may read or write them), or holds another such block.
 */
final class SynchronizedBlocks {
  private SynchronizedBlocks() {}

  /** Fails when the block entered at {@code enter} (a {@code MONITORENTER}) holds such code. */
  static void check(MethodNode method, AbstractInsnNode enter) throws NotDifferentiable {
    Set<AbstractInsnNode> seen = new HashSet<>();
    Deque<AbstractInsnNode> open = new ArrayDeque<>();
    open.push(enter.getNext());
    while (!open.isEmpty()) {
      AbstractInsnNode n = open.pop();
      if (n == null || !seen.add(n)) continue;
      int op = n.getOpcode();
      if (op == Opcodes.MONITOREXIT || op == Opcodes.ATHROW || (op >= Opcodes.IRETURN && op <= Opcodes.RETURN)) continue;
      String shared = shared(n);
      if (shared != null) {
        throw new NotDifferentiable(lineOf(n), InsnText.of(n), "inside a synchronized block, " + shared + " is not supported:"
            + " an adjoint's reverse sweep runs after the monitor is released and could see it changed by another thread."
            + " Synchronize in the caller, around the call of this method, or keep the block to computations on locals");
      }
      if (ExceptionHandlers.pushJumpTargets(n, open)) open.push(n.getNext());
    }
  }

  /** Null, or what {@code n} does with memory another thread may share. */
  private static String shared(AbstractInsnNode n) {
    int op = n.getOpcode();
    if (op == Opcodes.MONITORENTER) return "a synchronized block inside another";
    if (op == Opcodes.DALOAD || op == Opcodes.FALOAD) return "a read of an array element";
    if (op == Opcodes.DASTORE || op == Opcodes.FASTORE) return "a write into an array element";
    if (n instanceof FieldInsnNode f && floating(Type.getType(f.desc))) {
      return (op == Opcodes.GETFIELD || op == Opcodes.GETSTATIC ? "a read of field " : "a write into field ") + f.name;
    }
    if (n instanceof MethodInsnNode c && !c.name.equals("<init>")) {
      if (op != Opcodes.INVOKESTATIC && !RecoveringHandlers.isValue(Type.getObjectType(c.owner))) {
        return "a call of an instance method (" + c.owner.replace('/', '.') + "." + c.name + ")";
      }
      for (Type t : Type.getArgumentTypes(c.desc)) {
        if (!RecoveringHandlers.isValue(t)) return "a call given an array or object (" + c.owner.replace('/', '.') + "." + c.name + ")";
      }
    }
    return null;
  }

  private static boolean floating(Type t) {
    Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
    return e.getSort() == Type.DOUBLE || e.getSort() == Type.FLOAT || (t.getSort() == Type.OBJECT && !RecoveringHandlers.isValue(t));
  }

  private static int lineOf(AbstractInsnNode n) {
    for (AbstractInsnNode x = n; x != null; x = x.getPrevious()) {
      if (x instanceof LineNumberNode l) return l.line;
    }
    return -1;
  }
}
