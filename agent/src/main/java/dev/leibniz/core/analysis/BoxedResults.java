package dev.leibniz.core.analysis;

import dev.leibniz.contract.CompanionContract;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * A method whose result is a {@code Double} ({@code Double apply(double x) { return 1 / (1 +
 * Math.exp(-x)); }}, the box forced by a generic interface): each {@code return} boxes a number
 * ({@code Double.valueOf}) or returns {@code null}. The box itself is kept (the primal result);
 * the number it holds is the result that is differentiated, as a {@code double} result is, and
 * the companions box its tangent where the result appears ({@link CompanionContract#isBoxedScalar}).
 * Knowledge shared by the activity check and both modes.
 */
public final class BoxedResults {
  private BoxedResults() {}

  /** True when {@code g}'s result is a {@code Double}. */
  public static boolean returnsBox(Graph g) {
    return CompanionContract.isBoxedScalar(Type.getReturnType(g.desc).getDescriptor());
  }

  /**
   * The number a returned value boxes ({@code Double.valueOf(u)}, seen through casts), the null
   * constant itself for {@code return null}, or null when it is neither (a box from elsewhere).
   */
  public static Value boxed(Value returned) {
    Value v = returned;
    while (v instanceof Insn c && c.op == Op.CHECKCAST) v = c.arg(0);
    if (v.type.equals(Types.NULL)) return v;
    if (v instanceof Insn i && i.op == Op.INVOKE && i.attr instanceof MethodRef m && m.opcode() == Opcodes.INVOKESTATIC
        && m.owner().equals("java/lang/Double") && m.name().equals("valueOf") && m.desc().equals("(D)Ljava/lang/Double;")) {
      return i.arg(0);
    }
    return null;
  }

  /** True when box {@code call} is only returned (directly or through casts) by a method with a {@code Double} result. */
  static boolean onlyReturned(Graph g, Insn call) {
    if (!returnsBox(g)) return false;
    boolean returned = false;
    java.util.Set<Value> box = withCasts(g, call);
    for (Block blk : g.blocks) {
      for (Phi p : blk.phis) for (Value in : p.inputs) if (box.contains(in)) return false;
      for (Insn i : blk.insns) {
        if (i.op == Op.CHECKCAST && box.contains(i)) continue;
        for (Value a : i.args) if (box.contains(a)) return false;
      }
      Insn t = blk.terminator;
      if (t == null) continue;
      for (Value a : t.args) {
        if (!box.contains(a)) continue;
        if (t.op != Op.RETURN) return false;
        returned = true;
      }
    }
    return returned;
  }

  /**
   * The call of a JDK functional interface ({@code java.util.function}) that box {@code call} is given to as an argument
   * (directly or through casts), or null: {@code f.apply(x)} on a {@code Function<Double, Double>}, whose diagnostic can
   * then name the primitive interface that carries the derivative instead.
   */
  static MethodRef givenToFunction(Graph g, Insn call) {
    java.util.Set<Value> box = withCasts(g, call);
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef m) || m.isStatic()
            || m.opcode() != Opcodes.INVOKEINTERFACE || !m.owner().startsWith("java/util/function/")) {
          continue;
        }
        for (int k = 1; k < i.args.length; k++) if (box.contains(i.arg(k))) return m;
      }
    }
    return null;
  }

  /** Box {@code call} and the casts of it ({@code (Double) o}, in order of the blocks). */
  private static java.util.Set<Value> withCasts(Graph g, Insn call) {
    java.util.Set<Value> box = new java.util.HashSet<>();
    box.add(call);
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        if (i.op == Op.CHECKCAST && box.contains(i.arg(0))) box.add(i);
      }
    }
    return box;
  }
}
