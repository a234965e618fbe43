package dev.leibniz.core.forward;

import dev.leibniz.contract.CompanionContract.Kind;
import dev.leibniz.contract.CompanionContract.Param;
import dev.leibniz.contract.CompanionContract.Signature;
import dev.leibniz.core.Companions;
import dev.leibniz.core.JavaSignature;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.CalleeOwnFailures;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.HelperIntrinsic;
import dev.leibniz.core.analysis.NonFiniteTangents;
import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.analysis.SingularCones;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.lift.InsnText;
import dev.leibniz.core.outline.OutlinedNames;
import dev.leibniz.core.rules.DerivativeRule;
import dev.leibniz.core.rules.ArithmeticRules;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Forward mode as an IR → IR transformation: the primal graph with, next to every active value,
 * its tangent (the directional derivative along the parameter tangents). Same control flow; no
 * tape; tangents of arrays live in shadow arrays that follow the primal references.
 */
public final class TangentBuilder extends Sweep {
  private final Map<Value, Value> tangent = new HashMap<>();
  private final Map<Phi, Phi> tangentPhi = new HashMap<>();
  /** The array parameters whose tangent is only read ({@link dev.leibniz.core.analysis.ReadOnlyArrays}): a null tangent stays null. */
  private final java.util.Set<Insn> readOnly;
  /** Their tangent parameters, which may be null. */
  private final java.util.Set<Value> nullable = new java.util.HashSet<>();

  /** Building a pair tangent ({@link #buildPair}): the primal result also goes to {@link #pairOut}. */
  private final boolean pair;
  /** A pair tangent's {@code double[] out} parameter. */
  private Value pairOut;
  /**
   * Where pair tangents of callees leave their primal results: this pair tangent's own {@code out}
   * (each result is read right after its call), else one {@code double[1]} per call of this
   * companion; null when nothing here calls a pair tangent.
   */
  private Value pairBuffer;

  private TangentBuilder(Graph src, Activity activity, Callees callees, String name, boolean pair) {
    super(src, activity, callees, name, pair ? Companions.pairTangentDesc(src.owner, src.isStatic(), src.desc, callees.shadows())
        : Companions.tangentDesc(src.owner, src.isStatic(), src.desc, callees.shadows()));
    this.pair = pair;
    this.readOnly = dev.leibniz.core.analysis.ReadOnlyArrays.of(src, callees);
    this.nonFinite = new NonFiniteTangents(src, callees);
    this.cones = SingularCones.of(src, callees);
  }

  /** The values whose tangent may be infinite where they are finite: their zero partials get a strong zero. */
  private final NonFiniteTangents nonFinite;

  /** Where a zero partial may zero such a tangent: the partial does not depend on the singular value. */
  private final SingularCones cones;

  /**
   * The pair tangent of {@code src} ({@code m$tangent$pair}, {@link Companions#pairTangentDesc}):
   * returns the tangent and stores the primal result in its last argument's first cell.
   */
  public static Graph buildPair(Graph src, Activity activity, Callees callees, String name) throws NotDifferentiable {
    TangentBuilder t = new TangentBuilder(src, activity, callees, name, true);
    try {
      t.run();
    } catch (MissingShadow e) {
      throw e.diagnostic();
    }
    return t.dst;
  }

  /** The tangent graph of {@code src}, named {@code name} ({@code m$tangent}). */
  public static Graph build(Graph src, Activity activity, Callees callees, String name) throws NotDifferentiable {
    TangentBuilder t = new TangentBuilder(src, activity, callees, name, false);
    try {
      t.run();
    } catch (MissingShadow e) {
      throw e.diagnostic();
    }
    return t.dst;
  }

