package dev.leibniz.core.ir;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Appends instructions at the end of one block. Typed helpers fold the trivial cases (adding
 * zero, multiplying by one) so that generated derivative code carries no dead arithmetic.
 */
public final class Builder {
  public final Graph graph;
  private Block block;

  /**
   * True in the workspace-free adjoint that second order differentiates: there a strong zero on an
   * adjoint {@code d} must not branch on {@code d == 0} alone, since the tangent of the code follows
   * the branch the value took, and an adjoint that is 0 at the point but not nearby would pass on
   * a zero tangent (H·v wrong). {@link #strongZero} then keeps the product unless it is NaN.
   */
  public boolean strongZeroOnNaNOnly;

  public Builder(Graph graph, Block block) {
    this.graph = graph;
    this.block = block;
  }

  public Block block() {
    return block;
  }

  public void at(Block b) {
    this.block = b;
  }

  public Insn add(Op op, Type type, Object attr, Value... args) {
    Insn i = graph.newInsn(op, type, attr, args);
    block.insns.add(i);
    return i;
  }

  /** Ends the block with {@code t} and records the predecessor edges. */
  public Insn terminate(Op op, Object attr, Block[] targets, Value... args) {
    Insn t = graph.newInsn(op, Type.VOID_TYPE, attr, args);
    t.targets = targets;
    block.terminator = t;
    for (Block s : targets) {
      s.preds.add(block);
    }
    return t;
  }

  public void jump(Block target) {
    terminate(Op.GOTO, null, new Block[] {target});
  }

  public Insn constant(Type type, Number n) {
    Number v;
    switch (type.getSort()) {
      case Type.DOUBLE: v = n.doubleValue(); break;
      case Type.FLOAT: v = n.floatValue(); break;
      case Type.LONG: v = n.longValue(); break;
      default: v = n.intValue();
    }
    return add(Op.CONST, type, v);
  }

  public static boolean isConst(Value v, double c) {
    if (v instanceof Insn && ((Insn) v).op == Op.CONST && ((Insn) v).attr instanceof Number) {
      Number n = (Number) ((Insn) v).attr;
      return (n instanceof Double || n instanceof Float) && n.doubleValue() == c
          && !(c == 0 && Double.doubleToRawLongBits(n.doubleValue()) != 0);
    }
    return false;
  }

  public Value plus(Value a, Value b) {
    if (isConst(a, 0)) return b;
    if (isConst(b, 0)) return a;
    return add(Op.ADD, a.type, null, a, b);
  }

  public Value minus(Value a, Value b) {
    if (isConst(b, 0)) return a;
    if (isConst(a, 0)) return neg(b);
    return add(Op.SUB, a.type, null, a, b);
  }

  public Value times(Value a, Value b) {
    if (isConst(a, 1)) return b;
    if (isConst(b, 1)) return a;
    if (isConst(a, -1)) return neg(b);
    if (isConst(b, -1)) return neg(a);
    return add(Op.MUL, a.type, null, a, b);
  }

  public Value div(Value a, Value b) {
    if (isConst(b, 1)) return a;
    return add(Op.DIV, a.type, null, a, b);
  }

  /**
   * {@code d * partial} with a strong zero: exactly zero when {@code d} is zero, whatever the
   * partial ({@code 0·∞ = 0·NaN = 0}), so a derivative that does not flow (a value computed at
   * a singular point and then not used) cannot turn the result into NaN. For partials that can
   * be infinite or NaN; the product is computed only when {@code d != 0}.
   */
  public Value strongTimes(Value d, Value partial) {
    if (isConst(d, 0)) return d;
    if (isFiniteConst(partial)) return times(d, partial);
    return strongZero(d, times(d, partial));
  }

  /**
   * {@code d * partial}, exactly zero when either is zero: for a reverse-mode adjoint {@code d} that
   * may itself be infinite (downstream of a singular point), where forward mode multiplies the
   * zero partial by a finite tangent and gets 0 ({@code 0·∞ = ∞·0 = 0}; NaN still propagates).
   */
  public Value strongProduct(Value d, Value partial) {
    Value product = strongTimes(d, partial);
    if (isConst(partial, 0)) return constant(d.type, 0);
    if (isFiniteConst(partial)) return product;
    Value zero = constant(d.type, 0);
    return select(partial, Cond.EQ, zero, zero, product);
  }

  /** {@code d / den} with a strong zero: exactly zero when {@code d} is zero, even for {@code den = 0}. */
  public Value strongDiv(Value d, Value den) {
    if (isConst(d, 0)) return d;
    if (isFiniteConst(den) && ((Number) ((Insn) den).attr).doubleValue() != 0) return div(d, den);
    return strongZero(d, div(d, den));
  }

  /**
   * {@code (d == 0) ? 0 : product}; the comparison is false for NaN, so NaN still propagates. With
   * {@link #strongZeroOnNaNOnly}, {@code (d == 0 && product is NaN) ? 0 : product}: the same values
   * up to the sign of a zero, and where the product is finite its tangent is the product rule's.
   */
  private Value strongZero(Value d, Value product) {
    if (isFiniteConst(d) && ((Number) ((Insn) d).attr).doubleValue() != 0) return product;
    Value zero = constant(d.type, 0);
    Value whenZero = strongZeroOnNaNOnly ? select(product, Cond.EQ, product, product, zero) : zero;
    return select(d, Cond.EQ, zero, whenZero, product);
  }

  private static boolean isFiniteConst(Value v) {
    return v instanceof Insn && ((Insn) v).op == Op.CONST && ((Insn) v).attr instanceof Number
        && Double.isFinite(((Number) ((Insn) v).attr).doubleValue());
  }

  public Value neg(Value a) {
    return add(Op.NEG, a.type, null, a);
  }

  public Value convert(Value v, Type to) {
    if (v.type.equals(to)) return v;
    return add(Op.CONV, to, null, v);
  }

  /** Calls {@code Math.name} with the given descriptor. */
  /**
   * Values the primal already computed that a derivative rule may read instead of computing them
   * again (a rule's {@code cos(x)} where the primal called {@code cos} on the same {@code x}).
   */
  @FunctionalInterface
  public interface Known {
    /** The value of {@code Math.name(args)} where the code being built runs, or null. */
    Value math(String name, String desc, Value[] args);
  }

  private Known known;

  /** Sets the values {@link #math} may reuse (null: none); returns the previous setting. */
  public Known known(Known k) {
    Known old = known;
    known = k;
    return old;
  }

  public Value math(String name, String desc, Value... args) {
    Value reused = known == null ? null : known.math(name, desc, args);
    if (reused != null) {
      return reused;
    }
    return add(
        Op.MATH,
        Type.getReturnType(desc),
        new MethodRef(Opcodes.INVOKESTATIC, "java/lang/Math", name, desc, false),
        args);
  }

  /** {@code (cmp(a, b) cond 0) ? x : y}, comparing with {@code DCMPL}/{@code FCMPL} (NaN: -1). */
  public Value select(Value a, Cond cond, Value b, Value x, Value y) {
    int cmp = a.type.getSort() == Type.FLOAT ? Opcodes.FCMPL : Opcodes.DCMPL;
    Insn c = add(Op.CMP, Type.INT_TYPE, cmp, a, b);
    return add(Op.SELECT, x.type, cond, c, x, y);
  }

  public Value read(Var v) {
    return add(Op.VAR_READ, v.type, v);
  }

  public void write(Var v, Value x) {
    add(Op.VAR_WRITE, Type.VOID_TYPE, v, x);
  }
}
