package dev.leibniz.core.analysis;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Type;

/**
 * Whether a graph is linear in its active values and decides nothing on them: then its tangent
 * in those values with k directions, taken at a point where they are all zero, is the graph run k
 * times with each direction as those values, lane by lane (benchmarks/VECTOR.md, "Vector
 * adjoints"). A generated adjoint is linear in its seeds (each adjoint is a sum of seeds times
 * primal partials), so a vector tangent of it in its seeds alone ({@link Activity#of(Graph,
 * Callees, java.util.function.IntPredicate)}) is k reverse sweeps sharing one forward sweep —
 * unless it reads an adjoint's value: a comparison (a strong zero {@code d == 0 ? 0 : d·p}, a
 * singular-source flag {@code rb != 0}), a conversion to an integer, a passive call, a product
 * or quotient of two adjoints, a math function of one. A tangent follows the value's branch, so
 * a lane whose seed differs from the value's at such a point would silently get the value's
 * outcome; those instructions are refused here, with their line.
 *
 * <p>The generated helpers ({@link HelperIntrinsic}) and array intrinsics are linear in their
 * arrays; a differentiable call is the callee's business (its own companion is checked alike).
 */
public final class SeedLinearity {
  private SeedLinearity() {}

  /** The instructions of {@code g} that are not linear in {@code activity}'s active values, or decide on them. */
  public static List<Insn> violations(Graph g, Activity activity) {
    List<Insn> out = new ArrayList<>();
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (why(i, activity) != null) out.add(i);
      }
      if (why(b.terminator, activity) != null) out.add(b.terminator);
    }
    return out;
  }

  /** Throws, located at the first violation, unless {@code g} is linear in its active values. */
  public static void check(Graph g, Activity activity) throws NotDifferentiable {
    for (Insn i : violations(g, activity)) {
      throw new NotDifferentiable(i.line, InsnText.of(i.origin), why(i, activity)
          + "; a vector adjoint carries its k seeds as tangents of one reverse sweep, so each seed's"
          + " lane would take the branch or the value of the sweep's own (zero) seed: call the scalar"
          + " adjoint once per seed instead");
    }
  }

  /** Why {@code i} breaks linearity in the active values, or null when it does not. */
  static String why(Insn i, Activity a) {
    boolean call = i != null && (i.op == Op.INVOKE || i.op == Op.HELPER);
    if (i == null || !anyActiveScalar(i, a) && !(call && anyActive(i, a))) return null;
    switch (i.op) {
      case ADD: case SUB: case NEG: case ALOAD: case ASTORE: case PUTFIELD: case GETFIELD: case RETURN:
        return null;
      case CONV:
        return Types.isScalar(i.type) ? null : "this conversion turns an adjoint value into an integer";
      case CMP:
        return "this comparison decides on an adjoint value (a strong zero d == 0 ? 0 : d·p, or a flag)";
      case SELECT:
        return "this selection decides on an adjoint value";
      case MUL:
        return a.isActive(i.arg(0)) && a.isActive(i.arg(1)) ? "this product multiplies two adjoint values" : null;
      case DIV:
        return a.isActive(i.arg(1)) ? "this quotient divides by an adjoint value" : null;
      case MATH:
        return "this math function of an adjoint value is not linear in it";
      case INVOKE: case HELPER: {
        if (!(i.attr instanceof dev.leibniz.core.ir.MethodRef)) return "this dynamic call takes an adjoint value";
        dev.leibniz.core.ir.MethodRef m = i.method();
        if (HelperIntrinsic.of(m) != null || ArrayIntrinsic.of(m) != null) return null;
        if (i.op == Op.HELPER) return "this generated helper is not known to be linear";
        return a.isPassiveCall(i) ? "this call takes an adjoint value and keeps its primal call" : null;
      }
      default:
        return Types.isScalar(i.type) || i.type.getSort() == Type.VOID || Types.isReference(i.type) ? null
            : "this " + i.op + " turns an adjoint value into an integer";
    }
  }

  private static boolean anyActiveScalar(Insn i, Activity a) {
    for (Value v : i.args) {
      if (Types.isScalar(v.type) && a.isActive(v)) return true;
    }
    return false;
  }

  private static boolean anyActive(Insn i, Activity a) {
    for (Value v : i.args) {
      if (a.isActive(v)) return true;
    }
    return false;
  }
}
