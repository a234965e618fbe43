package dev.leibniz.core.forward;

import dev.leibniz.contract.CompanionContract;
import dev.leibniz.core.Companions;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
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
public final class PatternBuilder extends WideTangentSweep {
  static final Type SET = Type.getType("[I");
  static final Type SETS = Type.getType("[[I");

  private final Map<Value, Value> set = new HashMap<>();

  private PatternBuilder(Graph src, Activity activity, Callees callees, String name) {
    super(src, activity, callees, name, patternDesc(src.desc), SET, SETS, "sparsity patterns");
  }

  public static Graph build(Graph src, Activity activity, Callees callees, String name) throws NotDifferentiable {
    checkSupported(src);
    PatternBuilder p = new PatternBuilder(src, activity, callees, name);
    p.run();
    return p.dst;
  }

  /**
   * Each parameter followed, when differentiable, by its sets: an {@code int[]} for a {@code
   * double}, an {@code int[][]} (one set per element) for a {@code double[]}; then, for a {@code
   * double} result, an {@code int[][]} whose element 0 receives the result's set. Returns the
   * primal result. Defined by the contract ({@link CompanionContract#patternDescriptor}), like
   * every other companion's layout.
   */
  public static String patternDesc(String desc) {
    return CompanionContract.patternDescriptor(desc);
  }

  @Override
  protected void scalarPhi(Phi ph, Block to) {
    set.put(ph, dst.newPhi(to, SET));
  }

  @Override
  protected void scalarPhiInput(Phi ph, Value in) {
    ((Phi) set.get(ph)).inputs.add(set.containsKey(in) ? set.get(in) : nullAtEntry());
  }

  private Value none() {
    return b.add(Op.CONST, Types.NULL, null);
  }

  @Override
  protected void trailingParams() {
    resultParam(SETS);
  }

  @Override
  protected void scalarParam(Insn prm, Insn given) {
    set.put(prm, given); // null: no columns
  }

  /** Empty sets for each element of a new or passive array. */
  @Override
  protected Value newShadow(Value length) {
    return b.add(Op.NEWARRAY, SETS, null, length);
  }

  private Value s(Value v) {
    Value x = set.get(v);
    return x != null ? x : none();
  }

  private Value union(Value a, Value c) {
    return b.add(Op.HELPER, SET, new MethodRef(Opcodes.INVOKESTATIC, src.owner, Companions.HELPER_PREFIX + "union",
        "([I[I)[I", src.ownerIsInterface), a, c);
  }

  @Override
  protected void arithmetic(Insn i, Insn c) throws NotDifferentiable {
    if (i.op == Op.ASTORE) {
      b.add(Op.ASTORE, Type.VOID_TYPE, null, shadowOf(i.arg(0)), c.arg(1), s(i.arg(2)));
      return;
    }
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
        throw unsupported(i);
    }
  }

  @Override
  protected void companionCall(Insn i) {
    List<Value> args = companionArgs(i, this::s, v -> activity.isActive(v) ? shadowOf(v) : none());
    Insn out = null;
    if (Types.isScalar(Type.getReturnType(i.method().desc()))) {
      Insn one = dst.newInsn(Op.CONST, Type.INT_TYPE, 1);
      out = dst.newInsn(Op.NEWARRAY, SETS, null, one);
      atEntry.add(one);
      atEntry.add(out);
      args.add(out);
    }
    invokeCompanion(i, Companions.patternName(i.method().name()), patternDesc(i.method().desc()), args);
    if (out != null && activity.isActive(i)) set.put(i, b.add(Op.ALOAD, SET, null, out, b.constant(Type.INT_TYPE, 0)));
  }

  private static final String OBJECTS = "[Ljava/lang/Object;";

  @Override
  protected void intrinsic(Insn i, ArrayIntrinsic kind) throws NotDifferentiable {
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

  @Override
  protected void storeResult(Value v) {
    b.add(Op.ASTORE, Type.VOID_TYPE, null, resultCompanion, b.constant(Type.INT_TYPE, 0), s(v));
  }
}
