package dev.leibniz.core.lift;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Boxes that are only unboxed again: {@code Double s = Math.sin(x); ... s * s} (javac's {@code
 * Double.valueOf}, then {@code doubleValue()} at each use), also through locals merged at a branch
 * or carried by a loop ({@code Double last; for (...) { ...; last = v; }}). A box carries no
 * derivative, so such code was refused; the value it holds is the number itself, so each unboxing
 * is replaced by the boxed number (a phi of numbers where boxes merge), which later phases
 * differentiate as any {@code double}. {@code Float} likewise. A box that is used otherwise as
 * well (printed, stored in a collection) keeps those uses, judged as before; one that may be
 * {@code null} or comes from elsewhere ({@code list.get(i)}) is left alone.
 */
public final class Unboxing {
  private Unboxing() {}

  /** Rewrites {@code g} in place; true when an unboxing was replaced. */
  public static boolean rewrite(Graph g) {
    Map<Value, Value> numberOf = new HashMap<>(); // a box (call or phi) -> the number it holds
    Map<Value, Type> kind = new HashMap<>();
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        Type boxed = boxing(i);
        if (boxed != null) {
          numberOf.put(i, i.arg(0));
          kind.put(i, boxed);
        }
      }
    }
    if (numberOf.isEmpty()) return false;
    Set<Phi> boxPhis = boxPhis(g, kind);
    for (Phi p : boxPhis) numberOf.put(p, g.newPhi(p.block, kind.get(p)));
    for (Phi p : boxPhis) {
      Phi numbers = (Phi) numberOf.get(p);
      for (Value in : p.inputs) numbers.inputs.add(numberOf.get(uncast(in)));
    }
    Map<Value, Value> unboxed = new HashMap<>();
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        if (isUnboxing(i, kind)) unboxed.put(i, numberOf.get(uncast(i.arg(0))));
      }
    }
    if (unboxed.isEmpty()) { // nothing to gain: leave the graph as lifted
      for (Phi p : boxPhis) p.block.phis.remove(numberOf.get(p));
      return false;
    }
    g.replaceUses(unboxed);
    for (Block blk : g.blocks) blk.insns.removeIf(unboxed::containsKey);
    Set<Value> made = new HashSet<>(numberOf.keySet()); // the boxes, and the phis of numbers made for box phis
    for (Phi p : boxPhis) made.add(numberOf.get(p));
    removeUnused(g, made);
    return true;
  }

  /** The primitive type {@code i} boxes ({@code Double.valueOf(double)}, {@code Float.valueOf(float)}), else null. */
  private static Type boxing(Insn i) {
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m) || m.opcode() != Opcodes.INVOKESTATIC || !m.name().equals("valueOf")) {
      return null;
    }
    if (m.owner().equals("java/lang/Double") && m.desc().equals("(D)Ljava/lang/Double;")) return Type.DOUBLE_TYPE;
    if (m.owner().equals("java/lang/Float") && m.desc().equals("(F)Ljava/lang/Float;")) return Type.FLOAT_TYPE;
    return null;
  }

  /**
   * True when {@code i} is {@code doubleValue()} ({@code floatValue()}) of a box of that kind, named
   * by the box's class or by {@code Number} (Kotlin), the box seen through casts.
   */
  private static boolean isUnboxing(Insn i, Map<Value, Type> kind) {
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m) || m.opcode() != Opcodes.INVOKEVIRTUAL || i.args.length != 1) {
      return false;
    }
    Type k = kind.get(uncast(i.arg(0)));
    boolean number = m.owner().equals("java/lang/Number");
    return k == Type.DOUBLE_TYPE ? (number || m.owner().equals("java/lang/Double")) && m.name().equals("doubleValue") && m.desc().equals("()D")
        : k == Type.FLOAT_TYPE && (number || m.owner().equals("java/lang/Float")) && m.name().equals("floatValue") && m.desc().equals("()F");
  }

  /** {@code v} without the casts applied to it. */
  private static Value uncast(Value v) {
    while (v instanceof Insn c && c.op == Op.CHECKCAST) v = c.arg(0);
    return v;
  }

  /**
   * The phis all of whose inputs are boxes of one kind or such phis (a greatest fixed point, so
   * that loop-carried boxes qualify); their kind is added to {@code kind}.
   */
  private static Set<Phi> boxPhis(Graph g, Map<Value, Type> kind) {
    Set<Phi> candidates = new LinkedHashSet<>();
    for (Block blk : g.blocks) {
      for (Phi p : blk.phis) if (p.type.getSort() == Type.OBJECT) candidates.add(p);
    }
    Map<Phi, Type> phiKind = new HashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      phiKind.clear();
      for (Phi p : candidates) {
        Type k = null;
        boolean ok = true;
        for (Value in : p.inputs) {
          Value box = uncast(in);
          Type inKind = box == p || candidates.contains(box) ? null : kind.get(box);
          if (box != p && !candidates.contains(box) && inKind == null) ok = false;
          if (inKind != null && k != null && !k.equals(inKind)) ok = false;
          if (inKind != null) k = inKind;
        }
        if (ok) phiKind.put(p, k);
      }
      changed = candidates.retainAll(phiKind.keySet());
      changed |= propagateKinds(candidates, phiKind);
    }
    for (Phi p : candidates) kind.put(p, phiKind.get(p));
    return candidates;
  }

  /**
   * Gives phis fed only by other phis the kind of those (or drops those left without one, and
   * phis that merge two kinds); true when a candidate was dropped.
   */
  private static boolean propagateKinds(Set<Phi> candidates, Map<Phi, Type> phiKind) {
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Phi p : candidates) {
        for (Value in : p.inputs) {
          Type k = uncast(in) instanceof Phi q && candidates.contains(q) ? phiKind.get(q) : null;
          if (k == null) continue;
          Type mine = phiKind.get(p);
          if (mine == null) {
            phiKind.put(p, k);
            grew = true;
          } else if (!mine.equals(k)) {
            phiKind.put(p, Type.VOID_TYPE); // two kinds: not a box phi
          }
        }
      }
    }
    Set<Phi> mixed = new HashSet<>();
    for (Phi p : candidates) {
      Type k = phiKind.get(p);
      if (k == null || k == Type.VOID_TYPE) mixed.add(p);
    }
    return candidates.removeAll(mixed);
  }

  /** Removes those of {@code made} (boxes, box phis, the number phis made for them) that nothing uses any more. */
  private static void removeUnused(Graph g, Set<Value> made) {
    boolean changed = true;
    while (changed) {
      Set<Value> used = new HashSet<>();
      for (Block blk : g.blocks) {
        for (Phi p : blk.phis) for (Value in : p.inputs) if (in != p) used.add(in);
        for (Insn i : blk.insns) used.addAll(java.util.Arrays.asList(i.args));
        if (blk.terminator != null) used.addAll(java.util.Arrays.asList(blk.terminator.args));
      }
      changed = false;
      for (Block blk : g.blocks) {
        changed |= blk.insns.removeIf(i -> made.contains(i) && !used.contains(i));
        changed |= blk.phis.removeIf(p -> made.contains(p) && !used.contains(p));
      }
    }
  }
}
