package dev.leibniz.core.lift;

import dev.leibniz.core.NotDifferentiable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Which exception handlers the derivative can leave out. A handler every path of which ends by
 * throwing ({@code finally}, {@code try}-with-resources, a {@code catch} that wraps and rethrows)
 * adds nothing to what a call returns: it runs only when the call fails. javac copies a {@code
 * finally} block onto the normal path, so the method without its handlers computes the same value,
 * and its companions are lifted without them (an exception in a companion propagates as thrown,
 * without running the handler: README, "Limits"). A handler from which a path returns (a {@code
 * catch} that recovers with a value) is a second way to the result: {@link RecoveringHandlers}
 * makes it a path of the graph, or refuses it.
 */
final class ExceptionHandlers {
  private ExceptionHandlers() {}

  /** Fails when a handler of {@code method} may complete the method normally. */
  static void check(MethodNode method, java.util.function.ToIntFunction<AbstractInsnNode> lineOf, Set<LabelNode> recovering)
      throws NotDifferentiable {
    for (TryCatchBlockNode t : method.tryCatchBlocks) {
      if (recovering.contains(t.handler)) continue; // a second path of the graph (RecoveringHandlers)
      AbstractInsnNode exit = normalExit(method, t.handler);
      if (exit != null) {
        String caught = t.type == null ? "any" : t.type.replace('/', '.');
        throw new NotDifferentiable(lineOf.applyAsInt(t.handler), "exception handler for " + caught,
            "a catch that recovers (a path from the handler returns a value, line " + lineOf.applyAsInt(exit) + ") is not"
                + " supported: its result would have no derivative; handlers that end by throwing (finally, try-with-resources,"
                + " catch and rethrow) are. Move the numeric code into a method without such a handler, or let the exception"
                + " propagate to the caller");
      }
    }
  }

  /**
   * A return reachable from {@code handler} (by jumps, fall-through and the handlers of the
   * instructions passed), or null when every path from it throws.
   */
  static AbstractInsnNode normalExit(MethodNode method, LabelNode handler) {
    InsnList code = method.instructions;
    Set<AbstractInsnNode> seen = new HashSet<>();
    Deque<AbstractInsnNode> open = new ArrayDeque<>();
    open.push(handler);
    while (!open.isEmpty()) {
      AbstractInsnNode n = open.pop();
      if (n == null || !seen.add(n)) continue;
      int op = n.getOpcode();
      if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) return n;
      for (TryCatchBlockNode t : method.tryCatchBlocks) {
        if (covers(code, t, n)) open.push(t.handler);
      }
      if (op != Opcodes.ATHROW && pushJumpTargets(n, open)) open.push(n.getNext());
    }
    return null;
  }

  /**
   * Pushes the targets {@code n} may jump to onto {@code open}; true when control may also fall
   * through to the next instruction (not after a {@code goto} or a switch). Shared by the walks over
   * a method's bytecode here and in {@link SynchronizedBlocks}.
   */
  static boolean pushJumpTargets(AbstractInsnNode n, Deque<AbstractInsnNode> open) {
    if (n instanceof JumpInsnNode j) {
      open.push(j.label);
      return n.getOpcode() != Opcodes.GOTO;
    } else if (n instanceof TableSwitchInsnNode s) {
      open.push(s.dflt);
      open.addAll(s.labels);
      return false;
    } else if (n instanceof LookupSwitchInsnNode s) {
      open.push(s.dflt);
      open.addAll(s.labels);
      return false;
    }
    return true;
  }

  private static boolean covers(InsnList code, TryCatchBlockNode t, AbstractInsnNode n) {
    int at = code.indexOf(n);
    return n.getOpcode() >= 0 && at >= code.indexOf(t.start) && at < code.indexOf(t.end);
  }
}
