package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Hipparchus' {@code FastMath.sinCos(x)} and {@code sinhCosh(x)} return a small object holding two
 * values; their code is table-driven (it reads bit patterns, so it cannot be differentiated). Each
 * such call becomes {@code new SinCos(FastMath.sin(x), FastMath.cos(x))} — the two math functions,
 * which have rules — so the object is created here and {@link ScalarReplacement} takes it apart.
 * Only where the pair is just read (an escaping pair keeps the library call).
 */
final class PairFunctions {
  private record Pair(String first, String second) {}

  private static final Map<String, Pair> PAIRS = Map.of(
      "org/hipparchus/util/FastMath.sinCos(D)Lorg/hipparchus/util/SinCos;", new Pair("sin", "cos"),
      "org/hipparchus/util/FastMath.sinhCosh(D)Lorg/hipparchus/util/SinhCosh;", new Pair("sinh", "cosh"));

  private PairFunctions() {}

  /** True when a call was rewritten (one a constructor or method just inlined brought in: Hipparchus' {@code Vector3D(alpha, delta)}). */
  static boolean rewrite(Graph g) {
    boolean changed = false;
    for (Block b : g.blocks) {
      List<Insn> out = new ArrayList<>();
      for (Insn i : b.insns) {
        Pair p = i.op == Op.INVOKE && i.attr instanceof MethodRef ? PAIRS.get(i.method().toString()) : null;
        MethodRef first = p == null ? null : math(i.method().owner(), p.first());
        MethodRef second = p == null ? null : math(i.method().owner(), p.second());
        if (first == null || second == null || !onlyRead(g, i, p)) {
          out.add(i);
          continue;
        }
        Value x = i.arg(0);
        Insn a = at(g.newInsn(Op.MATH, Type.DOUBLE_TYPE, first, x), i);
        Insn c = at(g.newInsn(Op.MATH, Type.DOUBLE_TYPE, second, x), i);
        Insn obj = at(g.newInsn(Op.NEW, i.type, null), i);
        Insn init = at(g.newInsn(Op.INVOKE, Type.VOID_TYPE,
            new MethodRef(Opcodes.INVOKESPECIAL, i.type.getInternalName(), "<init>", "(DD)V", false), obj, a, c), i);
        out.addAll(List.of(a, c, obj, init));
        GraphEdits.replaceUses(g, Map.of(i, obj));
        changed = true;
      }
      b.insns.clear();
      b.insns.addAll(out);
    }
    return changed;
  }

  /** True when the pair is only read ({@code sc.sin()}, {@code sc.cos()}): then it is surely taken apart. */
  private static boolean onlyRead(Graph g, Insn pair, Pair p) {
    for (Block b : g.blocks) {
      for (dev.leibniz.core.ir.Phi ph : b.phis) {
        if (ph.inputs.contains(pair)) return false;
      }
      for (Insn i : b.insns) {
        for (int k = 0; k < i.args.length; k++) {
          if (i.args[k] != pair) continue;
          boolean read = k == 0 && i.op == Op.INVOKE && i.attr instanceof MethodRef && i.method().desc().equals("()D")
              && (i.method().name().equals(p.first()) || i.method().name().equals(p.second()));
          if (!read) return false;
        }
      }
      if (b.terminator != null) {
        for (Value a : b.terminator.args) if (a == pair) return false;
      }
    }
    return true;
  }

  private static MethodRef math(String owner, String name) {
    MethodRef m = new MethodRef(Opcodes.INVOKESTATIC, owner, name, "(D)D", false);
    return MathRules.find(m) != null ? m : null;
  }

  private static Insn at(Insn n, Insn like) {
    n.line = like.line;
    n.origin = like.origin;
    return n;
  }
}
