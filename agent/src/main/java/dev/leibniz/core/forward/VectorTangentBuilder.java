package dev.leibniz.core.forward;

import dev.leibniz.core.Companions;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.NonFiniteTangents;
import dev.leibniz.core.analysis.SingularCones;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.rules.DerivativeRule;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Forward mode with k directions in one call ({@code m$tangents}, README "Vector tangents"): the
 * primal copy of {@link Sweep} runs once; the tangent work of each stretch of a block between
 * calls (a <em>segment</em>) is one counted loop over the directions {@code d < k}, placed after
 * the segment's primal instructions. The loop body is the same straight-line code that {@link
 * TangentBuilder} would write for one direction (the partials from {@link MathRules}, computed
 * once before the loop), so the JIT sees a short counted loop over contiguous memory.
 *
 * <p>Where tangents live: inside a segment's loop, as SSA values of its body; a tangent that is
 * read outside its segment (by a phi, a call, another block or segment, the return) is stored in
 * a work array {@code W[slot·k + d]} allocated once per call; the tangents a callee returns stay
 * in that call site's result array. Array tangents are shadow arrays with the direction innermost
 * ({@code dx[i·k + d]}). A phi's tangents are copied on the edge (an edge block with its own loop
 * that reads every incoming tangent before it writes any: a parallel copy).
 *
 * <p>Supported: {@code double} scalars and one-dimensional {@code double[]} arrays, control flow,
 * {@code Math} functions, array intrinsics that copy, calls of methods that have {@code
 * $tangents} themselves. Anything else fails with a located reason.
 */
public final class VectorTangentBuilder extends WideTangentSweep {
  /** One piece of tangent code, written into a direction loop's body. */
  private interface Pending {
    void emit(Lane lane) throws NotDifferentiable;
  }

  /** The body of one direction loop: the direction index and the tangents computed so far. */
  private final class Lane {
    final Value d;
    final Map<Value, Value> local = new HashMap<>();
    /**
     * The loop-invariant factors and divisors this body multiplies or divides by with a strong
     * zero; null in the plain copy of the loop, which runs only when all of them are finite and
     * nonzero (see {@link #directionLoop}) and so needs no strong zero.
     */
    final List<Value[]> guards;

    Lane(Value d, List<Value[]> guards) {
      this.d = d;
      this.guards = guards;
    }

    private void guard(Value factor, Value den) {
      for (Value[] g : guards) if (g[0] == factor && g[1] == den) return;
      guards.add(new Value[] {factor, den});
    }

    /** {@code t · factor}, exactly zero when {@code t} is (unless the factor is known finite). */
    Value strongTimes(Value t, Value factor) {
      if (guards == null) return b.times(t, factor);
      guard(factor, null);
      return b.strongTimes(t, factor);
    }

    /** {@code t / den}, exactly zero when {@code t} is (unless the divisor is known finite and nonzero). */
    Value strongDiv(Value t, Value den) {
      if (guards == null) return b.div(t, den);
      guard(null, den);
      return b.strongDiv(t, den);
    }

    /** The tangent of src value {@code v} along direction {@code d} (0 when passive). */
    Value t(Value v) {
      Value x = local.get(v);
      if (x != null) return x;
      if (!activity.isActive(v) || !Types.isScalar(v.type)) return zero(b, Type.DOUBLE_TYPE);
      Value out = located.get(v);
      if (out != null) {
        x = b.add(Op.ALOAD, Type.DOUBLE_TYPE, null, out, d);
      } else {
        x = b.add(Op.ALOAD, Type.DOUBLE_TYPE, null, work, slotIndex(v, d));
      }
      local.put(v, x);
      return x;
    }

    /** Records {@code r} as the tangent of {@code v} and stores it when read outside the segment. */
    void define(Value v, Value r) {
      local.put(v, r);
      if (slot.containsKey(v)) {
        b.add(Op.ASTORE, Type.VOID_TYPE, null, work, slotIndex(v, d), r);
      }
    }
  }

