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
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The sparsity companion {@code m$pattern}: the primal, with next to every active value the set of
 * input columns it depends on (a sorted {@code int[]}, null for none) instead of a tangent. Every
 * operation's set is the union of its active operands' sets — the structure of the derivative,
 * whatever the partials' values (a product with a partial that happens to be zero still counts).
 * Arrays of doubles get {@code int[][]} shadows, one set per element. Control flow follows the
 * primal values, so the sets are those of the path taken at the given point (see README, "Sparse
 * Jacobians", for why that is made safe by a check rather than by a union over both branches).
 */
public final class PatternBuilder extends Sweep {
  static final Type SET = Type.getType("[I");
  static final Type SETS = Type.getType("[[I");

  private final Map<Value, Value> set = new HashMap<>();
  private final Map<Phi, Phi> setPhi = new HashMap<>();
  private final List<Insn> atEntry = new ArrayList<>();
  private Value resultSet;

  private PatternBuilder(Graph src, Activity activity, Callees callees, String name) {
    super(src, activity, callees, name, patternDesc(src.desc));
  }

  public static Graph build(Graph src, Activity activity, Callees callees, String name) throws NotDifferentiable {
    VectorTangentBuilder.checkSupported(src);
    PatternBuilder p = new PatternBuilder(src, activity, callees, name);
    p.run();
    return p.dst;
  }

  /**
   * Each parameter followed, when differentiable, by its sets: an {@code int[]} for a {@code
   * double}, an {@code int[][]} (one set per element) for a {@code double[]}; then, for a {@code
   * double} result, an {@code int[][]} whose element 0 receives the result's set. Returns the
   * primal result.
   */
  public static String patternDesc(String desc) {
    List<Type> params = new ArrayList<>();
    for (Type t : Type.getArgumentTypes(desc)) {
      params.add(t);
      if (Types.isScalar(t)) params.add(SET);
      else if (Types.isDifferentiableArray(t)) params.add(SETS);
    }
    Type r = Type.getReturnType(desc);
    if (Types.isScalar(r)) params.add(SETS);
    return Type.getMethodDescriptor(r, params.toArray(new Type[0]));
  }

  private void run() throws NotDifferentiable {
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
          Phi s = dst.newPhi(to, SET);
          set.put(ph, s);
          setPhi.put(ph, s);
        } else if (Types.isReference(ph.type) && activity.isActive(ph)) {
          defineShadow(ph, dst.newPhi(to, SETS));
        }
      }
      for (Insn i : blk.insns) {
        insn(i);
      }
      terminator(blk.terminator);
      ends.put(blk, b.block());
    }
    for (Block blk : order) {
      Block to = blocks.get(blk);
      to.preds.clear();
      for (Block pred : blk.preds) to.preds.add(ends.get(pred));
      for (Phi ph : blk.phis) {
        Phi c = (Phi) primal.get(ph);
        Phi s = setPhi.get(ph);
        Phi sh = shadow.containsKey(ph) ? (Phi) shadow.get(ph) : null;
        for (Value in : ph.inputs) {
          c.inputs.add(p(in));
          if (s != null) s.inputs.add(set.containsKey(in) ? set.get(in) : nullAtEntry());
          if (sh != null) sh.inputs.add(shadow.containsKey(in) ? shadow.get(in) : nullAtEntry());
        }
      }
    }
    Block entry = dst.entry();
    int at = 0;
    while (at < entry.insns.size() && entry.insns.get(at).op == Op.PARAM) at++;
    entry.insns.addAll(at, atEntry);
  }

  private Value nullAtEntry() {
    Insn c = dst.newInsn(Op.CONST, Types.NULL, null);
    atEntry.add(c);
    return c;
  }

  private Value none() {
    return b.add(Op.CONST, Types.NULL, null);
  }

  private void params() {
    Map<Insn, Insn[]> sets = new java.util.LinkedHashMap<>();
    for (Insn prm : src.params) {
      Insn c = b.add(Op.PARAM, prm.type, dst.params.size());
      dst.params.add(c);
      define(prm, c);
      if (Types.isScalar(prm.type) || Types.isDifferentiableArray(prm.type)) {
        Insn s = b.add(Op.PARAM, Types.isScalar(prm.type) ? SET : SETS, dst.params.size());
        dst.params.add(s);
        sets.put(prm, new Insn[] {c, s});
      }
    }
    if (Types.isScalar(Type.getReturnType(src.desc))) {
      resultSet = b.add(Op.PARAM, SETS, dst.params.size());
      dst.params.add((Insn) resultSet);
    }
    for (Map.Entry<Insn, Insn[]> e : sets.entrySet()) {
      if (Types.isScalar(e.getKey().type)) set.put(e.getKey(), e.getValue()[1]); // null: no columns
      else defineShadow(e.getKey(), orEmpty(e.getValue()[0], e.getValue()[1]));
    }
  }

  /** {@code s != null ? s : (x == null ? null : new int[x.length][])}: a null array of sets means passive. */
  private Value orEmpty(Value x, Value s) {
    Block given = b.block(), missing = dst.newBlock(), empty = dst.newBlock(), join = dst.newBlock();
    b.terminate(Op.IF, Cond.NONNULL, new Block[] {join, missing}, s);
    b.at(missing);
    Value nothing = none();
    b.terminate(Op.IF, Cond.NULL, new Block[] {join, empty}, x);
    b.at(empty);
    Value made = emptySets(x);
    b.jump(join);
    b.at(join);
    Phi out = dst.newPhi(join, SETS);
    for (Block pred : join.preds) out.inputs.add(pred == given ? s : pred == missing ? nothing : made);
    return out;
  }

  private Value emptySets(Value primalArray) {
    return b.add(Op.NEWARRAY, SETS, null, b.add(Op.ALENGTH, Type.INT_TYPE, null, primalArray));
  }

  @Override
  protected Value shadowOf(Value v) {
    Value s = shadow.get(v);
    if (s != null) return s;
    if (v.type.equals(Types.NULL)) return none();
    return emptySets(p(v));
  }

  private Value s(Value v) {
    Value x = set.get(v);
    return x != null ? x : none();
  }

  private Value union(Value a, Value c) {
    return b.add(Op.HELPER, SET, new MethodRef(Opcodes.INVOKESTATIC, src.owner, Companions.HELPER_PREFIX + "union",
        "([I[I)[I", src.ownerIsInterface), a, c);
  }

  private void insn(Insn i) throws NotDifferentiable {
    if (i.op == Op.PARAM) {
      if (i == src.params.get(0)) params();
      return;
    }
    if (arrayOp(i)) return;
    if (i.op == Op.INVOKE && i.attr instanceof MethodRef && anyActive(activity, i) && !activity.isPassiveCall(i)) {
      call(i);
      return;
    }
    Insn c = copy(i);
    if (i.op == Op.ASTORE && activity.isActive(i.arg(0))) {
      b.add(Op.ASTORE, Type.VOID_TYPE, null, shadowOf(i.arg(0)), c.arg(1), s(i.arg(2)));
      return;
    }
    if (!activity.isActive(i) || !Types.isScalar(i.type)) return;
    switch (i.op) {
      case ADD: case SUB: case MUL: case DIV: case REM: case NEG: case CONV: case MATH: {
        Value r = null;
        for (Value a : i.args) {
          if (activity.isActive(a) && Types.isScalar(a.type)) r = r == null ? s(a) : union(r, s(a));
        }
        set.put(i, r == null ? none() : r);
        break;
      }
      case ALOAD:
        set.put(i, b.add(Op.ALOAD, SET, null, shadowOf(i.arg(0)), c.arg(1)));
        break;
      default:
        throw fail(i, "sparsity patterns support double values and double[] arrays only; this " + i.op
            + " of an active value (a field of an object with derivatives?) is not supported");
    }
  }

  private boolean arrayOp(Insn i) throws NotDifferentiable {
    switch (i.op) {
      case NEWARRAY:
        copy(i);
        if (activity.isActive(i)) {
          if (i.args.length != 1 || !i.type.equals(Types.arrayOf(Type.DOUBLE_TYPE))) {
            throw fail(i, "sparsity patterns support one-dimensional double[] arrays only (this creates " + i.type.getClassName() + ")");
          }
          defineShadow(i, b.add(Op.NEWARRAY, SETS, null, p(i.arg(0))));
        }
        return true;
      case CHECKCAST:
        copy(i);
        if (activity.isActive(i) && Types.isReference(i.arg(0).type)) {
          defineShadow(i, b.add(Op.CHECKCAST, SETS, SETS, shadowOf(i.arg(0))));
        }
        return true;
      case ALOAD:
      case ASTORE:
        if (Types.isReference(i.op == Op.ALOAD ? i.type : i.arg(2).type)) {
          if (activity.isActive(i.op == Op.ALOAD ? i : i.arg(0))) {
            throw fail(i, "sparsity patterns support one-dimensional double[] arrays only (arrays of arrays carry derivatives here)");
          }
          copy(i);
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  private void call(Insn i) throws NotDifferentiable {
    MethodRef m = i.method();
    if (HelperIntrinsic.of(m) != null) throw fail(i, "sparsity patterns of generated adjoints are not supported");
    ArrayIntrinsic intrinsic = ArrayIntrinsic.of(m);
    if (intrinsic != null) {
      intrinsic(i, intrinsic);
      return;
    }
    Type[] types = Type.getArgumentTypes(m.desc());
    int self = m.isStatic() ? 0 : 1;
    List<Value> args = new ArrayList<>();
    if (self == 1) args.add(p(i.arg(0)));
    for (int a = 0; a < types.length; a++) {
      Value v = i.arg(a + self);
      args.add(p(v));
      if (Types.isScalar(types[a])) args.add(s(v));
      else if (Types.isDifferentiableArray(types[a])) args.add(activity.isActive(v) ? shadowOf(v) : none());
    }
    Type r = Type.getReturnType(m.desc());
    Insn out = null;
    if (Types.isScalar(r)) {
      Insn one = dst.newInsn(Op.CONST, Type.INT_TYPE, 1);
      out = dst.newInsn(Op.NEWARRAY, SETS, null, one);
      atEntry.add(one);
      atEntry.add(out);
      args.add(out);
    }
    MethodRef pm = callees.companion(m, Companions.patternName(m.name()), patternDesc(m.desc()));
    Insn call = b.add(Op.INVOKE, Types.stackType(r), pm, args.toArray(new Value[0]));
    call.line = i.line;
    if (i.hasResult()) {
      define(i, call);
      if (out != null && activity.isActive(i)) set.put(i, b.add(Op.ALOAD, SET, null, out, b.constant(Type.INT_TYPE, 0)));
    }
  }

  private static final String OBJECTS = "[Ljava/lang/Object;";

  private void intrinsic(Insn i, ArrayIntrinsic kind) throws NotDifferentiable {
    Insn c = copy(i);
    Value[] a = c.args;
    MethodRef arrays = null;
    switch (kind) {
      case CLONE:
        defineShadow(i, b.add(Op.CHECKCAST, SETS, SETS, b.add(Op.INVOKE, Types.OBJECT,
            new MethodRef(Opcodes.INVOKEVIRTUAL, SETS.getDescriptor(), "clone", "()Ljava/lang/Object;", false), shadowOf(i.arg(0)))));
        break;
      case COPY_OF:
        arrays = new MethodRef(Opcodes.INVOKESTATIC, "java/util/Arrays", "copyOf", "(" + OBJECTS + "I)" + OBJECTS, false);
        defineShadow(i, b.add(Op.CHECKCAST, SETS, SETS, b.add(Op.INVOKE, Type.getType(OBJECTS), arrays, shadowOf(i.arg(0)), a[1])));
        break;
      case COPY_OF_RANGE:
        arrays = new MethodRef(Opcodes.INVOKESTATIC, "java/util/Arrays", "copyOfRange", "(" + OBJECTS + "II)" + OBJECTS, false);
        defineShadow(i, b.add(Op.CHECKCAST, SETS, SETS, b.add(Op.INVOKE, Type.getType(OBJECTS), arrays, shadowOf(i.arg(0)), a[1], a[2])));
        break;
      case ARRAYCOPY:
        if (activity.isActive(i.arg(2))) {
          b.add(Op.INVOKE, Type.VOID_TYPE, i.attr, shadowOf(i.arg(0)), a[1], shadowOf(i.arg(2)), a[3], a[4]);
        }
        break;
      case FILL:
      case FILL_RANGE: {
        Value value = i.arg(i.args.length - 1);
        String desc = kind == ArrayIntrinsic.FILL ? "(" + OBJECTS + "Ljava/lang/Object;)V" : "(" + OBJECTS + "IILjava/lang/Object;)V";
        arrays = new MethodRef(Opcodes.INVOKESTATIC, "java/util/Arrays", "fill", desc, false);
        Value s = activity.isActive(value) ? s(value) : none();
        b.add(Op.INVOKE, Type.VOID_TYPE, arrays, kind == ArrayIntrinsic.FILL ? new Value[] {shadowOf(i.arg(0)), s}
            : new Value[] {shadowOf(i.arg(0)), a[1], a[2], s});
        break;
      }
      default:
    }
  }

  private void terminator(Insn i) {
    if (i.op == Op.RETURN && i.args.length == 1 && Types.isScalar(i.arg(0).type) && resultSet != null) {
      Block has = dst.newBlock(), done = dst.newBlock();
      b.terminate(Op.IF, Cond.NONNULL, new Block[] {has, done}, resultSet);
      b.at(has);
      b.add(Op.ASTORE, Type.VOID_TYPE, null, resultSet, b.constant(Type.INT_TYPE, 0), s(i.arg(0)));
      b.jump(done);
      b.at(done);
    }
    Block[] targets = new Block[i.targets.length];
    for (int n = 0; n < targets.length; n++) targets[n] = blocks.get(i.targets[n]);
    Value[] args = new Value[i.args.length];
    for (int n = 0; n < args.length; n++) args[n] = p(i.args[n]);
    Insn t = b.terminate(i.op, i.attr, targets, args);
    t.line = i.line;
  }
}
