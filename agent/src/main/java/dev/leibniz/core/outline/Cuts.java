package dev.leibniz.core.outline;

import dev.leibniz.core.lift.LeaderFrames;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;

/**
 * Where a method may be cut into consecutive parts, and which locals are live at each cut.
 *
 * <p>A cut before instruction {@code i} is allowed when the operand stack is empty there, no branch
 * back crosses it (a branch to the cut itself is an exit of the part before it, a branch back to it is a
 * loop of the part after it: both stay inside one part, so loops are never split), and no
 * {@code return} comes before it (only the last part returns). Locals live at a cut are those read
 * after it before being written, found by one backward scan; inside a stretch with branches, writes
 * are not taken to kill (conservative: a local taken as live that has no value at the cut is dropped
 * later, from the cut's frame). Reference locals live at a cut must be parameters not yet written
 * (they are passed as arguments, never through the frame arrays), or objects the outliner may carry as their fields
 * ({@link CarriedObjects}: made in the method and held by nothing else), at a cut no forward branch crosses. A cut crossed by forward branches
 * (to an empty stack: {@code if (x[i] == 0) continue;} early in a loop body) is allowed but marked
 * {@link #crossed}: the part that holds such a branch leaves through an exit and the part that holds
 * its target is entered there ({@link Outliner}), so the chooser takes it only when no clean cut does.
 */
final class Cuts {
  /** Instruction index of each allowed cut (a real instruction), ascending. */
  final List<Integer> at = new ArrayList<>();
  /** Live locals at each allowed cut, parallel to {@link #at}. */
  final List<BitSet> live = new ArrayList<>();
  /**
   * Whether each allowed cut is crossed by a forward branch, parallel to {@link #at}: a part ending
   * there leaves by that branch through an exit (its target is entered in a later part).
   */
  final List<Boolean> crossed = new ArrayList<>();
  /** Live locals before each target of a forward branch (an entry, when a cut falls between the branch and it). */
  final java.util.Map<Integer, BitSet> liveAtTarget = new java.util.HashMap<>();
  /** Estimated bytecode size of the instructions before each index (prefix sums). */
  final int[] sizeBefore;
  /** Number of local slots taken by the receiver and the parameters. */
  final int paramSlots;
  /** Index of the first write of each parameter slot ({@code Integer.MAX_VALUE}: never written). */
  final int[] firstWrite;
  /**
   * Places that would be cuts but for a live reference local that is not a parameter as passed (an object or array
   * made or assigned in the method, read after): instruction index to that local's slot, ascending.
   */
  final java.util.TreeMap<Integer, Integer> heldRefs = new java.util.TreeMap<>();

  /** The reference locals carried across a cut as their fields ({@link CarriedObjects}), by slot. */
  final Map<Integer, CarriedObjects.Layout> carried;

  private Cuts(int n, int paramSlots, Map<Integer, CarriedObjects.Layout> carried) {
    this.carried = carried;
    this.sizeBefore = new int[n + 1];
    this.paramSlots = paramSlots;
    this.firstWrite = new int[paramSlots];
    java.util.Arrays.fill(firstWrite, Integer.MAX_VALUE);
  }

  static Cuts of(String owner, MethodNode method) throws AnalyzerException {
    return of(owner, method, Map.of());
  }

