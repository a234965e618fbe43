package dev.leibniz.core.lift;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.rules.MathRules;
import org.objectweb.asm.Opcodes;

/**
 * Recognises the bit-pattern idioms that compute a differentiable function of a floating value
 * through its bits, and rewrites them into the arithmetic they stand for, so that the derivative
 * flows: {@code longBitsToDouble(doubleToRawLongBits(x) ^ SIGN)} is {@code -x}, {@code
 * longBitsToDouble(doubleToRawLongBits(x) & ~SIGN)} is {@code Math.abs(x)}, {@code
 * longBitsToDouble(doubleToRawLongBits(x) ^ (doubleToRawLongBits(y) & SIGN))} (Julia's {@code flipsign}) is {@code x *
 * Math.copySign(1, y)}, {@code longBitsToDouble(doubleToRawLongBits(x))} is {@code x}; the same for {@code float} with {@code
 * intBitsToFloat}/{@code floatToIntBits} (raw or not: they differ only in NaN payloads); a mask
 * clearing at most half of the mantissa, used without the low part of a split, is a rounding of
 * {@code x} ({@link #isRounding}). Other round trips through bits are left alone; {@code
 * DerivativeCuts} reports them.
 */
public final class BitIdioms {
  private static final long DOUBLE_SIGN = 0x8000000000000000L;
  private static final int FLOAT_SIGN = 0x80000000;

  private BitIdioms() {}

  /** Rewrites every recognised round trip of {@code g} in place. */
  public static void rewrite(Graph g) {
    boolean any = false;
    for (Block blk : g.blocks) {
      for (int k = 0; k < blk.insns.size(); k++) {
        Insn i = blk.insns.get(k);
        java.util.List<Insn> operands = new java.util.ArrayList<>(); // new instructions the replacement uses
        Value r = replacement(g, i, operands);
        if (r == null) continue;
        if (r != bitsOf(i.arg(0), isDouble(i))) { // a new instruction (not the round trip's own operand)
          operands.add((Insn) r);
          int at = k + 1;
          for (Insn n : operands) {
            n.line = i.line;
            n.origin = i.origin;
            blk.insns.add(at++, n);
          }
        }
        replaceUses(g, i, r);
        blk.insns.remove(k);
        k--;
        any = true;
      }
    }
    if (any) removeUnusedBits(g);
  }

  /**
   * Removes the bit reads (and the masks applied to them) that the rewrite left unused, so that no
   * read of an active value's bits remains where none is needed.
   */
  private static void removeUnusedBits(Graph g) {
    boolean changed = true;
    while (changed) {
      changed = false;
      java.util.Set<Value> used = new java.util.HashSet<>();
      for (Block blk : g.blocks) {
        for (Phi p : blk.phis) used.addAll(p.inputs);
        for (Insn i : blk.insns) used.addAll(java.util.Arrays.asList(i.args));
        if (blk.terminator != null) used.addAll(java.util.Arrays.asList(blk.terminator.args));
      }
      for (Block blk : g.blocks) {
        changed |= blk.insns.removeIf(i -> !used.contains(i) && (bitsOf(i, true) != null || bitsOf(i, false) != null
            || ((i.op == Op.XOR || i.op == Op.AND) && (bitsOf(i.arg(0), true) != null || bitsOf(i.arg(1), true) != null
                || bitsOf(i.arg(0), false) != null || bitsOf(i.arg(1), false) != null))));
      }
    }
  }

  /**
   * The value {@code i} computes when it closes a recognised round trip, else null; new instructions it uses besides
   * itself are added to {@code operands}, in order.
   */
  private static Value replacement(Graph g, Insn i, java.util.List<Insn> operands) {
    boolean dbl = isDouble(i);
    if (!dbl && !isCall(i, "java/lang/Float", "intBitsToFloat", "(I)F")) return null;
    Value bits = i.arg(0);
    Value x = bitsOf(bits, dbl);
    if (x != null) {
      return x;
    }
    if (!(bits instanceof Insn)) return null;
    Insn op = (Insn) bits;
    long sign = dbl ? DOUBLE_SIGN : FLOAT_SIGN;
    long magnitude = dbl ? ~DOUBLE_SIGN : ~FLOAT_SIGN;
    if (op.op == Op.XOR && (x = masked(op, sign, dbl)) != null) {
      return g.newInsn(Op.NEG, x.type, null, x);
    }
    Value[] flip = op.op == Op.XOR ? flipsign(op, sign, dbl) : null;
    if (flip != null) {
      x = flip[0];
      Insn one = g.newInsn(Op.CONST, x.type, dbl ? (Object) 1.0 : (Object) 1.0f);
      String d = dbl ? "(DD)D" : "(FF)F";
      Insn ySign = g.newInsn(Op.MATH, x.type, new MethodRef(Opcodes.INVOKESTATIC, "java/lang/Math", "copySign", d, false),
          one, flip[1]);
      operands.add(one);
      operands.add(ySign);
      return g.newInsn(Op.MUL, x.type, null, x, ySign);
    }
    if (op.op == Op.AND && (x = masked(op, magnitude, dbl)) != null) {
      String d = dbl ? "(D)D" : "(F)F";
      return g.newInsn(Op.MATH, x.type, new MethodRef(Opcodes.INVOKESTATIC, "java/lang/Math", "abs", d, false), x);
    }
    if (op.op == Op.AND) {
      for (int k = 0; k < 2; k++) {
        if (isRounding(op.arg(k), dbl) && (x = bitsOf(op.arg(1 - k), dbl)) != null && !lowPartComputed(g, x, i)) {
          return g.newInsn(Op.MATH, x.type, MathRules.mantissaTruncation(g.owner, g.ownerIsInterface, dbl), x, op.arg(k));
        }
      }
    }
    return null;
  }