  private void run() throws NotDifferentiable {
    List<Block> order = order();
    for (Block blk : order) {
      blocks.put(blk, blk == src.entry() ? dst.entry() : dst.newBlock());
    }
    for (Block blk : order) {
      current = blk;
      Block to = blocks.get(blk);
      b.at(to);
      for (Phi ph : blk.phis) {
        Phi c = dst.newPhi(to, ph.type);
        define(ph, c);
        if (Types.isScalar(ph.type) && activity.isActive(ph)) {
          Phi t = dst.newPhi(to, ph.type);
          tangent.put(ph, t);
          tangentPhi.put(ph, t);
        }
      }
      shadowPhis(blk, to);
      for (Insn i : blk.insns) {
        insn(i);
      }
      terminator(blk.terminator);
    }
    for (Block blk : order) {
      Block to = blocks.get(blk);
      to.preds.clear();
      for (Block pred : blk.preds) {
        to.preds.add(blocks.get(pred));
      }
      for (Phi ph : blk.phis) {
        Phi c = (Phi) primal.get(ph);
        Phi t = tangentPhi.get(ph);
        Phi s = shadow.containsKey(ph) ? (Phi) shadow.get(ph) : null;
        for (int k = 0; k < ph.inputs.size(); k++) {
          Value in = ph.inputs.get(k);
          c.inputs.add(p(in));
          if (t != null) t.inputs.add(tangentOrZero(in));
          if (s != null) s.inputs.add(shadowFromPred(in, blk.preds.get(k)));
        }
      }
    }
  }

  private Value shadowFromPred(Value in, Block pred) {
    Value s = shadow.get(in);
    if (s != null) return s;
    return constantFor(in.type.equals(Types.NULL) ? Types.NULL : in.type, pred, true);
  }

  /** A tangent for an input of a phi in {@code blk}'s predecessor: constants are placed at entry. */
  private Value tangentOrZero(Value v) {
    Value t = tangent.get(v);
    return t != null ? t : constantFor(v.type, null, false);
  }

  private Value constantFor(Type t, Block pred, boolean nullRef) {
    Block saved = b.block();
    b.at(dst.entry());
    Insn c = nullRef ? dst.newInsn(Op.CONST, Types.NULL, null) : dst.newInsn(Op.CONST, t, t.getSort() == Type.FLOAT ? (Number) 0f : (Number) 0d);
    dst.entry().insns.add(0, c);
    b.at(saved);
    return c;
  }

  /** The parameters in the contract's layout ({@link Companions#signature}), then a pair tangent's {@code out}. */
  private void params() {
    boolean receiverShadow = Companions.receiverShadow(src.owner, src.isStatic(), callees.shadows());
    Signature layout = Companions.signature(Kind.TANGENT, src.owner, src.isStatic(), src.desc, callees.shadows());
    List<Insn> objects = contractParams(layout, (role, prm, t) -> {
      if (Types.isScalar(prm.type)) {
        tangent.put(prm, t);
      } else {
        givenArrays.put(prm, t);
        if (readOnly.contains(prm)) {
          defineShadow(prm, t); // possibly null: read through loadOrZero, passed on as given
          nullable.add(t);
        } else {
          defineShadow(prm, b.add(Op.SHADOW, prm.type, null, p(prm), t));
        }
      }
    });
    checkShadows(objects, receiverShadow);
    if (pair) {
      pairOut = b.add(Op.PARAM, Type.getType(double[].class), dst.params.size());
      dst.params.add((Insn) pairOut);
      pairBuffer = pairOut;
    } else if (callsPairTangent()) {
      pairBuffer = b.add(Op.NEWARRAY, Type.getType(double[].class), null, b.constant(Type.INT_TYPE, 1));
    }
  }

  private boolean callsPairTangent() {
    for (Block blk : src.blocks) {
      for (Insn i : blk.insns) {
        if (i.op == Op.INVOKE && i.attr instanceof MethodRef && callees.hasPairTangent(i.method())) return true;
      }
    }
    return false;
  }