  private final Set<Value> escaping;
  private final Map<Value, Integer> slot = new HashMap<>();
  private final Map<Value, Value> located = new HashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  /** Code the pending direction loop needs before it (the partials of math calls), written at the flush. */
  private final List<Runnable> beforeLoop = new ArrayList<>();
  private final Insn work;
  private Value k;
  /** The workspace parameter (emit.Workspace): every array this body needs comes from it. */
  private Value workspace;
  /** The workspace's position at entry, given back at each return ({@code leibniz$reset}). */
  private Insn mark;

  /**
   * The values whose tangent may be infinite where they are finite: their zero partials get a
   * strong zero on the partial, in both copies of a direction loop (the tangent, not the factor,
   * decides, so the plain copy's test does not cover it).
   */
  private final NonFiniteTangents nonFinite;

  /** Where a zero partial may zero such a tangent: the partial does not depend on the singular value. */
  private final SingularCones cones;

  /** Whether direction loops with strong zeros get a plain copy (off when the companion would be too large). */
  private final boolean plainCopies;

  private VectorTangentBuilder(Graph src, Activity activity, Callees callees, String name, boolean plainCopies) {
    super(src, activity, callees, name, Companions.vectorTangentBodyDesc(src.desc), TANGENTS, TANGENTS, "vector tangents");
    this.plainCopies = plainCopies;
    this.nonFinite = new NonFiniteTangents(src, callees);
    this.cones = SingularCones.of(src, callees);
    this.escaping = Escapes.of(src, activity);
    // not zeroed: each slot is written before it is read (SSA, and phis' slots on their edges)
    this.work = dst.newInsn(Op.HELPER, TANGENTS, helper("takeT", "(" + Companions.WORKSPACE + "I)[D"));
    for (Value v : escaping) slot.put(v, slot.size());
  }

  /**
   * The vector tangent body of {@code src}, named {@code name} ({@code m$tangents$body}: the
   * contract's parameters, then the workspace); {@code plainCopies}: direction loops with strong
   * zeros also get a copy without them (larger code).
   */
  public static Graph build(Graph src, Activity activity, Callees callees, String name, boolean plainCopies) throws NotDifferentiable {
    checkSupported(src);
    VectorTangentBuilder v = new VectorTangentBuilder(src, activity, callees, name, plainCopies);
    v.run();
    return v.dst;
  }

  /** The contract's layout ({@link dev.leibniz.contract.CompanionContract#vectorTangentDescriptor}). */
  public static String vectorDesc(String desc) {
    return dev.leibniz.contract.CompanionContract.vectorTangentDescriptor(desc);
  }

  /** k tangents of a {@code double}; an array's shadow with the direction innermost. */
  private static final Type TANGENTS = Types.arrayOf(Type.DOUBLE_TYPE);

  // ------------------------------------------------------------------ structure

  @Override
  protected void trailingParams() {
    k = param(Type.INT_TYPE);
    resultParam(TANGENTS);
    workspace = param(Type.getType(Companions.WORKSPACE));
    mark = dst.newInsn(Op.HELPER, Type.INT_TYPE, helper("mark", "(" + Companions.WORKSPACE + ")I"), workspace);
  }

  private MethodRef helper(String name, String desc) {
    return new MethodRef(org.objectweb.asm.Opcodes.INVOKESTATIC, src.owner, Companions.HELPER_PREFIX + name, desc, src.ownerIsInterface);
  }

  /**
   * A zeroed {@code double[length]} from the workspace ({@code leibniz$newT}) instead of a new
   * one: nothing this body makes outlives its call (array results and objects are not
   * supported, and callees' companions keep no shadow), so the next call reuses it.
   */
  private Value workspaceArray(Value length) {
    return b.add(Op.HELPER, TANGENTS, helper("newT", "(" + Companions.WORKSPACE + "I)[D"), workspace, length);
  }

  @Override
  protected void beforeReturn() {
    b.add(Op.HELPER, Type.VOID_TYPE, helper("reset", "(" + Companions.WORKSPACE + "I)V"), workspace, mark);
  }

  @Override
  protected void scalarParam(Insn prm, Insn given) {
    located.put(prm, orZeros(given));
  }

  /** A scalar parameter's tangents, or {@code new double[k]} when the caller passed null (passive). */
  private Value orZeros(Value t) {
    Block given = b.block(), missing = dst.newBlock(), join = dst.newBlock();
    b.terminate(Op.IF, Cond.NONNULL, new Block[] {join, missing}, t);
    b.at(missing);
    Value z = workspaceArray(k);
    b.jump(join);
    b.at(join);
    Phi s = dst.newPhi(join, TANGENTS);
    for (Block pred : join.preds) s.inputs.add(pred == given ? t : z);
    return s;
  }