  /** As above, a live local of {@code carried} holding an object at a cut no forward branch crosses not keeping it whole. */
  static Cuts of(String owner, MethodNode method, Map<Integer, CarriedObjects.Layout> carried) throws AnalyzerException {
    InsnList code = method.instructions;
    int n = code.size();
    int paramSlots = (Type.getArgumentsAndReturnSizes(method.desc) >> 2) - ((method.access & Opcodes.ACC_STATIC) != 0 ? 1 : 0);
    Cuts c = new Cuts(n, paramSlots, carried);
    int[] height = new int[n];
    java.util.Arrays.fill(height, -1);
    BitSet[] objects = new BitSet[n]; // the carried locals holding an object before each instruction
    LeaderFrames.of(owner, method, LeaderFrames.leaders(code), (i, f) -> {
      height[i] = f.getStackSize();
      if (carried.isEmpty()) return;
      objects[i] = new BitSet();
      for (int s : carried.keySet()) {
        if (s < f.getLocals() && f.getLocal(s) != null && f.getLocal(s).isReference()) objects[i].set(s);
      }
    });
    int[] effective = effectiveIndex(code);
    int[] blocked = new int[n + 2]; // difference array: > 0 where a branch back (or to a non-empty stack) crosses
    int[] forward = new int[n + 2]; // difference array: > 0 where a forward branch to an empty stack crosses
    java.util.Set<Integer> forwardTargets = new java.util.HashSet<>();
    int[] spans = new int[n + 2]; // difference array: > 0 inside some branch's span
    int firstReturn = n;
    for (int i = 0; i < n; i++) {
      AbstractInsnNode x = code.get(i);
      c.sizeBefore[i + 1] = c.sizeBefore[i] + size(x);
      for (LabelNode target : targets(x)) {
        int t = effective[code.indexOf(target)];
        int lo = Math.min(i, t), hi = Math.max(i, t);
        // forward i -> t blocks cuts in (i, t); backward blocks (t, i]
        int from = lo + 1, to = t > i ? t - 1 : hi;
        boolean exit = t > i && height[t] == 0; // an exit of its part when cut: the target is entered in a later part
        if (from <= to) {
          int[] crossing = exit ? forward : blocked;
          crossing[from]++;
          crossing[to + 1]--;
        }
        if (exit) forwardTargets.add(t);
        spans[lo]++;
        spans[hi + 1]--;
      }
      int op = x.getOpcode();
      if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN && firstReturn == n) firstReturn = i;
      if (x instanceof VarInsnNode && op >= Opcodes.ISTORE && op <= Opcodes.ASTORE || x instanceof IincInsnNode) {
        int slot = x instanceof VarInsnNode ? ((VarInsnNode) x).var : ((IincInsnNode) x).var;
        if (slot < paramSlots) c.firstWrite[slot] = Math.min(c.firstWrite[slot], i);
      }
    }
    BitSet live = new BitSet();
    BitSet liveRef = new BitSet();
    List<Integer> at = new ArrayList<>();
    List<BitSet> sets = new ArrayList<>();
    List<Boolean> soft = new ArrayList<>();
    int[] crossingAt = prefix(blocked, n);
    int[] forwardAt = prefix(forward, n);
    int[] inSpan = prefix(spans, n);
    for (int i = n - 1; i > 0; i--) {
      AbstractInsnNode x = code.get(i);
      int op = x.getOpcode();
      if (x instanceof VarInsnNode) {
        int slot = ((VarInsnNode) x).var;
        if (op >= Opcodes.ISTORE) {
          if (inSpan[i] == 0) {
            live.clear(slot);
            liveRef.clear(slot);
          }
        } else {
          live.set(slot);
          if (op == Opcodes.ALOAD) liveRef.set(slot);
          else liveRef.clear(slot);
        }
      } else if (x instanceof IincInsnNode) {
        live.set(((IincInsnNode) x).var);
      }
      BitSet carriedHere = forwardAt[i] == 0 && objects[i] != null ? objects[i] : new BitSet(); // never through an exit
      int held = op >= 0 && height[i] == 0 && crossingAt[i] == 0 && i <= firstReturn ? heldRef(c, liveRef, carriedHere, i) : -2;
      if (held >= 0) c.heldRefs.put(i, held);
      if (held == -1) {
        at.add(i);
        sets.add((BitSet) live.clone());
        soft.add(forwardAt[i] > 0);
      }
      if (forwardTargets.contains(i)) c.liveAtTarget.put(i, (BitSet) live.clone());
    }
    for (int k = at.size() - 1; k >= 0; k--) {
      c.at.add(at.get(k));
      c.live.add(sets.get(k));
      c.crossed.add(soft.get(k));
    }
    return c;
  }

  private static int[] prefix(int[] diff, int n) {
    int[] out = new int[n + 1];
    int sum = 0;
    for (int i = 0; i <= n; i++) {
      sum += diff[i];
      out[i] = sum;
    }
    return out;
  }

  /**
   * Only parameters not written before {@code i} may be live references at a cut there: the slot of a live reference
   * that is not one, or -1.
   */
  private static int heldRef(Cuts c, BitSet liveRef, BitSet carriedHere, int i) {
    for (int s = liveRef.nextSetBit(0); s >= 0; s = liveRef.nextSetBit(s + 1)) {
      if ((s >= c.paramSlots || c.firstWrite[s] < i) && !carriedHere.get(s)) return s;
    }
    return -1;
  }

  /** The index of the first real instruction at or after each index (labels and line numbers belong to it). */
  static int[] effectiveIndex(InsnList code) {
    int n = code.size();
    int[] e = new int[n + 1];
    e[n] = n;
    for (int i = n - 1; i >= 0; i--) {
      e[i] = code.get(i).getOpcode() >= 0 ? i : e[i + 1];
    }
    return e;
  }

  static List<LabelNode> targets(AbstractInsnNode x) {
    if (x instanceof JumpInsnNode) return List.of(((JumpInsnNode) x).label);
    List<LabelNode> out = new ArrayList<>();
    if (x instanceof TableSwitchInsnNode) {
      out.addAll(((TableSwitchInsnNode) x).labels);
      out.add(((TableSwitchInsnNode) x).dflt);
    } else if (x instanceof LookupSwitchInsnNode) {
      out.addAll(((LookupSwitchInsnNode) x).labels);
      out.add(((LookupSwitchInsnNode) x).dflt);
    }
    return out;
  }

  /** An estimate of an instruction's encoded size (wide forms for slots over 255). */
  private static int size(AbstractInsnNode x) {
    switch (x.getType()) {
      case AbstractInsnNode.LABEL: case AbstractInsnNode.LINE: case AbstractInsnNode.FRAME: return 0;
      case AbstractInsnNode.VAR_INSN: return ((VarInsnNode) x).var > 255 ? 4 : ((VarInsnNode) x).var > 3 ? 2 : 1;
      case AbstractInsnNode.IINC_INSN: return 6;
      case AbstractInsnNode.METHOD_INSN: case AbstractInsnNode.FIELD_INSN: case AbstractInsnNode.JUMP_INSN: case AbstractInsnNode.TYPE_INSN: return 3;
      case AbstractInsnNode.INVOKE_DYNAMIC_INSN: return 5;
      case AbstractInsnNode.LDC_INSN: return 3;
      case AbstractInsnNode.INT_INSN: return 2;
      case AbstractInsnNode.TABLESWITCH_INSN: return 16 + 4 * ((TableSwitchInsnNode) x).labels.size();
      case AbstractInsnNode.LOOKUPSWITCH_INSN: return 12 + 8 * ((LookupSwitchInsnNode) x).labels.size();
      default: return 1;
    }
  }
}
