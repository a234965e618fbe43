package dev.leibniz.core.outline;

import java.util.ArrayList;
import java.util.List;
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

  /**
   * A nested loop whose bound is not a constant but can be computed when the outer loop is entered
   * ({@code j < n}, {@code j < n - 1}, {@code j <= a.length}: locals the outer loop does not write,
   * constants, {@code + - *}): its trips are read then (bound minus its constant start, or 0 when
   * the start is no constant: an over-estimate for a start the loop counts up from), so the tape
   * bytes per trip of a time stepper over a large array are known at entry ({@link Schedule}).
   *
   * @param head index of its head, @param end index of its last back jump, @param bound the
   *     instructions computing the bound (cloned into the driver), @param start the counter's start
   * @param inclusive {@code <=} ({@code IF_ICMPGT}): one trip more
   */
  record Dynamic(int head, int end, List<AbstractInsnNode> bound, long start, boolean inclusive) {}

  /** The nested loops of {@code [from, to]} whose trips are not constant but computable at the outer loop's entry. */
  static List<Dynamic> dynamic(InsnList code, int from, int to) {
    java.util.Set<Integer> written = new java.util.HashSet<>();
    for (int i = from; i <= to; i++) {
      AbstractInsnNode x = code.get(i);
      if (x instanceof org.objectweb.asm.tree.IincInsnNode) written.add(((org.objectweb.asm.tree.IincInsnNode) x).var);
      if (x instanceof VarInsnNode && x.getOpcode() >= Opcodes.ISTORE) written.add(((VarInsnNode) x).var);
    }
    java.util.Map<Integer, Integer> lastBackJump = new java.util.TreeMap<>();
    for (int j = from + 1; j < to; j++) {
      if (!(code.get(j) instanceof JumpInsnNode)) continue;
      int head = code.indexOf(((JumpInsnNode) code.get(j)).label);
      if (head > from && head <= j) lastBackJump.put(head, j);
    }
    List<Dynamic> out = new ArrayList<>();
    for (java.util.Map.Entry<Integer, Integer> loop : lastBackJump.entrySet()) {
      int head = loop.getKey();
      if (trips(code, head) != UNKNOWN) continue;
      AbstractInsnNode load = real(code, head);
      if (!(load instanceof VarInsnNode) || load.getOpcode() != Opcodes.ILOAD) continue;
      List<AbstractInsnNode> bound = new ArrayList<>();
      AbstractInsnNode x = real(code, code.indexOf(load) + 1);
      while (x != null && evaluable(x, written) && bound.size() < 8) {
        bound.add(x);
        x = real(code, code.indexOf(x) + 1);
      }
      if (x == null || bound.isEmpty() || x.getOpcode() != Opcodes.IF_ICMPGE && x.getOpcode() != Opcodes.IF_ICMPGT) continue;
      if (!balanced(bound)) continue;
      out.add(new Dynamic(head, loop.getValue(), bound, start(code, head, ((VarInsnNode) load).var), x.getOpcode() == Opcodes.IF_ICMPGT));
    }
    return out;
  }

  /** True for an instruction of a bound computable at the outer loop's entry. */
  private static boolean evaluable(AbstractInsnNode x, java.util.Set<Integer> written) {
    int op = x.getOpcode();
    if (op == Opcodes.ILOAD) return !written.contains(((VarInsnNode) x).var);
    if (op == Opcodes.ALOAD) {
      AbstractInsnNode n = real(x);
      return !written.contains(((VarInsnNode) x).var) && n != null && n.getOpcode() == Opcodes.ARRAYLENGTH;
    }
    return op == Opcodes.ARRAYLENGTH || op == Opcodes.IADD || op == Opcodes.ISUB || op == Opcodes.IMUL || constant(x) != null;
  }

  private static AbstractInsnNode real(AbstractInsnNode x) {
    for (x = x.getNext(); x != null && x.getOpcode() < 0; x = x.getNext()) {}
    return x;
  }

  /** True when {@code bound} leaves exactly one {@code int} on the stack. */
  private static boolean balanced(List<AbstractInsnNode> bound) {
    int depth = 0;
    for (AbstractInsnNode x : bound) {
      int op = x.getOpcode();
      depth += op == Opcodes.IADD || op == Opcodes.ISUB || op == Opcodes.IMUL ? -1 : op == Opcodes.ARRAYLENGTH ? 0 : 1;
      if (depth < 1) return false;
    }
    return depth == 1;
  }

  /** The constant the counter is stored from just before the loop, else 0. */
  private static long start(InsnList code, int head, int counter) {
    AbstractInsnNode store = previousReal(code, head);
    if (store instanceof VarInsnNode && store.getOpcode() == Opcodes.ISTORE && ((VarInsnNode) store).var == counter) {
      Integer c = constant(previousReal(code, code.indexOf(store)));
      return c == null ? 0 : c;
    }
    return 0;
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