  /**
   * A call of a callee with a pair tangent, whose result is read: one call gives the tangent and
   * the primal result; the callee's primal (and its side effects) runs once.
   */
  private boolean pairCall(Insn i, List<Value> tangentArgs) {
    MethodRef m = i.method();
    Type r = Type.getReturnType(m.desc());
    if (pairBuffer == null || !callees.hasPairTangent(m) || !Types.isScalar(r) || !isUsed(i)) return false;
    tangentArgs.add(pairBuffer);
    String guard = callees.splitGuard(m);
    if (guard != null) { // the pair is the declaring class's code: the receiver must run it
      Type string = Type.getObjectType("java/lang/String");
      b.add(Op.HELPER, Type.VOID_TYPE, shadowHelper("checkRuns"), p(i.arg(0)), b.add(Op.CONST, string, guard),
          b.add(Op.CONST, string, m.name()), b.add(Op.CONST, string, m.desc()));
    }
    // Private: called as such in this class; a hosted callee's pair lives here under its hosted name.
    MethodRef bound = new MethodRef(m.isStatic() ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, m.owner(), m.name(), m.desc(), m.itf());
    MethodRef pm = callees.companion(bound, Companions.pairTangentName(m.name()),
        Companions.pairTangentDesc(m.owner(), m.isStatic(), m.desc(), callees.shadows()));
    Insn call = b.add(Op.INVOKE, r, pm, tangentArgs.toArray(new Value[0]));
    call.line = i.line;
    call.origin = i.origin;
    Value y = b.add(Op.ALOAD, Type.DOUBLE_TYPE, null, pairBuffer, b.constant(Type.INT_TYPE, 0));
    define(i, b.convert(y, r));
    if (activity.isActive(i)) tangent.put(i, call);
    return true;
  }

  /**
   * {@code s[index]}; for a tangent array that may be null ({@link dev.leibniz.core.analysis.ReadOnlyArrays}: a passive parameter's,
   * only read), 0 when it is: the hand-written derivative's "this input is data", with no zero array per call.
   */
  private Value loadOrZero(Value s, Value index, Type type) {
    if (!nullable.contains(s)) return b.add(Op.ALOAD, type, null, s, index);
    String name = type.getSort() == Type.FLOAT ? "loadOrZeroF" : "loadOrZeroD";
    return b.add(Op.HELPER, type, shadowHelper(name), s, index);
  }

  private Value t(Value v) {
    Value x = tangent.get(v);
    return x != null ? x : zero(b, v.type);
  }

  private void insn(Insn i) throws NotDifferentiable {
    at = i;
    if (i.op == Op.PARAM) {
      if (i == src.params.get(0)) {
        params();
      }
      return;
    }
    if (copyArrayOp(i)) {
      return;
    }
    if ((i.op == Op.GETFIELD || i.op == Op.PUTFIELD) && callees.shadows().has(i.arg(0).type) && activity.isActive(i.arg(0))) {
      field(i);
      return;
    }
    if (i.op == Op.INVOKE && i.attr instanceof MethodRef && anyActive(activity, i) && !activity.isPassiveCall(i)) {
      call(i);
      return;
    }
    Insn early = earlyCall(i);
    Insn c = early != null ? early : copy(i);
    if (!activity.isActive(i) || !Types.isScalar(i.type)) {
      if (i.op == Op.ASTORE && activity.isActive(i.arg(0))) {
        b.add(Op.ASTORE, Type.VOID_TYPE, null, shadowOf(i.arg(0)), c.arg(1), t(i.arg(2)));
      }
      return;
    }
    Value[] a = c.args;
    Value r;
    switch (i.op) {
      case ADD: r = b.plus(t(i.arg(0)), t(i.arg(1))); break;
      case SUB: r = b.minus(t(i.arg(0)), t(i.arg(1))); break;
      case NEG: r = b.neg(t(i.arg(0))); break;
      case MUL: r = b.plus(mulT(i.arg(0), a[1], i.arg(1)), mulT(i.arg(1), a[0], i.arg(0))); break;
      case DIV:
        // d(u/v) = (du - y dv) / v, with strong zeros: y and 1/v are infinite at v = 0
        r = b.strongDiv(b.minus(t(i.arg(0)), strongMulT(i.arg(1), c, i)), a[1]);
        break;
      case REM:
        // u % v = u - q v with q = trunc(u / v): d = du - q dv (q is NaN at v = 0)
        r = b.minus(t(i.arg(0)), strongMulT(i.arg(1), quotient(a[0], a[1], c), i));
        break;
      case CONV: r = b.convert(t(i.arg(0)), i.type); break;
      case MATH: r = math(i, c); break;
      case ALOAD: r = loadOrZero(shadowOf(i.arg(0)), a[1], i.type); break;
      default: throw fail(i, "internal: no tangent rule for " + i.op);
    }
    tangent.put(i, r);
  }