  @Override
  protected Value newShadow(Value length) {
    return workspaceArray(scaled(length));
  }

  /** The workspace's mark first (before anything takes an array), then the work array. */
  @Override
  protected List<Insn> entryCode() {
    List<Insn> code = new ArrayList<>(List.of(mark));
    if (slot.isEmpty()) return code;
    Insn n = dst.newInsn(Op.CONST, Type.INT_TYPE, slot.size());
    Insn size = dst.newInsn(Op.MUL, Type.INT_TYPE, null, n, k);
    work.args = new Value[] {workspace, size};
    code.addAll(List.of(n, size, work));
    return code;
  }

  @Override
  protected void scalarPhi(Phi ph, Block to) {} // its tangents live in the work array, copied on the edges

  @Override
  protected void scalarPhiInput(Phi ph, Value in) {}

  @Override
  protected void endOfBlock() throws NotDifferentiable {
    flush();
  }

  /**
   * A {@code double[k]} taken once per call at the entry (a call site's argument or result
   * tangents), not zeroed: the direction loop before the call writes every argument tangent, the
   * callee every result tangent.
   */
  private Value perCall() {
    Insn a = dst.newInsn(Op.HELPER, TANGENTS, helper("takeT", "(" + Companions.WORKSPACE + "I)[D"), workspace, k);
    atEntry.add(a);
    return a;
  }

  private Value slotIndex(Value v, Value d) {
    Value base = b.add(Op.MUL, Type.INT_TYPE, null, b.constant(Type.INT_TYPE, slot.get(v)), k);
    return b.add(Op.ADD, Type.INT_TYPE, null, base, d);
  }

  // ------------------------------------------------------------------ direction loops

  /** Writes the pending tangent code as one loop over the directions after the current block. */
  private void flush() throws NotDifferentiable {
    if (pending.isEmpty()) return;
    List<Pending> body = new ArrayList<>(pending);
    pending.clear();
    for (Runnable r : beforeLoop) r.run();
    beforeLoop.clear();
    directionLoop(body);
  }

  /** Bodies up to this many instructions get a plain copy without strong zeros (code size). */
  private static final int PLAIN_COPY_LIMIT = 400;

  /**
   * One loop over the directions running {@code body}. Strong zeros ({@code t == 0 ? 0 : t·f})
   * are branches inside the loop that the JIT neither removes nor vectorises, and whose outcome
   * changes from one direction to the next (coloured seeds are mostly zero); their factors are
   * loop-invariant, so when the body has any, a plain copy of the loop without them runs instead
   * whenever every factor is finite and every divisor finite and nonzero (a test before the loop),
   * which is when {@code t·f} already is zero for {@code t = 0} (up to the sign of zero).
   */
  private void directionLoop(List<Pending> body) throws NotDifferentiable {
    Block pre = b.block(), strong = dst.newBlock();
    b.at(strong);
    List<Value[]> guards = new ArrayList<>();
    Block loopBody = loop(body, guards);
    Block strongExit = b.block();
    if (!plainCopies || guards.isEmpty() || loopBody.insns.size() > PLAIN_COPY_LIMIT) {
      b.at(pre);
      b.jump(strong);
      b.at(strongExit);
      return;
    }
    b.at(pre);
    Block plain = dst.newBlock(), join = dst.newBlock();
    Value zero = zero(b, Type.DOUBLE_TYPE);
    Value bad = zero;
    for (Value[] g : guards) {
      Value f = g[0] != null ? g[0] : b.div(b.constant(Type.DOUBLE_TYPE, 1.0), g[1]);
      bad = b.plus(bad, b.minus(f, f)); // f − f is 0 when f is finite, NaN otherwise
    }
    Value cmp = b.add(Op.CMP, Type.INT_TYPE, org.objectweb.asm.Opcodes.DCMPL, bad, zero);
    b.terminate(Op.IF, Cond.EQ, new Block[] {plain, strong}, cmp);
    b.at(plain);
    loop(body, null);
    b.jump(join);
    b.at(strongExit);
    b.jump(join);
    b.at(join);
  }

