package dev.leibniz.core.outline;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * How many times each instruction of a loop's body runs per trip of that loop: once, times the
 * estimated trips of every loop nested around it inside the body. A nested loop with javac's
 * counted head ({@code ILOAD j; <constant c>; IF_ICMPGE}) and a constant start runs {@code c - start}
 * trips; one whose trips are not known before it runs counts {@value #UNKNOWN} (the record grows
 * with it all the same, and the checkpointing estimate per trip is what the schedule rests on).
 */
final class InnerTrips {
  /** The trips assumed for a nested loop whose bound is not a constant. */
  static final int UNKNOWN = 16;
  /** Products are capped here: the estimate only has to say that the record is large. */
  private static final int CAP = 1 << 20;

  private InnerTrips() {}

  /** Per instruction of {@code [from, to]} (index minus {@code from}): its repetitions per trip of the loop. */
  static int[] of(InsnList code, int from, int to) {
    int[] repeats = new int[to - from + 1];
    java.util.Arrays.fill(repeats, 1);
    java.util.Map<Integer, Integer> lastBackJump = new java.util.TreeMap<>(); // per nested head: its last back jump
    for (int j = from + 1; j < to; j++) {
      if (!(code.get(j) instanceof JumpInsnNode)) continue;
      int head = code.indexOf(((JumpInsnNode) code.get(j)).label);
      if (head > from && head <= j) lastBackJump.put(head, j); // a loop nested inside
    }
    for (java.util.Map.Entry<Integer, Integer> loop : lastBackJump.entrySet()) {
      int head = loop.getKey(), j = loop.getValue();
      long trips = trips(code, head);
      for (int i = head; i <= j; i++) repeats[i - from] = (int) Math.min(CAP, repeats[i - from] * trips);
    }
    return repeats;
  }

  /** The trips of the loop whose head is at {@code head}: from a constant bound and start, else {@link #UNKNOWN}. */
  private static long trips(InsnList code, int head) {
    AbstractInsnNode load = real(code, head), bound = load == null ? null : real(code, code.indexOf(load) + 1);
    AbstractInsnNode test = bound == null ? null : real(code, code.indexOf(bound) + 1);
    Integer c = constant(bound);
    if (!(load instanceof VarInsnNode) || load.getOpcode() != Opcodes.ILOAD || c == null || test == null
        || test.getOpcode() != Opcodes.IF_ICMPGE) {
      return UNKNOWN;
    }
    int counter = ((VarInsnNode) load).var;
    for (int i = head - 1; i > 0; i--) { // the counter's store just before the loop: its start
      AbstractInsnNode x = code.get(i);
      if (x.getOpcode() < 0) continue;
      if (x instanceof VarInsnNode && x.getOpcode() == Opcodes.ISTORE && ((VarInsnNode) x).var == counter) {
        Integer start = constant(previousReal(code, i));
        return start == null ? UNKNOWN : Math.max(1, (long) c - start);
      }
      break;
    }
    return UNKNOWN;
  }

  private static AbstractInsnNode real(InsnList code, int i) {
    for (; i < code.size(); i++) {
      if (code.get(i).getOpcode() >= 0) return code.get(i);
    }
    return null;
  }

  private static AbstractInsnNode previousReal(InsnList code, int i) {
    for (i--; i >= 0; i--) {
      if (code.get(i).getOpcode() >= 0) return code.get(i);
    }
    return null;
  }

  private static Integer constant(AbstractInsnNode x) {
    if (x == null) return null;
    int op = x.getOpcode();
    if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) return op - Opcodes.ICONST_0;
    if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) return ((IntInsnNode) x).operand;
    if (x instanceof LdcInsnNode && ((LdcInsnNode) x).cst instanceof Integer) return (Integer) ((LdcInsnNode) x).cst;
    return null;
  }
}
