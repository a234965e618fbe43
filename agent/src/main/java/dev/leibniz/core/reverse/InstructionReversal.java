package dev.leibniz.core.reverse;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import dev.leibniz.core.rules.ArithmeticRules;
import dev.leibniz.core.rules.DerivativeRule;
import dev.leibniz.core.rules.MathRules;
import org.objectweb.asm.Type;

/**
 * Instruction reversal: the adjoint rule of each operation but calls ({@link CallReversal}). A
 * load adds its adjoint into the shadow's cell (or into a loop-invariant read's sum, or leaves it in
 * the cell of an increment, {@link IncrementStores}); a store moves the cell's adjoint into the value
 * stored; fields of objects with shadows are cells of their shadows; arithmetic and math calls
 * ({@link MathRules}) add their adjoint times each partial into their operands', with strong zeros
 * where a partial or the adjoint may be infinite ({@link NonFiniteAdjoints}). The forward values a
 * rule reads come through {@link AdjointBuilder#need}, the one tape policy ({@link TapePolicy}).
 */
final class InstructionReversal {
  private final AdjointBuilder sweep;
  private final Adjoints adjoints;
  private final Builder b;
  private final Activity activity;
  private final Callees callees;
  private final IncrementStores increments;
  /** The values whose adjoint may be infinite: their zero partials get a strong zero. */
  private final NonFiniteAdjoints nonFinite;

  InstructionReversal(AdjointBuilder sweep, Adjoints adjoints, Builder b, Activity activity, Callees callees, IncrementStores increments,
      NonFiniteAdjoints nonFinite) {
    this.sweep = sweep;
    this.adjoints = adjoints;
    this.b = b;
    this.activity = activity;
    this.callees = callees;
    this.increments = increments;
    this.nonFinite = nonFinite;
  }

