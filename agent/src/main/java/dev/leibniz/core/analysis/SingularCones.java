package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the strong zero ({@code 0·∞ = 0}) is right, for both modes. A singular source {@code u =
 * f(x)} ({@link NonFiniteTangents#isSource}: {@code sqrt} at 0...) has an infinite partial; a zero
 * factor that meets it gives the true limit 0 only when that zero does not come from {@code x} or
 * {@code u} themselves. {@code y·√x} at {@code (0, 0)}: the zero is {@code y}'s, independent of
 * {@code x}, and 0 is the derivative. {@code √x·√x} or {@code cos(√x)} at {@code x = 0}: the zero
 * partial is zero <em>because</em> {@code u = 0}, and {@code ∞·0} stands for a finite non-zero
 * limit (1, -1/2): the honest answer is NaN.
 *
 * <p>The cone of a source: every value that depends on its arguments or its result, transitively
 * through operations, phis and (without aliasing) memory. Forward mode ({@link #strongOnPartial}):
 * a zero partial may zero a possibly-infinite tangent only when the partial's value lies outside
 * the cone of every source upstream of that tangent. Reverse mode ({@link #adjointIndependent}):
 * the adjoint {@code ū} that meets {@code f'(x)} may be taken as an independent zero only when
 * every partial on every path from {@code u} forward (the factors {@code ū} is made of) lies
 * outside the cone: sums, differences, negations, conversions and phis (partials ±1), products by
 * and divisions by values outside it; anything else (a math function, a call, memory, a product
 * of two cone values) makes it dependent, conservatively.
 */
public final class SingularCones {
  private final List<Insn> insns = new ArrayList<>();
  private final List<Phi> phis = new ArrayList<>();
  private final Map<Insn, Set<Value>> cones = new HashMap<>();

  public SingularCones(Graph src, Callees callees) {
    for (Block blk : src.blocks) {
      phis.addAll(blk.phis);
      insns.addAll(blk.insns);
    }
    for (Insn i : insns) {
      if (NonFiniteTangents.isSource(i, callees)) cones.put(i, cone(i));
    }
  }

  /**
   * True when {@code tangentOf}'s tangent (possibly infinite) times the partial {@code partialSrc}
   * may take the strong zero: the partial depends on no source upstream of {@code tangentOf}.
   */
  public boolean strongOnPartial(Value tangentOf, Value partialSrc) {
    for (Set<Value> cone : cones.values()) {
      if (cone.contains(tangentOf) && cone.contains(partialSrc)) return false;
    }
    return true;
  }

  /**
   * True when the adjoint of source {@code source}'s result is made only of partials outside the
   * source's cone: a zero adjoint is then no limit of the source's own values, and {@code 0·f'(x)}
   * may be 0.
   */
  public boolean adjointIndependent(Insn source) {
    Set<Value> cone = cones.get(source);
    if (cone == null) return true;
    Set<Value> down = new HashSet<>();
    down.add(source);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Phi p : phis) {
        for (Value in : p.inputs) {
          if (down.contains(in) && down.add(p)) changed = true;
        }
      }
      for (Insn i : insns) {
        if (i == source || down.contains(i)) continue;
        int k = usesAt(i, down);
        if (k < 0) continue;
        if (!linearIn(i, k, cone)) return false;
        if (i.type.getSort() != org.objectweb.asm.Type.VOID && down.add(i)) changed = true;
      }
    }
    return true;
  }

  /** The index of an operand of {@code i} in {@code down}, or -1. */
  private static int usesAt(Insn i, Set<Value> down) {
    for (int k = 0; k < i.args.length; k++) {
      if (down.contains(i.args[k])) return k;
    }
    return -1;
  }

  /** True when every partial of {@code i} along its operands in the cone is independent of the cone. */
  private static boolean linearIn(Insn i, int k, Set<Value> cone) {
    if (i.op.hasUnitPartials() || i.op == Op.CMP) return true; // partials ±1 (CMP: none, the comparison only branches)
    switch (i.op) {
      case MUL:
        return !(cone.contains(i.arg(0)) && cone.contains(i.arg(1)));
      case DIV:
        return !cone.contains(i.arg(1));
      default:
        return false;
    }
  }

  /** The values depending on {@code s}'s arguments or result. */
  private Set<Value> cone(Insn s) {
    Set<Value> cone = new HashSet<>();
    cone.add(s);
    for (Value a : s.args) cone.add(a);
    boolean memory = false;
    boolean changed = true;
    while (changed) {
      int before = cone.size();
      boolean memoryBefore = memory;
      for (Phi p : phis) {
        for (Value in : p.inputs) {
          if (cone.contains(in)) cone.add(p);
        }
      }
      for (Insn i : insns) {
        if (i.op == Op.ASTORE || i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC || i.op == Op.VAR_WRITE) {
          if (cone.contains(i.args[i.args.length - 1])) memory = true;
        } else if (i.op == Op.ALOAD || i.op == Op.GETFIELD || i.op == Op.GETSTATIC || i.op == Op.VAR_READ) {
          if (memory) cone.add(i);
        } else {
          for (Value a : i.args) {
            if (cone.contains(a)) {
              cone.add(i);
              if (i.op == Op.INVOKE && NonFiniteTangents.passesReference(i)) memory = true;
              break;
            }
          }
        }
      }
      changed = cone.size() != before || memory != memoryBefore;
    }
    return cone;
  }
}