  /** Writes {@code for (d = 0; d < k; d++) body} from the current block; continues at its exit; returns the body's block. */
  private Block loop(List<Pending> body, List<Value[]> guards) throws NotDifferentiable {
    Block pre = b.block(), header = dst.newBlock(), loop = dst.newBlock(), exit = dst.newBlock();
    b.jump(header);
    b.at(header);
    Phi d = dst.newPhi(header, Type.INT_TYPE);
    b.terminate(Op.IF, Cond.LT, new Block[] {loop, exit}, d, k);
    b.at(loop);
    Lane lane = new Lane(d, guards);
    for (Pending p : body) {
      p.emit(lane);
    }
    Block last = b.block();
    Value next = b.add(Op.ADD, Type.INT_TYPE, null, d, b.constant(Type.INT_TYPE, 1));
    b.jump(header);
    // header.preds: pre first, then the loop's end
    d.inputs.add(zeroAt(pre));
    d.inputs.add(next);
    b.at(exit);
    return last;
  }

  private Value zeroAt(Block blk) {
    Insn c = dst.newInsn(Op.CONST, Type.INT_TYPE, 0);
    blk.insns.add(c);
    return c;
  }

  // ------------------------------------------------------------------ instructions

  @Override
  protected void arithmetic(Insn i, Insn c) throws NotDifferentiable {
    if (i.op == Op.ASTORE) {
      Value base = scaled(c.arg(1));
      Value shadowArray = shadowOf(i.arg(0));
      pending.add(lane -> b.add(Op.ASTORE, Type.VOID_TYPE, null, shadowArray, b.add(Op.ADD, Type.INT_TYPE, null, base, lane.d), lane.t(i.arg(2))));
      return;
    }
    Value[] a = c.args;
    switch (i.op) {
      case ADD: pending.add(lane -> lane.define(i, b.plus(lane.t(i.arg(0)), lane.t(i.arg(1))))); break;
      case SUB: pending.add(lane -> lane.define(i, b.minus(lane.t(i.arg(0)), lane.t(i.arg(1))))); break;
      case NEG: pending.add(lane -> lane.define(i, b.neg(lane.t(i.arg(0))))); break;
      case CONV: pending.add(lane -> lane.define(i, lane.t(i.arg(0)))); break; // double only: a no-op
      case MUL:
        pending.add(lane -> lane.define(i, b.plus(times(lane, i.arg(0), a[1], i.arg(1)), times(lane, i.arg(1), a[0], i.arg(0)))));
        break;
      case DIV:
        // d(u/v) = (du - y dv) / v, with strong zeros as in TangentBuilder
        pending.add(lane -> lane.define(i, lane.strongDiv(b.minus(lane.t(i.arg(0)), strong(lane, i.arg(1), c, i)), a[1])));
        break;
      case REM: {
        Value q = dev.leibniz.core.rules.ArithmeticRules.remQuotient(b, a[0], a[1], c);
        pending.add(lane -> lane.define(i, b.minus(lane.t(i.arg(0)), strong(lane, i.arg(1), q, i))));
        break;
      }
      case MATH: math(i, c); break;
      case ALOAD: {
        Value base = scaled(a[1]);
        Value shadowArray = shadowOf(i.arg(0));
        pending.add(lane -> lane.define(i, b.add(Op.ALOAD, i.type, null, shadowArray, b.add(Op.ADD, Type.INT_TYPE, null, base, lane.d))));
        break;
      }
      default: throw unsupported(i);
    }
  }

  private Value scaled(Value index) {
    return b.add(Op.MUL, Type.INT_TYPE, null, index, k);
  }

  /** {@code t(x) · factor}, with a strong zero when the factor may be non-finite. */
  private Value times(Lane lane, Value x, Value factor, Value factorSrc) {
    if (!activity.isActive(x)) return zero(b, Type.DOUBLE_TYPE);
    if (strongOnPartial(x, factorSrc)) return onFactor(lane, lane.t(x), factor, MathRules.mayBeNonFinite(factorSrc));
    return MathRules.mayBeNonFinite(factorSrc) ? lane.strongTimes(lane.t(x), factor) : b.times(lane.t(x), factor);
  }

