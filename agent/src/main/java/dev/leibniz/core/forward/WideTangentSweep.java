package dev.leibniz.core.forward;

import dev.leibniz.core.Companions;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.HelperIntrinsic;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.objectweb.asm.Type;

/**
 * The walk shared by the forward builders whose tangent of an active {@code double} is wider than
 * one number: k tangents ({@link VectorTangentBuilder}, {@code m$tangents}) or the set of input
 * columns it depends on ({@link PatternBuilder}, {@code m$pattern}). Here: what both support, the
 * parameters (their signatures are the contract's, {@code CompanionContract}), the walk over the
 * blocks (phis, array shadows, the edges), the dispatch of instructions, arrays of doubles and
 * their shadows, calls, the return of the result's companion and the allocations placed at the
 * entry. A subclass says what a companion is — its
 * types, how a missing array shadow is made — and writes the arithmetic, the array intrinsics and
 * the calls' companions. The generated code is the same as each builder wrote on its own.
 */
abstract class WideTangentSweep extends Sweep {
  /** Allocations and constants placed at the entry, after the parameters, when the graph is done. */
  protected final List<Insn> atEntry = new ArrayList<>();
  /** The companion of a {@code double} parameter and of a {@code double[]} one. */
  private final Type scalarCompanion;
  private final Type arrayCompanion;
  /** What this builder makes, for diagnostics ("vector tangents", "sparsity patterns"). */
  private final String what;
  /** The parameter receiving the result's companion (null for a {@code void} method). */
  protected Value resultCompanion;

  protected WideTangentSweep(Graph src, Activity activity, Callees callees, String name, String desc, Type scalarCompanion,
      Type arrayCompanion, String what) {
    super(src, activity, callees, name, desc);
    this.scalarCompanion = scalarCompanion;
    this.arrayCompanion = arrayCompanion;
    this.what = what;
  }

