package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * The values of a method whose tangent may be infinite while the value itself is finite, and the
 * one place that says where a derivative can become so ({@link #isSource}), for both modes: a math
 * function whose partial is infinite where the function is finite ({@link
 * MathRules#infiniteAtFinitePoint}: {@code sqrt} at 0, {@code asin} at ±1...), or a call of a
 * callee that may call one ({@link Callees#mayHaveInfinitePartial}). Forward mode: such a call's
 * result, and everything computed from it. Reverse mode ({@code core.reverse.NonFiniteAdjoints}):
 * its arguments, and everything they are computed from.
 *
 * <p>Where such a tangent meets a partial that is exactly zero ({@code y·s} with {@code y = 0},
 * {@code s = √x} at {@code x = 0}), the reverse multiplies a finite adjoint ({@code y}) by the
 * infinite partial with the strong zero and gives 0; forward mode must too, not {@code 0·∞ = NaN}:
 * the tangent builders then apply the partial with a strong zero on the partial
 * ({@code DerivativeRule.applyToNonFinite}, {@code Builder.strongProduct}). Elsewhere (no source
 * upstream, the common case) the products stay plain.
 *
 * <p>Propagation, to a fixed point: the result of any operation or phi with such an operand; memory
 * without aliasing (a stored such value, or a call given one together with an array or object,
 * makes every load such).
 */
public final class NonFiniteTangents {
  private final Set<Value> values = new HashSet<>();
  private final List<Insn> insns = new ArrayList<>();
  private final List<Phi> phis = new ArrayList<>();
  private boolean memory;

  public NonFiniteTangents(Graph src, Callees callees) {
    for (Block blk : src.blocks) {
      phis.addAll(blk.phis);
      insns.addAll(blk.insns);
    }
    for (Insn i : insns) {
      if (isTangentSource(i, callees)) {
        values.add(i);
        if (i.op == Op.INVOKE && passesReference(i)) memory = true;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = propagate();
    }
  }

  /** True when the tangent of {@code v} may be infinite or NaN while {@code v} is finite. */
  public boolean contains(Value v) {
    return values.contains(v);
  }

  /**
   * True when a derivative may become infinite across {@code i} while every value is finite: a
   * partial of {@code i} can be infinite where {@code i} is finite.
   */
  public static boolean isSource(Insn i, Callees callees) {
    if (i.op == Op.MATH) return MathRules.infiniteAtFinitePoint(i.method());
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef)) return false;
    MethodRef m = i.method();
    return ArrayIntrinsic.of(m) == null && HelperIntrinsic.of(m) == null && callees.mayHaveInfinitePartial(m);
  }

  /**
   * {@link #isSource}, or for forward mode also a call whose tangent may be NaN where it is finite
   * ({@link MathRules#nanAtFinitePoint}: {@code atan2}, {@code hypot} at the origin) or infinite with its
   * value ({@link MathRules#overflowsWithItsValue}: an overflowing {@code exp}); not for the
   * reverse, whose strong zero at those calls' partials already gives 0 (and whose guarded sources
   * would put their flags into every adjoint calling them).
   */
  public static boolean isTangentSource(Insn i, Callees callees) {
    return isSource(i, callees)
        || (i.op == Op.MATH && (MathRules.nanAtFinitePoint(i.method()) || MathRules.overflowsWithItsValue(i.method())));
  }

  /** True when call {@code call} passes an array or an object (its callee may write derivatives there). */
  public static boolean passesReference(Insn call) {
    for (Value a : call.args) {
      if (a.type.getSort() == Type.ARRAY || a.type.getSort() == Type.OBJECT) return true;
    }
    return false;
  }

  /** One pass over the method; true when it added a value. */
  private boolean propagate() {
    int before = values.size();
    boolean memoryBefore = memory;
    for (Phi p : phis) {
      for (Value in : p.inputs) {
        if (values.contains(in)) values.add(p);
      }
    }
    for (Insn i : insns) {
      if (i.op == Op.ASTORE || i.op == Op.PUTFIELD || i.op == Op.PUTSTATIC || i.op == Op.VAR_WRITE) {
        if (values.contains(i.args[i.args.length - 1])) memory = true;
      } else if (i.op == Op.ALOAD || i.op == Op.GETFIELD || i.op == Op.GETSTATIC || i.op == Op.VAR_READ) {
        if (memory) values.add(i);
      } else if (anyIn(i.args)) {
        values.add(i);
        if (i.op == Op.INVOKE && passesReference(i)) memory = true;
      }
    }
    return values.size() != before || memory != memoryBefore;
  }

  private boolean anyIn(Value[] args) {
    for (Value a : args) {
      if (values.contains(a)) return true;
    }
    return false;
  }
}