  /**
   * A field of an object with a shadow: the shadow's same field holds the tangent of a
   * {@code double}/{@code float} field (the shadows of array and object fields: {@link #copyFieldOp}).
   */
  private void field(Insn i) {
    copyFieldOp(i);
    Type declared = Type.getType(((dev.leibniz.core.ir.FieldRef) i.attr).desc());
    if (!Types.isScalar(declared)) {
      return;
    }
    Value s = shadowOf(i.arg(0));
    if (i.op == Op.GETFIELD) {
      tangent.put(i, b.add(Op.GETFIELD, i.type, i.attr, s));
    } else {
      b.add(Op.PUTFIELD, Type.VOID_TYPE, i.attr, s, b.convert(t(i.arg(1)), declared));
    }
  }

  /** {@code tangent(x) * factor}, or nothing when x is passive. */
  private Value mulT(Value x, Value factor) {
    if (!activity.isActive(x)) {
      return zero(b, factor.type);
    }
    return b.times(tangent.get(x), factor);
  }

  /**
   * {@link #mulT}, with a strong zero on the tangent when the factor ({@code factorSrc}'s copy) may
   * be non-finite, and on the factor when the tangent may be ({@link NonFiniteTangents}) and the
   * factor does not depend on the singular value ({@link SingularCones}).
   */
  private Value mulT(Value x, Value factor, Value factorSrc) {
    if (!activity.isActive(x)) {
      return zero(b, factor.type);
    }
    return ArithmeticRules.scale(b, tangent.get(x), factor, factorSrc, strongOnPartial(x, factorSrc));
  }

  /**
   * {@code tangent(x) * factor} with a strong zero (see {@code Builder.strongTimes}); also on the
   * factor when the tangent may be non-finite and the factor ({@code factorSrc}'s copy) does not
   * depend on the singular value ({@code Builder.strongProduct}).
   */
  private Value strongMulT(Value x, Value factor, Value factorSrc) {
    if (!activity.isActive(x)) {
      return zero(b, factor.type);
    }
    return ArithmeticRules.strongScale(b, tangent.get(x), factor, strongOnPartial(x, factorSrc));
  }

  /**
   * True when {@code x}'s tangent may be infinite and a zero partial computed from {@code
   * partialSrc} may zero it: the partial does not depend on the singular value upstream of
   * {@code x} ({@code y·√x}: yes; {@code √x·√x}, {@code cos(√x)}: no, {@code ∞·0} is then a
   * finite non-zero limit and stays NaN).
   */
  private boolean strongOnPartial(Value x, Value partialSrc) {
    return nonFinite.contains(x) && cones.strongOnPartial(x, partialSrc);
  }

  private Value quotient(Value u, Value v, Value r) {
    return b.convert(ArithmeticRules.remQuotient(b, u, v, r), u.type);
  }

  private Value math(Insn i, Insn c) {
    DerivativeRule rule = MathRules.find(i.method());
    Builder.Known before = b.known(c.args.length == 1 ? primalCalls(i, c.args[0], false, v -> v) : null);
    Value[] partials = rule.partials(b, c.args, c);
    b.known(before);
    Value sum = zero(b, i.type);
    for (int k = 0; k < partials.length; k++) {
      if (partials[k] != null && activity.isActive(i.arg(k))) {
        Value d = b.convert(t(i.arg(k)), i.type);
        Value partial = b.convert(partials[k], i.type);
        sum = b.plus(sum, strongOnPartial(i.arg(k), i) ? rule.applyToNonFinite(b, d, partial) : rule.apply(b, d, partial));
      }
    }
    return sum;
  }