  private Value strong(Lane lane, Value x, Value factor, Value factorSrc) {
    if (!activity.isActive(x)) return zero(b, Type.DOUBLE_TYPE);
    if (strongOnPartial(x, factorSrc)) return onFactor(lane, lane.t(x), factor, true);
    return lane.strongTimes(lane.t(x), factor);
  }

  /**
   * True when {@code x}'s tangent may be infinite and a zero partial computed from {@code
   * partialSrc} may zero it: the partial does not depend on the singular value ({@link SingularCones}).
   */
  private boolean strongOnPartial(Value x, Value partialSrc) {
    return nonFinite.contains(x) && cones.strongOnPartial(x, partialSrc);
  }

  /**
   * {@code t · factor} for a tangent that may be infinite ({@link NonFiniteTangents}): exactly zero
   * where the factor is, in either loop copy; also where {@code t} is when {@code strongT}.
   */
  private Value onFactor(Lane lane, Value t, Value factor, boolean strongT) {
    if (!strongT) return b.strongTimes(factor, t);
    Value zero = b.constant(Type.DOUBLE_TYPE, 0);
    return b.select(factor, Cond.EQ, zero, zero, lane.strongTimes(t, factor));
  }

  /**
   * The partials are computed once, just before the segment's direction loop, when every primal
   * instruction of the segment has run: a rule may then reuse a primal call on the same argument
   * that comes after this one ({@code cos(θ)}'s partial is the primal's {@code sin(θ)} on the next
   * line, as {@code sin(θ)}'s is its {@code cos(θ)}). The loop applies them to each direction.
   */
  private void math(Insn i, Insn c) {
    DerivativeRule rule = MathRules.find(i.method());
    Value[] partials = new Value[c.args.length];
    beforeLoop.add(() -> {
      // whole block: only instructions already copied (primal.containsKey) are reused, and the
      // copies of this block so far all run before the flush
      dev.leibniz.core.ir.Builder.Known before = b.known(c.args.length == 1 ? primalCalls(i, c.args[0], true, v -> v) : null);
      Value[] p = rule.partials(b, c.args, c);
      b.known(before);
      for (int n = 0; n < p.length && n < partials.length; n++) {
        if (p[n] != null) partials[n] = b.convert(p[n], Type.DOUBLE_TYPE);
      }
    });
    pending.add(lane -> {
      Value sum = zero(b, Type.DOUBLE_TYPE);
      for (int n = 0; n < partials.length; n++) {
        if (partials[n] != null && activity.isActive(i.arg(n))) {
          Value t = lane.t(i.arg(n));
          // DerivativeRule.apply, with the strong zero of singular rules through the lane; a
          // selecting rule's strong zero is on its partial and the tangent (an infinite tangent times max's zero
          // partial is zero, a zero tangent times its NaN partial too), whatever the loop copy
          Value p = partials[n];
          sum = b.plus(sum, rule.selecting() ? rule.apply(b, t, p)
              : strongOnPartial(i.arg(n), i) ? onFactor(lane, t, p, rule.singular())
              : rule.singular() ? lane.strongTimes(t, p) : b.times(t, p));
        }
      }
      lane.define(i, sum);
    });
  }

  @Override
  protected void companionCall(Insn i) throws NotDifferentiable {
    List<Value> args = companionArgs(i, v -> {
      Value buffer = perCall();
      pending.add(lane -> b.add(Op.ASTORE, Type.VOID_TYPE, null, buffer, lane.d, lane.t(v)));
      return buffer;
    }, this::shadowOrNull);
    flush(); // the argument tangents, and the shadows the callee reads, hold every direction
    args.add(k);
    Value out = null;
    if (Types.isScalar(Type.getReturnType(i.method().desc()))) {
      out = perCall();
      args.add(out);
    }
    if (callees.hasTangentsBody(i.method())) { // same class: its body, with this call's workspace
      args.add(workspace);
      MethodRef m = i.method();
      invokeCompanion(i, new MethodRef(m.isStatic() ? org.objectweb.asm.Opcodes.INVOKESTATIC : org.objectweb.asm.Opcodes.INVOKESPECIAL,
          m.owner(), Companions.vectorTangentBodyName(m.name()), Companions.vectorTangentBodyDesc(m.desc()), m.itf()), args);
    } else {
      invokeCompanion(i, Companions.vectorTangentName(i.method().name()), vectorDesc(i.method().desc()), args);
    }
    if (out != null && activity.isActive(i)) located.put(i, out);
  }