  /** What both builders handle: {@code double} values, {@code double[]} parameters, a {@code double} result. */
  static void checkSupported(Graph g) throws NotDifferentiable {
    for (Type t : Type.getArgumentTypes(g.desc)) {
      if (Types.isDifferentiable(t) && !t.equals(Type.DOUBLE_TYPE) && !t.equals(Types.arrayOf(Type.DOUBLE_TYPE))) {
        throw new NotDifferentiable(-1, "", "vector tangents support double and double[] parameters only (not " + dev.leibniz.core.JavaSignature.type(t) + ")");
      }
    }
    Type r = Type.getReturnType(g.desc);
    if (Types.isDifferentiable(r) && !r.equals(Type.DOUBLE_TYPE)) {
      throw new NotDifferentiable(-1, "", "vector tangents support a double result or void only (not " + dev.leibniz.core.JavaSignature.type(r)
          + "); write an array result into a parameter");
    }
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        if (i.type.getSort() == Type.FLOAT || (i.type.getSort() == Type.ARRAY && i.type.getElementType().getSort() == Type.FLOAT)) {
          throw new NotDifferentiable(i.line, dev.leibniz.core.lift.InsnText.of(i.origin), "vector tangents support double only, not float");
        }
      }
    }
  }

  /** A call whose companion this builder calls (active arguments, not a passive library call). */
  static boolean differentiableCall(Activity activity, Insn i) {
    return i.op == Op.INVOKE && i.attr instanceof MethodRef && anyActive(activity, i) && !activity.isPassiveCall(i);
  }

  // ------------------------------------------------------------------ what a subclass says

  /** Parameters after the primal ones and their companions (then {@link #resultParam} when the result is a double). */
  protected abstract void trailingParams();

  /** Records the companion {@code given} of the scalar parameter {@code prm} (null when the caller passed none). */
  protected abstract void scalarParam(Insn prm, Insn given);

  /** The shadow of a new {@code double[length]}: its companions, all zero or empty. */
  protected abstract Value newShadow(Value length);

  /** A scalar phi's companion in block {@code to}, before its inputs are known. */
  protected abstract void scalarPhi(Phi ph, Block to);

  /** The input of scalar phi {@code ph}'s companion from its {@code n}-th predecessor. */
  protected abstract void scalarPhiInput(Phi ph, Value in);

  /** Tangent code of an active scalar operation, copied as {@code c}; or a store of an active value. */
  protected abstract void arithmetic(Insn i, Insn c) throws NotDifferentiable;

  protected abstract void intrinsic(Insn i, ArrayIntrinsic kind) throws NotDifferentiable;

  /** A call of a callee's companion (its receiver, arguments and their companions). */
  protected abstract void companionCall(Insn i) throws NotDifferentiable;

  /** Stores the companion of the returned value {@code v} into {@link #resultCompanion} (known not null). */
  protected abstract void storeResult(Value v) throws NotDifferentiable;

  /** After the instructions of a block, before its terminator. */
  protected void endOfBlock() throws NotDifferentiable {}

  /** Just before each return, after the result's companion is stored. */
  protected void beforeReturn() {}

  /** The block control enters for the edge {@code from → to}; the copy of {@code to} unless overridden. */
  protected Block edgeTarget(Block from, Block to) throws NotDifferentiable {
    return blocks.get(to);
  }

  /** The block that ends the edge {@code from → to}; the end of {@code from}'s copy unless {@link #edgeTarget} made one. */
  protected Block edgeEnd(Block from, Block to, Block fromEnd) {
    return fromEnd;
  }

  /** Code placed at the entry before {@link #atEntry} (a work array). */
  protected List<Insn> entryCode() {
    return List.of();
  }

  // ------------------------------------------------------------------ the walk

  protected final void run() throws NotDifferentiable {
    List<Block> order = order();
    for (Block blk : order) {
      blocks.put(blk, blk == src.entry() ? dst.entry() : dst.newBlock());
    }
    Map<Block, Block> ends = new HashMap<>();
    for (Block blk : order) {
      current = blk;
      Block to = blocks.get(blk);
      b.at(to);
      for (Phi ph : blk.phis) {
        define(ph, dst.newPhi(to, ph.type));
        if (Types.isScalar(ph.type) && activity.isActive(ph)) {
          scalarPhi(ph, to);
        } else if (Types.isReference(ph.type) && activity.isActive(ph)) {
          defineShadow(ph, dst.newPhi(to, arrayCompanion));
        }
      }
      for (Insn i : blk.insns) {
        insn(i);
      }
      endOfBlock();
      terminator(blk);
      ends.put(blk, b.block());
    }
    wirePhis(order, ends);
    placeAtEntry();
  }

  /** Predecessors of each copied block, and the inputs of its primal, shadow and companion phis. */
  private void wirePhis(List<Block> order, Map<Block, Block> ends) {
    for (Block blk : order) {
      Block to = blocks.get(blk);
      to.preds.clear();
      for (Block pred : blk.preds) to.preds.add(edgeEnd(pred, blk, ends.get(pred)));
      for (Phi ph : blk.phis) {
        Phi c = (Phi) primal.get(ph);
        Phi sh = shadow.containsKey(ph) ? (Phi) shadow.get(ph) : null;
        boolean scalar = Types.isScalar(ph.type) && activity.isActive(ph);
        for (Value in : ph.inputs) {
          c.inputs.add(p(in));
          if (sh != null) sh.inputs.add(shadow.containsKey(in) ? shadow.get(in) : nullAtEntry());
          if (scalar) scalarPhiInput(ph, in);
        }
      }
    }
  }

  protected final Value nullAtEntry() {
    Insn c = dst.newInsn(Op.CONST, Types.NULL, null);
    atEntry.add(c);
    return c;
  }

  private void placeAtEntry() {
    Block entry = dst.entry();
    int at = 0;
    while (at < entry.insns.size() && entry.insns.get(at).op == Op.PARAM) at++;
    List<Insn> code = new ArrayList<>(entryCode());
    code.addAll(atEntry);
    entry.insns.addAll(at, code);
  }

  // ------------------------------------------------------------------ parameters

  /** The parameters in the contract's tangent layout (each differentiable one followed by its companion), then the builder's. */
  private void params() {
    Map<Insn, Insn[]> given = new LinkedHashMap<>();
    int self = src.params.size() - Type.getArgumentTypes(src.desc).length; // the receiver of an instance method
    if (self == 1) define(src.params.get(0), param(src.params.get(0).type));
    Insn[] copies = new Insn[src.params.size()];
    for (dev.leibniz.contract.CompanionContract.Param p : dev.leibniz.contract.CompanionContract.tangent(src.desc).params) {
      if (p.primal >= 0) {
        Insn prm = src.params.get(p.primal + self);
        define(prm, copies[p.primal] = param(prm.type));
      } else { // the tangent of a double or double[] parameter (vector tangents take no others)
        Insn prm = src.params.get(p.of.primal + self);
        given.put(prm, new Insn[] {copies[p.of.primal], param(Types.isScalar(prm.type) ? scalarCompanion : arrayCompanion)});
      }
    }
    trailingParams();
    for (Map.Entry<Insn, Insn[]> e : given.entrySet()) {
      if (Types.isScalar(e.getKey().type)) scalarParam(e.getKey(), e.getValue()[1]);
      else defineShadow(e.getKey(), givenOrNew(e.getValue()[0], e.getValue()[1]));
    }
  }

  /** Appends a parameter of type {@code t} to the companion. */
  protected final Insn param(Type t) {
    Insn p = b.add(Op.PARAM, t, dst.params.size());
    dst.params.add(p);
    return p;
  }

  /** The parameter receiving the result's companion, when the method returns a {@code double}. */
  protected final void resultParam(Type t) {
    if (Types.isScalar(Type.getReturnType(src.desc))) resultCompanion = param(t);
  }

  /**
   * An array parameter's shadow: {@code s != null ? s : (x == null ? null : newShadow(x.length))}
   * (the caller passes null for a passive array).
   */
  private Value givenOrNew(Value x, Value s) {
    Block given = b.block(), missing = dst.newBlock(), made = dst.newBlock(), join = dst.newBlock();
    b.terminate(Op.IF, Cond.NONNULL, new Block[] {join, missing}, s);
    b.at(missing);
    Value nothing = b.add(Op.CONST, Types.NULL, null);
    b.terminate(Op.IF, Cond.NULL, new Block[] {join, made}, x);
    b.at(made);
    Value fresh = newShadow(b.add(Op.ALENGTH, Type.INT_TYPE, null, x));
    Block madeEnd = b.block();
    b.jump(join);
    b.at(join);
    Phi out = dst.newPhi(join, s.type);
    for (Block pred : join.preds) out.inputs.add(pred == given ? s : pred == madeEnd ? fresh : nothing);
    return out;
  }

  /** The shadow of an array; a passive array's is all zeros (or empty sets), null's is null. */
  @Override
  protected final Value shadowOf(Value v) {
    Value s = shadow.get(v);
    if (s != null) return s;
    if (v.type.equals(Types.NULL)) return b.add(Op.CONST, Types.NULL, null);
    return newShadow(b.add(Op.ALENGTH, Type.INT_TYPE, null, p(v)));
  }

  // ------------------------------------------------------------------ instructions

  private void insn(Insn i) throws NotDifferentiable {
    if (i.op == Op.PARAM) {
      if (i == src.params.get(0)) params();
      return;
    }
    if (arrayOp(i)) return;
    if (differentiableCall(activity, i)) {
      call(i);
      return;
    }
    Insn c = copy(i);
    boolean store = i.op == Op.ASTORE && activity.isActive(i.arg(0));
    if (store || (activity.isActive(i) && Types.isScalar(i.type))) arithmetic(i, c);
  }

  /** Arrays: shadows of new arrays and casts; reference loads and stores only when passive. */
  private boolean arrayOp(Insn i) throws NotDifferentiable {
    switch (i.op) {
      case NEWARRAY:
        copy(i);
        if (activity.isActive(i)) {
          if (i.args.length != 1 || !i.type.equals(Types.arrayOf(Type.DOUBLE_TYPE))) {
            throw fail(i, what + " support one-dimensional double[] arrays only (this creates " + dev.leibniz.core.JavaSignature.type(i.type) + ")");
          }
          defineShadow(i, newShadow(p(i.arg(0))));
        }
        return true;
      case GETFIELD:
      case GETSTATIC:
        if (!activity.isScratchRead(i) || !activity.isActive(i)) return false;
        if (!i.type.equals(Types.arrayOf(Type.DOUBLE_TYPE))) {
          throw fail(i, what + " support one-dimensional double[] arrays only (this reads " + dev.leibniz.core.JavaSignature.type(i.type) + ")");
        }
        defineShadow(i, newShadow(b.add(Op.ALENGTH, Type.INT_TYPE, null, copy(i))));
        return true;
      case CHECKCAST:
        copy(i);
        if (activity.isActive(i) && Types.isReference(i.arg(0).type)) {
          defineShadow(i, b.add(Op.CHECKCAST, arrayCompanion, arrayCompanion, shadowOf(i.arg(0))));
        }
        return true;
      case ALOAD:
      case ASTORE:
        if (Types.isReference(i.op == Op.ALOAD ? i.type : i.arg(2).type)) {
          if (activity.isActive(i.op == Op.ALOAD ? i : i.arg(0))) {
            throw fail(i, what + " support one-dimensional double[] arrays only (arrays of arrays carry derivatives here)");
          }
          copy(i);
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  /** The active operation {@code i} that this builder cannot carry. */
  protected final NotDifferentiable unsupported(Insn i) {
    return fail(i, what + " support double values and double[] arrays only; this " + i.op
        + " of an active value (a field of an object with derivatives?) is not supported");
  }

  // ------------------------------------------------------------------ calls

  private void call(Insn i) throws NotDifferentiable {
    MethodRef m = i.method();
    if (HelperIntrinsic.of(m) != null) throw fail(i, what + " of generated adjoints are not supported");
    ArrayIntrinsic intrinsic = ArrayIntrinsic.of(m);
    if (intrinsic != null && intrinsic.isSort()) {
      throw fail(i, what + " do not support Arrays.sort of an array holding active values yet (the first-order "
          + Companions.tangentName(src.name) + " and " + Companions.adjointName(src.name) + " do): call those, one direction or seed at a time");
    }
    if (intrinsic != null) intrinsic(i, intrinsic);
    else companionCall(i);
  }

  /**
   * The receiver and each argument of call {@code i}, followed when differentiable by its
   * companion: {@code scalar} of a {@code double} argument, {@code array} of a {@code double[]} one.
   */
  protected final List<Value> companionArgs(Insn i, Function<Value, Value> scalar, Function<Value, Value> array) {
    MethodRef m = i.method();
    Type[] types = Type.getArgumentTypes(m.desc());
    int self = m.isStatic() ? 0 : 1;
    List<Value> args = new ArrayList<>();
    if (self == 1) args.add(p(i.arg(0)));
    for (int a = 0; a < types.length; a++) {
      Value v = i.arg(a + self);
      args.add(p(v));
      if (types[a].getSort() == Type.DOUBLE) args.add(scalar.apply(v));
      else if (Types.isDifferentiableArray(types[a])) args.add(array.apply(v));
    }
    return args;
  }

  /** Calls the companion {@code name desc} of {@code i}'s callee; its primal result is {@code i}'s copy. */
  protected final Insn invokeCompanion(Insn i, String name, String desc, List<Value> args) {
    return invokeCompanion(i, callees.companion(i.method(), name, desc), args);
  }

  /** Calls {@code companion} for {@code i}; its primal result is {@code i}'s copy. */
  protected final Insn invokeCompanion(Insn i, MethodRef companion, List<Value> args) {
    MethodRef m = i.method();
    Insn call = b.add(Op.INVOKE, Types.stackType(Type.getReturnType(m.desc())), companion, args.toArray(new Value[0]));
    call.line = i.line;
    if (i.hasResult()) define(i, call);
    return call;
  }

  // ------------------------------------------------------------------ terminators

  private void terminator(Block blk) throws NotDifferentiable {
    Insn i = blk.terminator;
    if (i.op == Op.RETURN && i.args.length == 1 && Types.isScalar(i.arg(0).type) && resultCompanion != null) {
      Block has = dst.newBlock(), done = dst.newBlock();
      b.terminate(Op.IF, Cond.NONNULL, new Block[] {has, done}, resultCompanion);
      b.at(has);
      storeResult(i.arg(0));
      b.jump(done);
      b.at(done);
    }
    if (i.op == Op.RETURN) beforeReturn();
    Block[] targets = new Block[i.targets.length];
    for (int n = 0; n < targets.length; n++) targets[n] = edgeTarget(blk, i.targets[n]);
    Value[] args = new Value[i.args.length];
    for (int n = 0; n < args.length; n++) args[n] = p(i.args[n]);
    Insn t = b.terminate(i.op, i.attr, targets, args);
    t.line = i.line;
  }
}