  private void call(Insn i) throws NotDifferentiable {
    MethodRef m = i.method();
    ArrayIntrinsic k = ArrayIntrinsic.of(m);
    if (k != null) {
      intrinsic(i, k);
      return;
    }
    HelperIntrinsic h = HelperIntrinsic.of(m);
    if (h != null) {
      helper(i, h);
      return;
    }
    Type r = Type.getReturnType(m.desc());
    if (pairCall(i, tangentArgs(i))) {
      return;
    }
    // A result nobody reads (a callee's adjoint called for its side effects) needs no primal call.
    boolean returns = r.getSort() != Type.VOID && isUsed(i);
    Insn c = null;
    boolean writesFields = callees.writesArgument(m, ParamWrites.FIELDS) || callees.writesArgument(m, ParamWrites.FOUND_CALLEE_FIELDS);
    if (returns && writesFields && callees.shadows().has(r) && fluentCall(i)) {
      return;
    }
    if (returns) {
      if (writesFields && OutlinedNames.userMethod(m.name()) != null) { // a piece the core cut: the user never wrote it
        throw calleeShape(i, OutlinedNames.part(m.owner(), m.name(), i.line) + " returns a value and writes fields (itself or"
            + " through a method it calls), and would be called twice in tangent mode (for its value, then in its tangent),"
            + " repeating the write; " + OutlinedNames.advice(m.owner(), m.name()));
      }
      String noPair = writesFields ? callees.pairRefusal(m) : null;
      if (noPair != null) { // what stopped the one-run call is what to change, not the callee's shape
        throw calleeShape(i, "calls " + JavaSignature.method(m) + ", which both returns a value and writes fields (itself or through a"
            + " method it calls), so tangent mode calls it once, through its pair tangent (its value with its tangent), but "
            + noPair);
      }
      if (writesFields) {
        throw calleeShape(i, "calls " + JavaSignature.method(m) + ", which both returns a value and writes fields"
            + " (itself or through a method it calls), and is called twice in tangent mode (for its value, then in its tangent),"
            + " which would repeat the write; make it return void (its result through an array argument) or write no field");
      }
      // The tangent companion repeats the callee's side effects; the primal call, made only for
      // its result, writes into copies of the arrays the callee writes.
      Value[] primalArgs = new Value[i.args.length];
      for (int a = 0; a < primalArgs.length; a++) {
        primalArgs[a] = p(i.arg(a));
        if (Types.isReference(i.arg(a).type) && callees.writesArgument(m, a)) {
          Insn snap = b.add(Op.HELPER, Types.OBJECT, new MethodRef(Opcodes.INVOKESTATIC, src.owner,
              Companions.HELPER_PREFIX + "snapshot", "(Ljava/lang/Object;)Ljava/lang/Object;", src.ownerIsInterface), primalArgs[a]);
          // The parameter's declared type: the argument's own may be the null constant's.
          Type declared = a < (m.isStatic() ? 0 : 1) ? Type.getObjectType(m.owner())
              : Type.getArgumentTypes(m.desc())[a - (m.isStatic() ? 0 : 1)];
          primalArgs[a] = b.add(Op.CHECKCAST, declared, declared, snap);
        }
      }
      c = b.add(Op.INVOKE, i.type, i.attr, primalArgs);
      c.line = i.line;
      c.origin = i.origin;
      define(i, c);
    }
    List<Value> args = tangentArgs(i);
    MethodRef tm = callees.companion(m, Companions.tangentName(m.name()),
        Companions.tangentDesc(m.owner(), m.isStatic(), m.desc(), callees.shadows()));
    Type tr = Type.getReturnType(tm.desc());
    Insn call = b.add(Op.INVOKE, Types.stackType(tr), tm, args.toArray(new Value[0]));
    call.line = i.line;
    if (returns && activity.isActive(i)) {
      if (Types.isScalar(r)) {
        tangent.put(i, call);
      } else {
        defineShadow(i, call);
      }
    }
  }