  /**
   * {@code -1 << k} clearing at most half of the mantissa ({@code k <= 26} for {@code double},
   * {@code k <= 11} for {@code float}): {@code x} rounded toward zero to fewer bits, a staircase whose
   * steps are at most {@code 2^-26} of the value (as a {@code (float)} cast's are {@code 2^-24}). Used
   * on its own (Lucene's {@code haversinSortKey} clears three bits of its result) it stands for
   * {@code x}, and is differentiated as {@code Math.nextDown} and the cast are: derivative 1 (README,
   * "Bit patterns"). Coarser masks are left to {@code DerivativeCuts}.
   */
  private static boolean isRounding(Value v, boolean dbl) {
    if (!(v instanceof Insn) || ((Insn) v).op != Op.CONST || !(((Insn) v).attr instanceof Number)) return false;
    Number n = (Number) ((Insn) v).attr;
    for (int k = 1; k <= (dbl ? 26 : 11); k++) {
      if (dbl ? n instanceof Long && n.longValue() == -1L << k : n instanceof Integer && n.intValue() == -1 << k) return true;
    }
    return false;
  }

  /**
   * True when {@code x - high} is computed in {@code g}: then {@code high} is the high part of a
   * Veltkamp/Dekker split, piecewise constant with derivative 0, and the low part carries the
   * derivative ({@code DerivativeCuts.isSplitHigh}); either convention gives the split's sums the
   * same derivative, this one is kept for the splits that have always had it.
   */
  private static boolean lowPartComputed(Graph g, Value x, Insn high) {
    for (Block blk : g.blocks) {
      for (Insn j : blk.insns) {
        if (j.op == Op.SUB && j.args.length == 2 && j.arg(0) == x && j.arg(1) == high) return true;
      }
    }
    return false;
  }

  private static boolean isDouble(Insn i) {
    return isCall(i, "java/lang/Double", "longBitsToDouble", "(J)D");
  }

  /**
   * {@code {x, y}} when {@code op} is {@code bits(x) ^ (bits(y) & SIGN)} in either operand order: x with y's sign bit
   * xor-ed in, x times y's sign (+-0 and NaN signs included), whose derivative is that sign along x and 0 along y.
   */
  private static Value[] flipsign(Insn op, long sign, boolean dbl) {
    for (int k = 0; k < 2; k++) {
      Value x = bitsOf(op.arg(k), dbl);
      Value other = op.arg(1 - k);
      if (x == null || !(other instanceof Insn) || ((Insn) other).op != Op.AND) continue;
      Value y = masked((Insn) other, sign, dbl);
      if (y != null) return new Value[] {x, y};
    }
    return null;
  }

  /** {@code x} when {@code op} combines the bits of {@code x} with the constant {@code mask}. */
  private static Value masked(Insn op, long mask, boolean dbl) {
    for (int k = 0; k < 2; k++) {
      if (isConstant(op.arg(k), mask, dbl)) {
        return bitsOf(op.arg(1 - k), dbl);
      }
    }
    return null;
  }

  /** {@code x} when {@code v} is {@code doubleToRawLongBits(x)} (or the float form), else null. */
  private static Value bitsOf(Value v, boolean dbl) {
    if (!(v instanceof Insn)) return null;
    Insn i = (Insn) v;
    boolean match = dbl
        ? isCall(i, "java/lang/Double", "doubleToRawLongBits", "(D)J") || isCall(i, "java/lang/Double", "doubleToLongBits", "(D)J")
        : isCall(i, "java/lang/Float", "floatToRawIntBits", "(F)I") || isCall(i, "java/lang/Float", "floatToIntBits", "(F)I");
    return match ? i.arg(0) : null;
  }

  private static boolean isConstant(Value v, long c, boolean dbl) {
    if (!(v instanceof Insn) || ((Insn) v).op != Op.CONST || !(((Insn) v).attr instanceof Number)) return false;
    Number n = (Number) ((Insn) v).attr;
    return dbl ? n instanceof Long && n.longValue() == c : n instanceof Integer && n.intValue() == (int) c;
  }

  private static boolean isCall(Insn i, String owner, String name, String desc) {
    if (i.op != Op.INVOKE || !(i.attr instanceof MethodRef)) return false;
    MethodRef m = i.method();
    return m.opcode() == Opcodes.INVOKESTATIC && m.owner().equals(owner) && m.name().equals(name) && m.desc().equals(desc);
  }

  private static void replaceUses(Graph g, Value old, Value with) {
    for (Block blk : g.blocks) {
      for (Phi p : blk.phis) {
        p.inputs.replaceAll(v -> v == old ? with : v);
      }
      for (Insn i : blk.insns) {
        if (i != with) replaceArgs(i, old, with);
      }
      if (blk.terminator != null) replaceArgs(blk.terminator, old, with);
    }
  }

  private static void replaceArgs(Insn i, Value old, Value with) {
    for (int k = 0; k < i.args.length; k++) {
      if (i.args[k] == old) i.args[k] = with;
    }
  }
}
