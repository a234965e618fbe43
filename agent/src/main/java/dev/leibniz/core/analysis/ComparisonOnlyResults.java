package dev.leibniz.core.analysis;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Warning: a floating result that the inputs reach only through order tests made in a loop, a search
 * such as bisection ({@code if (f(mid, x) > 0) high = mid; else low = mid;}). The result is then a
 * passive value: both companions give 0, which is the program's derivative wherever it has one, but
 * not the derivative of the function the search approximates (JAX's {@code sqrt_cubed}, x^1.5 by
 * bisection: 0 where 1.5·√x is meant). Warned only where the result is the method's only output (no
 * array or object parameter carries derivatives), it comes out of a merge (a phi: which value the
 * tests let through), and the test is inside a loop: a step function without a loop ({@code x > 0 ?
 * 1 : -1}) means its zero derivative and is left alone.
 */
public final class ComparisonOnlyResults {
  private ComparisonOnlyResults() {}

  /** The warning at the first such test of {@code graph}, or none. */
  public static List<NotDifferentiable> of(Graph graph, Activity activity) {
    int sort = Type.getReturnType(graph.desc).getSort();
    if (sort != Type.DOUBLE && sort != Type.FLOAT) return List.of();
    for (Insn p : graph.params) {
      if (Types.isReference(p.type) && activity.isActive(p)) return List.of();
    }
    List<Value> results = returnedValues(graph);
    if (results.isEmpty() || results.stream().anyMatch(activity::isActive) || !comesFromMerge(results)) return List.of();
    for (Block b : graph.blocks) {
      if (!DerivativeCuts.inLoop(b)) continue;
      for (Insn i : b.insns) {
        if (isOrderTest(i) && (activity.isActive(i.arg(0)) || activity.isActive(i.arg(1)))) return List.of(warning(i));
      }
    }
    return List.of();
  }

  private static NotDifferentiable warning(Insn test) {
    return new NotDifferentiable(test.line, InsnText.of(test.origin), "the result depends on the active inputs only"
        + " through comparisons made in a loop (a search such as bisection): it is a value the tests let through, so"
        + " its derivative is 0 wherever it has one, not the derivative of the function the search approximates;"
        + " give the method a rule (@DerivativeRules) with that derivative (for a root y of f(y, x) = 0, dy/dx ="
        + " -f_x / f_y), or refine the result with a step of arithmetic on the inputs (a Newton step from the search's"
        + " value), which is differentiated");
  }

  private static List<Value> returnedValues(Graph graph) {
    List<Value> out = new java.util.ArrayList<>();
    for (Block b : graph.blocks) {
      Insn t = b.terminator;
      if (t != null && t.op == Op.RETURN && t.args.length == 1) out.add(t.arg(0));
    }
    return out;
  }

  /** Whether a returned value is, or is computed from, a phi (not a constant or a plain function of parameters). */
  private static boolean comesFromMerge(List<Value> results) {
    ArrayDeque<Value> work = new ArrayDeque<>(results);
    Set<Value> seen = new HashSet<>();
    while (!work.isEmpty()) {
      Value v = work.pop();
      if (!seen.add(v)) continue;
      if (v instanceof Phi) return true;
      if (v instanceof Insn i && (i.op.isArithmetic() || i.op == Op.CONV || i.op == Op.MATH)) work.addAll(List.of(i.args));
    }
    return false;
  }

  private static boolean isOrderTest(Insn i) {
    return i.op == Op.CMP && i.args.length == 2 && Types.isScalar(i.arg(0).type) && isFloating(i.arg(0).type);
  }

  private static boolean isFloating(Type t) {
    return t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT;
  }
}