  /** Reverses {@code i}, any operation but a call: adds its adjoint, times each partial, into its operands' adjoints. */
  void reverse(Insn i) throws NotDifferentiable {
    switch (i.op) {
      case GETFIELD:
        // the field of an object with a shadow, like an array cell: shadow.f += bar
        if (Types.isScalar(i.type) && activity.isActive(i) && callees.shadows().has(i.arg(0).type)) {
          Value rb = adjoints.take(i);
          Value sh = sweep.need(sweep.shadowIn(i.arg(0)));
          Value old = b.add(Op.GETFIELD, i.type, i.attr, sh);
          b.add(Op.PUTFIELD, Type.VOID_TYPE, i.attr, sh, b.plus(old, rb));
        }
        return;
      case PUTFIELD:
        if (sweep.replacedShadow(i) != null) {
          // a new array or object replacing a caller's (ReplacedHeldArrays): the field's shadow gets back the one replaced
          b.add(Op.PUTFIELD, Type.VOID_TYPE, i.attr, sweep.need(sweep.shadowIn(i.arg(0))), sweep.need(sweep.replacedShadow(i)));
          return;
        }
        // a write: its adjoint moves from the shadow's field to the value written, the field's to zero
        if (Types.isScalar(i.arg(1).type) && callees.shadows().has(i.arg(0).type) && activity.isActive(i.arg(0))) {
          Value sh = sweep.need(sweep.shadowIn(i.arg(0)));
          Value bar = b.add(Op.GETFIELD, i.arg(1).type, i.attr, sh);
          b.add(Op.PUTFIELD, Type.VOID_TYPE, i.attr, sh, sweep.zeroOf(i.arg(1).type));
          adjoints.accumulate(i.arg(1), bar);
        }
        return;
      case ALOAD:
        if (Types.isScalar(i.type) && activity.isActive(i)) {
          Value rb = adjoints.take(i);
          if (increments.isIncrementLoad(i)) return; // its adjoint stayed in the cell (IncrementStores)
          Var acc = sweep.readAdjoint(i);
          if (acc != null) {
            b.write(acc, b.plus(b.read(acc), rb));
            return;
          }
          Value sh = sweep.need(sweep.shadowIn(i.arg(0)));
          Value idx = sweep.need(sweep.primalOf(i.arg(1)));
          Value old = b.add(Op.ALOAD, i.type, null, sh, idx);
          b.add(Op.ASTORE, Type.VOID_TYPE, null, sh, idx, b.plus(old, rb));
        }
        return;
      case ASTORE:
        if (sweep.overwrittenRow(i) != null) {
          // a row moved in a caller's array of arrays (MovedRows): the shadow gets back the row the store overwrote
          Value sh = sweep.need(sweep.shadowIn(i.arg(0)));
          Value idx = sweep.need(sweep.primalOf(i.arg(1)));
          b.add(Op.ASTORE, Type.VOID_TYPE, null, sh, idx, sweep.need(sweep.overwrittenRow(i)));
          return;
        }
        if (Types.isScalar(i.arg(2).type) && activity.isActive(i.arg(0))) {
          Value sh = sweep.need(sweep.shadowIn(i.arg(0)));
          Value idx = sweep.need(sweep.primalOf(i.arg(1)));
          Value bar = b.add(Op.ALOAD, i.arg(2).type, null, sh, idx);
          if (!increments.isIncrement(i)) b.add(Op.ASTORE, Type.VOID_TYPE, null, sh, idx, sweep.zeroOf(i.arg(2).type));
          adjoints.accumulate(i.arg(2), bar);
        }
        return;
      default:
    }
    if (!Types.isScalar(i.type) || !activity.isActive(i) || i.op == Op.PARAM) {
      return;
    }
    Value accumulatedYet = adjoints.guarded(i) ? adjoints.accumulatedYet(i) : null;
    Value rb = adjoints.take(i);
    Value a0 = i.args.length > 0 ? i.arg(0) : null;
    Value a1 = i.args.length > 1 ? i.arg(1) : null;
    switch (i.op) {
      case ADD:
        adjoints.accumulate(a0, rb);
        adjoints.accumulate(a1, rb);
        return;
      case SUB:
        adjoints.accumulate(a0, rb);
        if (activity.isActive(a1)) adjoints.accumulate(a1, b.neg(rb));
        return;
      case NEG:
        adjoints.accumulate(a0, b.neg(rb));
        return;
      case CONV:
        adjoints.accumulate(a0, rb);
        return;
      case MUL: {
        // strong zeros where the other factor may be infinite (MathRules.mayBeNonFinite), and on
        // the other factor where this adjoint may be infinite (NonFiniteAdjoints)
        // (the partial is checked where a singular source's one path goes through: Adjoints.checkPartial)
        boolean wild = nonFinite.contains(i);
        if (activity.isActive(a0)) {
          Value p = sweep.need(sweep.primalOf(a1));
          adjoints.checkPartial(i, 0, p, rb);
          adjoints.accumulate(a0, ArithmeticRules.scale(b, rb, p, a1, wild));
        }
        if (activity.isActive(a1)) {
          Value p = sweep.need(sweep.primalOf(a0));
          adjoints.checkPartial(i, 1, p, rb);
          adjoints.accumulate(a1, ArithmeticRules.scale(b, rb, p, a0, wild));
        }
        return;
      }
      case DIV: {
        // strong zeros: 1/v and y are infinite at v = 0
        Value den = sweep.need(sweep.primalOf(a1));
        Value q = b.strongDiv(rb, den);
        adjoints.accumulate(a0, q);
        Value y = sweep.need(sweep.primalOf(i));
        if (activity.isActive(a1)) adjoints.accumulate(a1, b.neg(ArithmeticRules.strongScale(b, q, y, nonFinite.contains(i))));
        return;
      }
      case REM:
        adjoints.accumulate(a0, rb);
        if (activity.isActive(a1)) {
          Value quot = b.convert(ArithmeticRules.remQuotient(b, sweep.need(sweep.primalOf(a0)), sweep.need(sweep.primalOf(a1)), sweep.need(sweep.primalOf(i))), i.type);
          adjoints.accumulate(a1, b.neg(ArithmeticRules.strongScale(b, rb, quot, nonFinite.contains(i))));
        }
        return;
      case MATH: {
        DerivativeRule rule = MathRules.find(i.method());
        boolean[] uses = RuleUsage.of(rule, i);
        Value[] args = new Value[i.args.length];
        for (int k = 0; k < args.length; k++) {
          args[k] = uses[k] ? sweep.need(sweep.primalOf(i.arg(k))) : sweep.primalOf(i.arg(k));
        }
        Value y = uses[args.length] ? sweep.need(sweep.primalOf(i)) : sweep.primalOf(i);
        Builder.Known before = b.known(args.length == 1 ? sweep.primalCallsOf(i, args[0]) : null);
        Value[] partials = rule.partials(b, args, y);
        b.known(before);
        for (int k = 0; k < partials.length; k++) {
          if (partials[k] != null && activity.isActive(i.arg(k))) {
            Value partial = b.convert(partials[k], rb.type);
            adjoints.checkPartial(i, k, partial, rb);
            boolean wild = nonFinite.contains(i);
            Value strong = wild ? rule.applyToNonFinite(b, rb, partial)
                : argumentMayBeNonFinite(rule, i) ? b.strongTimes(rb, partial) : rule.apply(b, rb, partial);
            adjoints.accumulate(i.arg(k), accumulatedYet == null ? strong
                : unlessAccumulated(accumulatedYet, strong, wild ? b.strongTimes(partial, rb) : b.times(rb, partial)));
          }
        }
        return;
      }
      default:
        throw AdjointBuilder.failAt(i, "internal: no adjoint rule for " + i.op);
    }
  }


  /**
   * True when a regular rule's partial may be NaN because an argument of {@code call} may be infinite or NaN while the
   * inputs are finite ({@link MathRules#mayBeNonFinite}: a quotient, a singular call): {@code cos((1/(1/x))/x)} at
   * {@code x = 0}, computed on the side a conditional does not choose (CppAD's mul_cond_rev.cpp), meets its zero
   * adjoint with {@code -sin(NaN)}; the strong zero keeps that 0 from making every adjoint upstream NaN, as forward
   * mode's chosen tangent is not.
   */
  private static boolean argumentMayBeNonFinite(DerivativeRule rule, Insn call) {
    if (rule.singular() || rule.selecting()) return false;
    for (Value a : call.args) {
      if (MathRules.mayBeNonFinite(a)) return true;
    }
    return false;
  }

  /** {@code strong} when {@code accumulatedYet} is 0, else {@code plain}. */
  private Value unlessAccumulated(Value accumulatedYet, Value strong, Value plain) {
    if (accumulatedYet instanceof Insn && ((Insn) accumulatedYet).op == Op.CONST) {
      return ((Number) ((Insn) accumulatedYet).attr).doubleValue() == 0 ? strong : plain;
    }
    Value zero = b.constant(Type.DOUBLE_TYPE, 0);
    return b.select(accumulatedYet, Cond.EQ, zero, strong, plain);
  }
}
