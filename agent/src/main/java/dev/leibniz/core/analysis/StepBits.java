package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * A floating value's bit pattern ({@code Double.doubleToRawLongBits(x)} and friends) used only as a step function of the
 * value: to decide (a comparison or a branch: {@code bits < 0} is a sign test, {@code (bits & EXP) == EXP} an infinity or
 * NaN test), for its sign and binary exponent alone (the bits above the mantissa, shifted down or masked: {@code (int)
 * (bits >> 32) >> 20}, what {@code Math.getExponent} returns), or as the index of a table read (the leading mantissa bits
 * of a log table, jafama's {@code StrictFastMath.log}). Each of these is constant between steps of the value, so its
 * derivative is 0 by the documented rule for a rounding ({@code floor}, an {@code (int)} cast), and nothing made from it
 * carries the value's derivative: a power of two built back from the exponent ({@code longBitsToDouble((e + 1023L) <<
 * 52)}) is {@code Math.scalb(1, e)}, which scales the value as a constant factor does. Any other use (the mantissa's
 * bits, the pattern or its masked high bits turned back into a number, stored, passed on, merged) leaves it a cut of the
 * derivative, refused by {@link DerivativeCuts} and {@link BitPatterns}; the table reads are warned as table lookups at
 * a rounded index are.
 *
 * <p>Followed through conversions between {@code int} and {@code long}, shifts, masks and additions of constants, with
 * where each value's bits sit in the original pattern: a right shift moves them down, a left shift back up, a mask or an
 * addition leaves them in place (carries only move upwards); once a right shift has brought the bits above
 * the mantissa ({@code 52} for a double, {@code 23} for a float) down to bit 0, the value is the sign and exponent as a
 * whole number, whatever is done with it next. Bits masked in place ({@code bits & EXP}) may be compared or shifted down,
 * but turned back into a number they are a truncated pattern, whose own rules apply ({@code BitIdioms}, {@link
 * DerivativeCuts#isSplitHigh}): a staircase that stands for the value is not a step of it.
 */
public final class StepBits {
  /** What the uses of one pattern are: whether all are steps, and the table reads among them. */
  record Uses(boolean onlySteps, List<Insn> tableReads) {}

  private final Map<Value, List<Insn>> users;
  private final List<Insn> tableReads = new ArrayList<>();

  private StepBits(Map<Value, List<Insn>> users) {
    this.users = users;
  }

  /** True when {@code source}, a call of a JDK bit source, has only step uses (decisions, sign and exponent, table indexes). */
  public static boolean onlySteps(Graph g, Insn source) {
    return of(g, source).onlySteps();
  }

  /** The uses of the pattern {@code source} returns. */
  static Uses of(Graph g, Insn source) {
    if (!(source.attr instanceof MethodRef m)) return new Uses(false, List.of());
    int mantissa = Type.getArgumentTypes(m.desc()).length == 1 && Type.getArgumentTypes(m.desc())[0].getSort() == Type.FLOAT ? 23 : 52;
    StepBits s = new StepBits(Users.of(g));
    boolean steps = s.follow(source, 0, mantissa, 0);
    return new Uses(steps, steps ? s.tableReads : List.of());
  }

  /**
   * True when every use of {@code v} is a step: {@code v}'s bit {@code j} is bit {@code j + offset} of the pattern or of a
   * higher one (a right shift by a count not known here moves the bits down by at least 0), or 0, so that {@code v}
   * depends on no bit of the pattern below {@code offset} once it is positive.
   */
  private boolean follow(Value v, int offset, int mantissa, int depth) {
    // shifted down past the mantissa: the sign and exponent as a whole number (Math.getExponent's), a step of the value;
    // bits masked in place stay a pattern (turned back into a number, a truncation: DerivativeCuts, BitIdioms decide)
    if (offset >= mantissa) return true;
    if (depth > 16) return false;
    for (Insn u : users.getOrDefault(v, List.of())) {
      if (u == null) return false; // merged in a phi
      if (u.op == Op.CMP || u.op == Op.IF) continue; // a decision: a yes or no (or -1, 0, 1) about the value
      if (u.op == Op.ALOAD && u.args.length == 2 && u.arg(1) == v && u.arg(0) != v) {
        tableReads.add(u); // a table read at an index taken from the pattern
        continue;
      }
      if (!followArithmetic(u, v, offset, mantissa, depth)) return false;
    }
    return true;
  }

  /** A conversion, shift, mask or addition of {@code v} and a constant, followed; any other instruction is not a step. */
  private boolean followArithmetic(Insn u, Value v, int offset, int mantissa, int depth) {
    if (u.op == Op.CONV) {
      int to = u.type.getSort();
      return (to == Type.INT || to == Type.LONG) && follow(u, offset, mantissa, depth + 1);
    }
    if (u.op == Op.NEG) return follow(u, offset, mantissa, depth + 1);
    if (u.args.length != 2) return false;
    if ((u.op == Op.SHR || u.op == Op.USHR) && u.arg(0) == v && !(u.arg(1) instanceof Insn c && c.op == Op.CONST)) {
      return follow(u, offset, mantissa, depth + 1); // by a count not known here (jafama's 32 - LOG_BITS): at least 0
    }
    Long constant = constantOther(u, v);
    if (constant == null) return false;
    boolean wide = u.type.getSort() == Type.LONG;
    switch (u.op) {
      case SHR: case USHR: {
        if (u.arg(0) != v) return false;
        int by = (int) (constant & (wide ? 63 : 31));
        return follow(u, offset + by, mantissa, depth + 1);
      }
      case SHL: {
        if (u.arg(0) != v) return false;
        int by = (int) (constant & (wide ? 63 : 31));
        return follow(u, offset - by, mantissa, depth + 1);
      }
      case AND: {
        // the bits stay in place (EXP's exponent bits, tested against EXP: a NaN or infinity test)
        return follow(u, offset, mantissa, depth + 1);
      }
      case OR: case XOR: case ADD: case SUB:
        // carries and borrows only move upwards: the result depends on no lower bit of the pattern than v does
        return follow(u, offset, mantissa, depth + 1);
      default:
        return false;
    }
  }

  /** The constant operand of the two-operand {@code u} whose other operand is {@code v}, or null. */
  private static Long constantOther(Insn u, Value v) {
    Value other = u.arg(0) == v ? u.arg(1) : u.arg(1) == v ? u.arg(0) : null;
    if (other == v || !(other instanceof Insn c) || c.op != Op.CONST || !(c.attr instanceof Number n)) return null;
    return n.longValue();
  }
}