  @Override
  protected void intrinsic(Insn i, ArrayIntrinsic kind) throws NotDifferentiable {
    flush(); // shadows must hold every direction's values before anything reads them as a whole
    Insn c = copy(i);
    Value[] a = c.args;
    switch (kind) {
      case CLONE: {
        Value from = shadowOf(i.arg(0));
        defineShadow(i, copied(from, zero(b, Type.INT_TYPE), b.add(Op.ALENGTH, Type.INT_TYPE, null, from)));
        break;
      }
      case COPY_OF:
        defineShadow(i, copied(shadowOf(i.arg(0)), zero(b, Type.INT_TYPE), scaled(a[1])));
        break;
      case COPY_OF_RANGE:
        defineShadow(i, copied(shadowOf(i.arg(0)), scaled(a[1]), b.minus(scaled(a[2]), scaled(a[1]))));
        break;
      case ARRAYCOPY:
        if (activity.isActive(i.arg(2))) {
          b.add(Op.INVOKE, Type.VOID_TYPE, i.attr, shadowOf(i.arg(0)), scaled(a[1]), shadowOf(i.arg(2)), scaled(a[3]), scaled(a[4]));
        }
        break;
      case FILL:
      case FILL_RANGE: {
        Value value = i.arg(i.args.length - 1);
        if (activity.isActive(value)) {
          Value from = kind == ArrayIntrinsic.FILL ? b.constant(Type.INT_TYPE, 0) : a[1];
          Value to = kind == ArrayIntrinsic.FILL ? b.add(Op.ALENGTH, Type.INT_TYPE, null, a[0]) : a[2];
          fillTangents(shadowOf(i.arg(0)), from, to, value);
          break;
        }
        Value[] f = kind == ArrayIntrinsic.FILL ? new Value[] {shadowOf(i.arg(0)), zero(b, Type.DOUBLE_TYPE)}
            : new Value[] {shadowOf(i.arg(0)), scaled(a[1]), scaled(a[2]), zero(b, Type.DOUBLE_TYPE)};
        b.add(Op.INVOKE, Type.VOID_TYPE, i.attr, f);
        break;
      }
      default:
    }
  }

  /**
   * The shadow of a copy ({@code clone}, {@code Arrays.copyOf}, {@code copyOfRange}): {@code
   * length} elements of the workspace, the first of them copied from {@code from[start..]} as far
   * as it reaches (the rest stay zero, as the copy's padding does). The primal copy ran first, so
   * {@code start} is within {@code from}.
   */
  private Value copied(Value from, Value start, Value length) {
    Value to = workspaceArray(length);
    Value available = b.minus(b.add(Op.ALENGTH, Type.INT_TYPE, null, from), start);
    Value n = b.add(Op.INVOKE, Type.INT_TYPE, new MethodRef(org.objectweb.asm.Opcodes.INVOKESTATIC, "java/lang/Math", "min", "(II)I", false),
        available, length);
    b.add(Op.INVOKE, Type.VOID_TYPE, new MethodRef(org.objectweb.asm.Opcodes.INVOKESTATIC, "java/lang/System", "arraycopy",
        "(Ljava/lang/Object;ILjava/lang/Object;II)V", false), from, start, to, zero(b, Type.INT_TYPE), n);
    return to;
  }

  /** {@code shadow[j·k + d] = t_d(value)} for {@code from ≤ j < to}: a loop over the elements around a direction loop. */
  private void fillTangents(Value shadowArray, Value from, Value to, Value value) throws NotDifferentiable {
    Block header = dst.newBlock(), body = dst.newBlock(), exit = dst.newBlock();
    b.jump(header);
    b.at(header);
    Phi j = dst.newPhi(header, Type.INT_TYPE);
    b.terminate(Op.IF, Cond.LT, new Block[] {body, exit}, j, to);
    b.at(body);
    Value base = scaled(j);
    directionLoop(List.of(lane -> b.add(Op.ASTORE, Type.VOID_TYPE, null, shadowArray,
        b.add(Op.ADD, Type.INT_TYPE, null, base, lane.d), lane.t(value))));
    Value next = b.add(Op.ADD, Type.INT_TYPE, null, j, b.constant(Type.INT_TYPE, 1));
    b.jump(header);
    j.inputs.add(from);
    j.inputs.add(next);
    b.at(exit);
  }

