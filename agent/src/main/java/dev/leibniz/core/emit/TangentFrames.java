package dev.leibniz.core.emit;

import dev.leibniz.core.analysis.Cycles;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * The frames of an outlined method's tangent (core.outline.Outliner: the driver's {@code double[]} and {@code long[]}
 * arrays that carry live values from part to part, the {@code double[]} frame's tangent, and the one-element buffer a
 * pair tangent returns its primal in) taken from the calling thread's tape sets instead of allocated per call, as the
 * adjoint takes its frame from the workspace ({@code Helpers.newD}). A frame is a {@code new double[c]} or
 * {@code new long[c]} ({@code c} constant) outside every cycle, so it is made at most once per call, used only as an array
 * (elements read and written) and passed only to the method's own parts' companions, which read and write its
 * elements and keep nothing; nothing reaches it once the call has returned. Each is taken zeroed from its own slot
 * of the set ({@code leibniz$frameD(set, slot, c)}): the tangent becomes a body taking the set as its last parameter,
 * behind an entry that takes the set of the thread's next call depth ({@link SecondOrderTapes#entry}), so a
 * recursive or nested call, and another thread, each get frames of their own, and the generated code keeps no static
 * mutable state. A tangent of 1,000 outlined statements allocated its frames, about 6 KB, on every call.
 */
public final class TangentFrames {
  private TangentFrames() {}

  /**
   * Rewrites {@code d} (the tangent of a method of class {@code d.owner} named {@code method}, not yet emitted) to
   * take its frames from a set passed as a new last parameter, renaming it {@code name$body}: returns the set's
   * length, or 0 when {@code d} calls no part of {@code method} with a frame (left unchanged).
   */
  public static int reuse(Graph d, String method) {
    String parts = method + "$part"; // core.outline.Outliner.PART
    Map<Value, List<Insn>> users = new HashMap<>();
    List<Value> merged = new ArrayList<>();
    for (Block b : d.blocks) {
      for (Phi p : b.phis) merged.addAll(p.inputs);
      for (Insn i : b.insns) addUses(users, i);
      if (b.terminator != null) addUses(users, b.terminator);
    }
    List<Insn> frames = new ArrayList<>();
    Map<Insn, Block> home = new HashMap<>();
    Cycles cycles = new Cycles(d);
    for (Block b : d.blocks) {
      if (cycles.inCycle(b)) continue; // made more than once per call: each must stay distinct
      for (Insn i : b.insns) {
        if (isFrame(i, users.getOrDefault(i, List.of()), merged, d.owner, parts)) {
          frames.add(i);
          home.put(i, b);
        }
      }
    }
    if (frames.stream().noneMatch(f -> passedToPart(users.get(f), d.owner, parts))) return 0;
    Insn set = SecondOrderTapes.addSetParameter(d);
    int[] ordinal = new int[4];
    int length = 1;
    Map<Value, Value> replaced = new HashMap<>();
    for (Insn f : frames) {
      List<Insn> entry = home.get(f).insns;
      char kind = f.type.getDescriptor().charAt(1);
      int k = "DIJA".indexOf(kind);
      int slot = 1 + 4 * ordinal[k]++ + k;
      length = Math.max(length, slot + 1);
      Insn at = d.newInsn(Op.CONST, Type.INT_TYPE, slot);
      String t = f.type.getDescriptor();
      Insn take = d.newInsn(Op.HELPER, f.type, SecondOrderTapes.helper(d, "frame" + kind, "([Ljava/lang/Object;II)" + t), set,
          at, f.arg(0));
      int pos = entry.indexOf(f);
      entry.set(pos, take);
      entry.add(pos, at);
      replaced.put(f, take);
    }
    d.replaceUses(replaced);
    d.name = d.name + "$body";
    return length;
  }

  private static void addUses(Map<Value, List<Insn>> users, Insn i) {
    for (Value a : i.args) users.computeIfAbsent(a, v -> new ArrayList<>()).add(i);
  }

  /** A constant-length {@code double[]} or {@code long[]} used only as an array and passed only to the method's parts. */
  private static boolean isFrame(Insn i, List<Insn> uses, List<Value> merged, String owner, String parts) {
    boolean fresh = i.op == Op.NEWARRAY && (i.type.getDescriptor().equals("[D") || i.type.getDescriptor().equals("[J"))
        && i.arg(0) instanceof Insn n && n.op == Op.CONST;
    if (!fresh || merged.contains(i)) return false;
    for (Insn u : uses) {
      for (int k = 0; k < u.args.length; k++) {
        if (u.args[k] != i) continue;
        boolean element = (u.op == Op.ALOAD || u.op == Op.ASTORE || u.op == Op.ALENGTH) && k == 0;
        if (!element && !isPart(u, owner, parts)) return false;
      }
    }
    return true;
  }

  private static boolean passedToPart(List<Insn> uses, String owner, String parts) {
    return uses != null && uses.stream().anyMatch(u -> isPart(u, owner, parts));
  }

  /** A call of a companion of one of the method's parts ({@code m$part3$tangent}, {@code m$part3$tangent$pair}). */
  private static boolean isPart(Insn u, String owner, String parts) {
    if (u.op != Op.INVOKE || !(u.attr instanceof MethodRef m) || !m.owner().equals(owner) || !m.name().startsWith(parts)) {
      return false;
    }
    String rest = m.name().substring(parts.length());
    int digits = 0;
    while (digits < rest.length() && Character.isDigit(rest.charAt(digits))) digits++;
    return digits > 0 && rest.startsWith("$tangent", digits);
  }
}