  /**
   * The refusal of call {@code i} for its callee's shape ({@code why}: it would be called twice, its pair tangent was not
   * built), which gives way to the callee's own failure when it has one ({@link CalleeOwnFailures}, as adjoint mode does).
   */
  private NotDifferentiable calleeShape(Insn i, String why) {
    return CalleeOwnFailures.refuse(callees, i.method(), i.line, InsnText.of(i.origin), why);
  }

  /**
   * A call that writes fields and returns an object with a shadow (a fluent {@code return this}, dyn4j's
   * {@code v.rotate(...)}): calling the primal for the result and the tangent for its shadow would write twice, so
   * only the tangent companion runs (it makes the writes and returns the result's shadow), and the result is the
   * object argument (receiver first) whose shadow that is: shadows mirror the objects one to one (README,
   * "Objects"), or else the object the same field of one of them holds, whose shadow that field of its shadow holds (a
   * scratch object of the callee's receiver: Rajawali's {@code Quaternion.multiply(Vector3)} returning {@code mTmpVec1}).
   * A result that is none of these (an object the callee found elsewhere) fails at run time, naming the callee. False, with nothing emitted, when no argument is an object with a shadow.
   */
  private boolean fluentCall(Insn i) {
    List<Value> candidates = new ArrayList<>();
    for (Value a : i.args) {
      if (callees.shadows().has(a.type) && shadow.get(a) != null && !candidates.contains(a)) candidates.add(a);
    }
    if (candidates.isEmpty()) return false;
    MethodRef m = i.method();
    MethodRef tm = callees.companion(m, Companions.tangentName(m.name()),
        Companions.tangentDesc(m.owner(), m.isStatic(), m.desc(), callees.shadows()));
    Insn call = b.add(Op.INVOKE, Types.stackType(Type.getReturnType(tm.desc())), tm, tangentArgs(i).toArray(new Value[0]));
    call.line = i.line;
    Value found = b.add(Op.CONST, Types.NULL, null);
    for (Value a : candidates) {
      found = b.add(Op.HELPER, Types.OBJECT, shadowHelper("resultIfShadow"), call, shadow.get(a), p(a), found);
    }
    for (Value a : candidates) { // an object one of their fields holds: a scratch object the callee's receiver keeps
      found = b.add(Op.HELPER, Types.OBJECT, shadowHelper("resultInField"), call, shadow.get(a), p(a), found);
    }
    Value result = b.add(Op.HELPER, Types.OBJECT, shadowHelper("requireResult"), call, found,
        b.add(Op.CONST, Type.getObjectType("java/lang/String"), JavaSignature.method(m.owner(), m.name(), m.desc())));
    define(i, b.add(Op.CHECKCAST, i.type, i.type, result));
    defineShadow(i, call);
    return true;
  }

  private void intrinsic(Insn i, ArrayIntrinsic k) {
    if (k.isSort()) {
      sort(i, k);
      return;
    }
    Insn c = copy(i);
    Value[] a = c.args;
    switch (k) {
      case CLONE:
        defineShadow(i, b.add(Op.INVOKE, i.type, i.attr, shadowOf(i.arg(0))));
        break;
      case COPY_OF:
        defineShadow(i, b.add(Op.INVOKE, i.type, i.attr, shadowOf(i.arg(0)), a[1]));
        break;
      case COPY_OF_RANGE:
        defineShadow(i, b.add(Op.INVOKE, i.type, i.attr, shadowOf(i.arg(0)), a[1], a[2]));
        break;
      case ARRAYCOPY:
        if (activity.isActive(i.arg(2))) {
          b.add(Op.INVOKE, Type.VOID_TYPE, i.attr, shadowOf(i.arg(0)), a[1], shadowOf(i.arg(2)), a[3], a[4]);
        }
        break;
      case FILL:
        b.add(Op.INVOKE, Type.VOID_TYPE, i.attr, shadowOf(i.arg(0)), t(i.arg(1)));
        break;
      case FILL_RANGE:
        b.add(Op.INVOKE, Type.VOID_TYPE, i.attr, shadowOf(i.arg(0)), a[1], a[2], t(i.arg(3)));
        break;
      default:
    }
  }