  // ------------------------------------------------------------------ control flow

  @Override
  protected void storeResult(Value v) throws NotDifferentiable {
    directionLoop(List.of(lane -> b.add(Op.ASTORE, Type.VOID_TYPE, null, resultCompanion, lane.d, lane.t(v))));
  }

  private final Map<Block, Map<Block, Block>> edgeEnds = new HashMap<>();

  /**
   * The block that control enters for the edge {@code from → to}: the target's copy, or an edge
   * block copying the tangents of the target's active phis (then the phis' input comes from there).
   */
  @Override
  protected Block edgeTarget(Block from, Block to) throws NotDifferentiable {
    List<Phi> active = new ArrayList<>();
    for (Phi ph : to.phis) {
      if (slot.containsKey(ph)) active.add(ph);
    }
    if (active.isEmpty()) return blocks.get(to);
    Block saved = b.block();
    Block edge = dst.newBlock();
    b.at(edge);
    int n = to.preds.indexOf(from);
    directionLoop(List.of(lane -> {
      List<Value> in = new ArrayList<>();
      for (Phi ph : active) in.add(lane.t(ph.inputs.get(n)));
      for (int p = 0; p < active.size(); p++) {
        b.add(Op.ASTORE, Type.VOID_TYPE, null, work, slotIndex(active.get(p), lane.d), in.get(p));
      }
    }));
    b.jump(blocks.get(to));
    edgeEnds.computeIfAbsent(from, x -> new HashMap<>()).put(to, b.block());
    b.at(saved);
    return edge;
  }

  @Override
  protected Block edgeEnd(Block from, Block to, Block fromEnd) {
    Map<Block, Block> e = edgeEnds.get(from);
    return e != null && e.containsKey(to) ? e.get(to) : fromEnd;
  }

  /**
   * The active scalars whose tangents are read outside the segment that defines them (a segment
   * ends after each call): by a phi's edge, a return, another block or a later segment. Parameters
   * and call results are read from their own arrays and are never stored.
   */
  private static final class Escapes {
    static Set<Value> of(Graph g, Activity activity) {
      Map<Value, Block> blockOf = new HashMap<>();
      Map<Value, Integer> segmentOf = new HashMap<>();
      for (Block blk : g.blocks) {
        int seg = 0;
        for (Insn i : blk.insns) {
          blockOf.put(i, blk);
          segmentOf.put(i, seg);
          if (breaksSegment(i, activity)) seg++;
        }
      }
      Set<Value> out = new HashSet<>();
      for (Block blk : g.blocks) {
        for (Phi ph : blk.phis) {
          if (activity.isActive(ph) && Types.isScalar(ph.type)) {
            out.add(ph); // written on its edges
            for (Value in : ph.inputs) addIfStored(in, activity, out);
          }
        }
        int seg = 0;
        for (Insn i : blk.insns) {
          boolean fill = i.op == Op.INVOKE && i.attr instanceof MethodRef
              && (ArrayIntrinsic.of(i.method()) == ArrayIntrinsic.FILL || ArrayIntrinsic.of(i.method()) == ArrayIntrinsic.FILL_RANGE);
          for (Value a : i.args) {
            // a fill's value is read by its own loop, after the segment's direction loop
            if (fill || blockOf.get(a) != blk || !segmentOf.get(a).equals(seg)) addIfStored(a, activity, out);
          }
          if (breaksSegment(i, activity)) seg++;
        }
        for (Value a : blk.terminator.args) addIfStored(a, activity, out);
      }
      return out;
    }

    private static void addIfStored(Value v, Activity activity, Set<Value> out) {
      boolean located = v instanceof Insn && (((Insn) v).op == Op.PARAM || breaksSegment((Insn) v, activity));
      if (activity.isActive(v) && Types.isScalar(v.type) && !located) out.add(v);
    }

    static boolean breaksSegment(Insn i, Activity activity) {
      return differentiableCall(activity, i);
    }
  }
}
