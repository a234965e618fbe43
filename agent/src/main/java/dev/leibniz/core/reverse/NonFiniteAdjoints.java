package dev.leibniz.core.reverse;

import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.NonFiniteTangents;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The values of a method whose adjoint may be infinite or NaN in its reverse sweep, while the
 * tangents of forward mode stay finite: downstream (in the reverse direction) of a partial that
 * can be infinite. Where such an adjoint meets a partial that is exactly zero ({@code y = x·0},
 * with {@code x} the product's other factor), forward mode gives {@code 0} (a finite tangent times
 * 0, then the strong zero of the singular rule), and the reverse must give {@code 0} too, not
 * {@code ∞·0 = NaN}: {@link AdjointBuilder} then applies the partial with a strong zero on the
 * partial, the mirror of the one on the derivative ({@code Builder.strongTimes}).
 *
 * <p>Sources: the arguments of a math function whose partial can be infinite where the function is
 * finite ({@code MathRules.infiniteAtFinitePoint}: sqrt at 0...), or of a callee that may call one
 * ({@link NonFiniteTangents#isSource}, the one place both modes ask). Propagation, to a
 * fixed point: the operands of any operation, and the inputs of any phi, whose adjoint may be
 * non-finite; a call whose result's adjoint may be non-finite makes its arguments so (its callee's
 * adjoint is seeded with it). Memory is taken conservatively, without aliasing: when a load of an
 * array cell, a field or a variable, or such a call with an array or object argument, may carry a
 * non-finite adjoint, every value stored to an array, a field or a variable may too.
 *
 * <p>Across calls: a callee that may have an infinite partial returns argument adjoints that may
 * be infinite (a source above); a callee seeded with an adjoint that may be infinite is called with
 * a unit seed and its scalar argument adjoints scaled back with a strong zero
 * ({@code CallReversal.reverseCall}), so {@code sqrt(f(x, y))} with {@code f = x·y} at
 * {@code x = 0} gives {@code ∂/∂y = 0} as in forward mode. This method's own seed and the adjoints
 * in its parameters' shadows are taken as finite. Divisions, and products
 * whose other factor may be infinite, are no sources: their partials are infinite only where the
 * value itself is (a NaN derivative is then expected), or where {@code -x/z²} overflows while
 * {@code x/z} does not; marking every divisor put Hipparchus' {@code Complex.atan} adjoint over the
 * JIT's size limit. A loop of plain products and sums has no source, so its reverse keeps plain
 * products (no comparison).
 */
final class NonFiniteAdjoints {
  private final Set<Value> values = new HashSet<>();
  private final List<Insn> insns = new ArrayList<>();
  private final List<Phi> phis = new ArrayList<>();
  private boolean memory;

  NonFiniteAdjoints(Graph src, Callees callees) {
    for (Block blk : src.blocks) {
      phis.addAll(blk.phis);
      insns.addAll(blk.insns);
    }
    for (Insn i : insns) addSources(i, callees);
    boolean changed = true;
    while (changed) {
      changed = propagate();
    }
  }

  /** True when the adjoint of {@code v} may be infinite or NaN. */
  boolean contains(Value v) {
    return values.contains(v);
  }

  private void addSources(Insn i, Callees callees) {
    if (!NonFiniteTangents.isSource(i, callees)) return;
    addAll(i.args);
    if (i.op == Op.INVOKE && NonFiniteTangents.passesReference(i)) memory = true;
  }

  /** One pass over the method; true when it added a value. */
  private boolean propagate() {
    int before = values.size();
    boolean memoryBefore = memory;
    for (Phi p : phis) {
      if (values.contains(p)) addAll(p.inputs.toArray(new Value[0]));
    }
    for (Insn i : insns) {
      if (isStore(i)) {
        if (memory) values.add(i.args[i.args.length - 1]);
      } else if (values.contains(i)) {
        if (i.op == Op.ALOAD || i.op == Op.GETFIELD || i.op == Op.GETSTATIC || i.op == Op.VAR_READ) {
          memory = true;
        } else {
          addAll(i.args);
          if (i.op == Op.INVOKE && NonFiniteTangents.passesReference(i)) memory = true;
        }
      }
    }
    return values.size() != before || memory != memoryBefore;
  }

  private static boolean isStore(Insn i) {
    return i.op == Op.ASTORE || i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC || i.op == Op.VAR_WRITE;
  }

  private void addAll(Value[] args) {
    for (Value a : args) values.add(a);
  }
}
