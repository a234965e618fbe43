package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Makes the companions honest where an exact whole/half-number test of an active value holds
 * ({@link DerivativeCuts#integralityComparisons}): there the branch taken is a formula made for
 * that point, whose derivative in the tested value is not the function's, so it is undefined by
 * this code and the companions return NaN for it.
 *
 * <p>A rewrite of the primal graph, before either builder runs, so both modes get it from the
 * rules they already have: for a test {@code x == y}, with {@code u = |x - y|}, the value {@code
 * poison = sqrt(u) - sqrt(u)} (two separate calls) is exactly 0, and its derivative is 0 where
 * {@code u > 0} (the same finite partial, subtracted) and NaN where {@code u = 0}, that is where
 * the test holds: forward {@code ∞ - ∞}, reverse {@code ū = r̄·∞ - r̄·∞}. The strong zero keeps it
 * 0 for a direction (forward) or a seed (reverse) that does not move {@code x - y}, so other
 * derivatives stay exact. Every return the test's block dominates returns {@code r - poison}
 * (the same value, also for {@code -0.0}). Returns the test does not dominate (a test in a loop
 * body or a branch) are left alone: the warning still names the test. Cost: four cheap
 * operations per execution of the test block, none in code without such a test.
 *
 * <p>At a tested value that is infinite ({@code floor(∞) == ∞}) {@code x - y} is NaN and so is
 * the companion's value.
 */
public final class WholeNumberPoison {
  private static final String MATH = "java/lang/Math";

  private WholeNumberPoison() {}

  /** Rewrites {@code g} once (a graph shared by both modes is rewritten by the first); true when it changed. */
  public static boolean apply(Graph g, Activity activity) {
    if (g.wholeNumberTestsPoisoned) return false;
    g.wholeNumberTestsPoisoned = true;
    List<Insn> tests = DerivativeCuts.integralityComparisons(g, activity);
    if (tests.isEmpty()) return false;
    Dominators dom = new Dominators(g);
    boolean changed = false;
    for (Insn cmp : tests) {
      Block test = blockOf(g, cmp);
      if (test == null || !isFloating(cmp.arg(0).type) || !isFloating(cmp.arg(1).type)) continue;
      Value poison = null;
      for (Block r : g.blocks) {
        Insn ret = r.terminator;
        if (ret == null || ret.op != Op.RETURN || ret.args.length != 1 || !isFloating(ret.arg(0).type)
            || !dom.reachable(r) || !dom.dominates(test, r)) continue;
        if (poison == null) poison = poison(g, test, cmp);
        Value p = poison;
        if (ret.arg(0).type.getSort() == Type.FLOAT) p = append(g, r, cmp, Op.CONV, Type.FLOAT_TYPE, null, p);
        ret.args[0] = append(g, r, cmp, Op.SUB, ret.arg(0).type, null, ret.arg(0), p);
        changed = true;
      }
    }
    return changed;
  }

  /** {@code sqrt(|x - y|) - sqrt(|x - y|)}, in double, at the end of the test's block. */
  private static Value poison(Graph g, Block b, Insn cmp) {
    Value x = cmp.arg(0), y = cmp.arg(1);
    Value d = append(g, b, cmp, Op.SUB, x.type, null, x, y);
    if (d.type.getSort() == Type.FLOAT) d = append(g, b, cmp, Op.CONV, Type.DOUBLE_TYPE, null, d);
    Value u = append(g, b, cmp, Op.MATH, Type.DOUBLE_TYPE, math("abs"), d);
    Value s1 = append(g, b, cmp, Op.MATH, Type.DOUBLE_TYPE, math("sqrt"), u);
    Value s2 = append(g, b, cmp, Op.MATH, Type.DOUBLE_TYPE, math("sqrt"), u);
    return append(g, b, cmp, Op.SUB, Type.DOUBLE_TYPE, null, s1, s2);
  }

  private static MethodRef math(String name) {
    return new MethodRef(Opcodes.INVOKESTATIC, MATH, name, "(D)D", false);
  }

  private static Insn append(Graph g, Block b, Insn at, Op op, Type type, Object attr, Value... args) {
    Insn i = g.newInsn(op, type, attr, args);
    i.line = at.line;
    b.insns.add(i);
    return i;
  }

  private static Block blockOf(Graph g, Insn cmp) {
    for (Block b : g.blocks) {
      if (b.insns.contains(cmp) || b.terminator == cmp) return b;
    }
    return null;
  }

  private static boolean isFloating(Type t) {
    return t.getSort() == Type.DOUBLE || t.getSort() == Type.FLOAT;
  }
}