  /**
   * {@code Arrays.sort} of an active array ({@link ArrayIntrinsic}): the copied helper sorts the
   * values as the JDK does and moves the tangents with them.
   */
  private void sort(Insn i, ArrayIntrinsic k) {
    Value a = p(i.arg(0));
    Value from = k == ArrayIntrinsic.SORT ? b.constant(Type.INT_TYPE, 0) : p(i.arg(1));
    Value to = k == ArrayIntrinsic.SORT ? b.add(Op.ALENGTH, Type.INT_TYPE, null, a) : p(i.arg(2));
    Insn sort = b.add(Op.HELPER, Type.VOID_TYPE, ArrayIntrinsic.sortHelper("sort", a.type, src.owner, src.ownerIsInterface), a, from, to, shadowOf(i.arg(0)));
    sort.line = i.line;
    sort.origin = i.origin;
  }

  /**
   * A generated helper inside a differentiated adjoint (second order): the helpers are linear in
   * their arrays, so the tangent is the same helper on the shadows with the same integer arguments.
   */
  private void helper(Insn i, HelperIntrinsic h) {
    Insn c = copy(i);
    Value[] a = c.args.clone();
    switch (h) {
      case GROW: case SNAPSHOT:
        if (activity.isActive(i)) {
          a[0] = shadowOf(i.arg(0));
          defineShadow(i, b.add(Op.INVOKE, i.type, i.attr, a));
        }
        break;
      case SNAPSHOT_AS:
        if (activity.isActive(i)) { // shadows alias as the primals do: the same peer's copy where the primal is that peer
          for (int k = 0; k < a.length; k++) a[k] = shadowOf(i.arg(k));
          defineShadow(i, b.add(Op.INVOKE, i.type, i.attr, a));
        }
        break;
      case ZEROS:
        if (activity.isActive(i)) {
          defineShadow(i, b.add(Op.INVOKE, i.type, i.attr, a)); // a zero array has a zero tangent
        }
        break;
      case ADD: case ARRAYCOPY_ADJOINT:
        if (activity.isActive(i.arg(0)) || activity.isActive(i.arg(2))) {
          a[0] = shadowOf(i.arg(0));
          a[2] = shadowOf(i.arg(2));
          b.add(Op.INVOKE, Type.VOID_TYPE, i.attr, a);
        }
        break;
      case ADD_ROWS:
        if (activity.isActive(i.arg(0)) || activity.isActive(i.arg(1))) {
          a[0] = shadowOf(i.arg(0));
          a[1] = shadowOf(i.arg(1));
          b.add(Op.INVOKE, Type.VOID_TYPE, i.attr, a);
        }
        break;
      case DRAIN:
        if (activity.isActive(i.arg(0))) {
          a[0] = shadowOf(i.arg(0));
          Insn t = b.add(Op.INVOKE, i.type, i.attr, a);
          if (activity.isActive(i)) tangent.put(i, t);
        }
        break;
      case SORT_PERM: case PERMUTE:
        // a sort's permutation moves the tangents as it moves the values (sortPerm: the permutation just made)
        if (activity.isActive(i.arg(0))) {
          MethodRef move = h == HelperIntrinsic.SORT_PERM
              ? ArrayIntrinsic.sortHelper("permute", i.arg(0).type, src.owner, src.ownerIsInterface) : i.method();
          b.add(Op.HELPER, Type.VOID_TYPE, move, shadowOf(i.arg(0)), a[1], h == HelperIntrinsic.SORT_PERM ? c : a[2]);
        }
        break;
      case CHECK:
        break; // the primal check, copied above
      default:
        throw new IllegalStateException("no tangent for helper " + h);
    }
  }

  private java.util.Set<Value> used;

  /** True when some instruction, phi or terminator of the source reads {@code v}. */
  private boolean isUsed(Value v) {
    if (used == null) {
      used = new java.util.HashSet<>();
      for (Block blk : src.blocks) {
        for (Phi ph : blk.phis) used.addAll(ph.inputs);
        for (Insn i : blk.insns) used.addAll(java.util.Arrays.asList(i.args));
        if (blk.terminator != null) used.addAll(java.util.Arrays.asList(blk.terminator.args));
      }
    }
    return used.contains(v);
  }

  private void terminator(Insn i) {
    Block[] targets = new Block[i.targets.length];
    for (int k = 0; k < targets.length; k++) {
      targets[k] = blocks.get(i.targets[k]);
    }
    if (i.op == Op.RETURN) {
      Type r = Type.getReturnType(src.desc);
      Value[] args = callees.shadows().carries(r) || dev.leibniz.core.analysis.BoxedResults.returnsBox(src)
          ? new Value[] {tangentOfResult(i.arg(0), r)} : new Value[0];
      if (pair) {
        b.add(Op.ASTORE, Type.VOID_TYPE, null, pairOut, b.constant(Type.INT_TYPE, 0), b.convert(p(i.arg(0)), Type.DOUBLE_TYPE));
      }
      Insn t = b.terminate(Op.RETURN, null, targets, args);
      t.line = i.line;
      return;
    }
    Value[] args = new Value[i.args.length];
    for (int k = 0; k < args.length; k++) {
      args[k] = p(i.args[k]);
    }
    Insn t = b.terminate(i.op, i.attr, targets, args);
    t.line = i.line;
  }

  /**
   * The arguments of the tangent companion of call {@code i}, in the contract's layout of the
   * callee's companion ({@link Companions#signature}): the receiver, its shadow, each argument
   * followed by its tangent or shadow.
   */
  private List<Value> tangentArgs(Insn i) {
    MethodRef m = i.method();
    Signature callee = Companions.signature(Kind.TANGENT, m.owner(), m.isStatic(), m.desc(), callees.shadows());
    int self = m.isStatic() ? 0 : 1;
    List<Value> args = new ArrayList<>();
    if (self == 1) {
      args.add(p(i.arg(0)));
    }
    for (Param prm : callee.params) {
      switch (prm.role) {
        case RECEIVER_SHADOW:
          args.add(shadowOf(i.arg(0)));
          break;
        case TANGENT: {
          Value v = i.arg(prm.of.primal + self);
          Type type = Type.getType(prm.descriptor);
          args.add(prm.isScalar() ? b.convert(t(v), type) : callees.shadows().has(type) ? shadowOf(v) : shadowOrNull(v));
          break;
        }
        default: // the callee's own parameters
          args.add(p(i.arg(prm.primal + self)));
      }
    }
    return args;
  }

  private Value tangentOfResult(Value v, Type r) {
    if (dev.leibniz.core.analysis.BoxedResults.returnsBox(src)) {
      // a Double result: the tangent of the number it boxes, boxed; null for return null; a box
      // made elsewhere (a field's) is passive, as boxes are (README, "Objects"): tangent 0
      Value number = dev.leibniz.core.analysis.BoxedResults.boxed(v);
      if (number != null && number.type.equals(Types.NULL)) return b.add(Op.CONST, Types.NULL, null);
      Value tangent = number == null ? b.constant(Type.DOUBLE_TYPE, 0.0) : b.convert(t(number), Type.DOUBLE_TYPE);
      return b.add(Op.INVOKE, r, new dev.leibniz.core.ir.MethodRef(org.objectweb.asm.Opcodes.INVOKESTATIC, "java/lang/Double", "valueOf",
          "(D)Ljava/lang/Double;", false), tangent);
    }
    if (Types.isReference(r)) {
      return shadowOf(v);
    }
    return b.convert(t(v), r);
  }
}
