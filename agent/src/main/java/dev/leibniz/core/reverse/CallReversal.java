package dev.leibniz.core.reverse;

import dev.leibniz.contract.CompanionContract.Kind;
import dev.leibniz.contract.CompanionContract.Param;
import dev.leibniz.contract.CompanionContract.Signature;
import dev.leibniz.core.Companions;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Call reversal (docs/architecture.md, "Reverse mode"): a call with active arguments is reversed
 * split (the callee's split adjoint runs its forward at the call and its reverse in this method's
 * reverse sweep: the stable and distinct variants, the result's shadow left on the tape) or jointly
 * (the primal runs at the call, the callee's adjoint in the reverse sweep on snapshotted arrays;
 * callees that write fields are refused); scalar adjoints come back through the workspace's buffer,
 * with a unit seed where the seed may be infinite. Array intrinsics ({@link ArrayIntrinsic}) get
 * their adjoints here too. What the reverse sweep reads of the forward goes through
 * {@link AdjointBuilder#need}, the one tape policy ({@link TapePolicy}).
 */
final class CallReversal {
  private final AdjointBuilder sweep;
  private final Adjoints adjoints;
  private final Graph src;
  private final Graph dst;
  private final Builder b;
  private final Activity activity;
  private final Callees callees;
  private final WrittenArrays written;
  private final NonFiniteAdjoints nonFinite;
  /** Building a split adjoint: its own caller may write its arrays between its two sweeps. */
  private final boolean split;
  /** No tape workspace: callees' contract adjoints, every call joint. */
  private final boolean workspaceFree;
  private final Map<Insn, Value[]> snapshots = new HashMap<>();
  /** Per joint call moving rows of arrays it is given: the record of their rows around it ({@link #followRows}). */
  private final Map<Insn, Value> followedRows = new HashMap<>();
  /** Per sort of an active array: the permutation its forward applied ({@link #forwardSort}). */
  private final Map<Insn, Value> permutations = new HashMap<>();
  /** Per call, whether it is reversed split ({@link #isSplit}). */
  private final Map<Insn, Boolean> splitCalls = new HashMap<>();
  /** Per split call of this method's forward sweep: the stable-argument mask its callee is called with. */
  private final Map<Insn, Long> stableArgs = new HashMap<>();

  CallReversal(AdjointBuilder sweep, Adjoints adjoints, Graph src, Graph dst, Builder b, Activity activity, Callees callees, WrittenArrays written,
      NonFiniteAdjoints nonFinite, boolean split, boolean workspaceFree) {
    this.sweep = sweep;
    this.adjoints = adjoints;
    this.src = src;
    this.dst = dst;
    this.b = b;
    this.activity = activity;
    this.callees = callees;
    this.written = written;
    this.nonFinite = nonFinite;
    this.split = split;
    this.workspaceFree = workspaceFree;
  }

  void forwardCall(Insn i) throws NotDifferentiable {
    MethodRef m = i.method();
    ArrayIntrinsic k = ArrayIntrinsic.of(m);
    sweep.checkRowMovingCall(i, isSplit(i));
    if (isSplit(i)) {
      Insn call = splitCall(i, Companions.SPLIT_FORWARD, i.type);
      call.origin = i.origin;
      if (call.hasResult()) sweep.definePrimal(i, call);
      if (callees.shadows().has(i.type)) {
        // the callee's forward left the returned object's adjoint shadow on top of the tape
        Value sh = b.add(Op.TAPE_POP, i.type, null);
        sweep.homeHere((Insn) sh);
        if (callees.dispatchedFactory(m)) { // code this class never saw made the object: it must have left a shadow
          sh = b.add(Op.CHECKCAST, i.type, i.type, b.add(Op.HELPER, Types.OBJECT, sweep.helper("requireMadeShadow",
              "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/String;)Ljava/lang/Object;"), sweep.primalOf(i), sh,
              b.add(Op.CONST, Type.getObjectType("java/lang/String"), dev.leibniz.core.JavaSignature.method(m))));
          sweep.homeHere((Insn) sh);
        }
        if (activity.isActive(i)) sweep.defineShadowOf(i, sh);
      }
      return;
    }
    if (k == null) {
      refuseFieldWrites(i, m);
      Type[] types = Type.getArgumentTypes(m.desc());
      int self = m.isStatic() ? 0 : 1;
      Value[] snaps = new Value[types.length];
      String numbers = callees.readsOnlyReceiverNumbers(m);
      boolean byNumbersRead = false;
      for (int a = 0; a < i.args.length; a++) {
        // a callee reading no field (FieldReads: a getter of a reference that never changes) cannot see the objects' state
        if (!objectWrittenAfter(i, a) || callees.isReadOnlyQuery(m) || !callees.mayReadFields(m)) continue;
        // a getter reads only its receiver's own numbers: nothing else it is given, and the receiver only through writes
        // into an object that may be it (geohash-java's point.getLatitude() before the BoundingBox's own fields are written)
        if (numbers != null && (a != 0 || !written.receiverFieldsWrittenAfter(i, sweep.current()))) {
          byNumbersRead = true;
          continue;
        }
        throw new dev.leibniz.core.ObjectRefusals.NotYet(i.line, dev.leibniz.core.lift.InsnText.of(i.origin), "an object with a shadow passed to "
            + dev.leibniz.core.JavaSignature.method(m) + " is written after the call, and in reverse mode the callee's"
            + " adjoint runs on the objects' state at that time (objects are not snapshotted); a callee bound"
            + " statically is reversed in split mode instead: " + callees.bindingAdvice(m) + "; or move the writes into the callee, or use the tangent");
      }
      for (int a = 0; a < types.length; a++) {
        Value v = i.arg(a + self);
        // Any array, passive ones too: a callee that counts in an int[] (or in an int[] held in an
        // Object[]) must count from the same state when its adjoint runs it again in the reverse sweep.
        if (isSnapshotted(types[a]) && written.needsSnapshot(i, sweep.current(), a + self)) {
          snaps[a] = b.add(Op.CHECKCAST, types[a], types[a], snapshot(i, a, self, snaps));
          sweep.homeHere(snaps[a]);
        }
      }
      snapshots.put(i, snaps);
      if (byNumbersRead) { // an override could read anything: the receiver must run the code judged, the getters it calls too
        List<MethodRef> runs = new ArrayList<>();
        if (!numbers.isEmpty()) runs.add(new MethodRef(Opcodes.INVOKEVIRTUAL, numbers.replace('.', '/'), m.name(), m.desc(), false));
        runs.addAll(callees.receiverNumberGetters(m));
        for (MethodRef run : runs) {
          b.add(Op.HELPER, Type.VOID_TYPE, sweep.helper("checkRuns", "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V"),
              sweep.primalOf(i.arg(0)), b.add(Op.CONST, Type.getObjectType("java/lang/String"), run.owner().replace('/', '.')),
              b.add(Op.CONST, Type.getObjectType("java/lang/String"), run.name()), b.add(Op.CONST, Type.getObjectType("java/lang/String"), run.desc()));
        }
      }
      Value rows = rowsBeforeCall(i);
      sweep.copyPrimal(i);
      if (rows != null) followRows(i, rows);
      Type r = Type.getReturnType(m.desc());
      if (Types.isDifferentiableArray(r) && activity.isActive(i)) {
        sweep.defineShadowOf(i, b.add(Op.SHADOW, i.type, null, sweep.primalOf(i), b.add(Op.CONST, Types.NULL, null)));
      }
      return;
    }
    if (k.isSort()) {
      forwardSort(i, k);
      return;
    }
    Insn c = sweep.copyPrimal(i);
    boolean primitive = AdjointBuilder.isPrimitiveArray(i.arg(0));
    switch (k) {
      case CLONE:
        if (primitive) {
          sweep.defineShadowOf(i, b.add(Op.SHADOW, i.type, null, c, b.add(Op.CONST, Types.NULL, null)));
        } else {
          sweep.defineShadowOf(i, b.add(Op.INVOKE, i.type, i.attr, sweep.shadowIn(i.arg(0))));
        }
        break;
      case COPY_OF: case COPY_OF_RANGE:
        if (primitive) {
          sweep.defineShadowOf(i, b.add(Op.SHADOW, i.type, null, c, b.add(Op.CONST, Types.NULL, null)));
        } else {
          Value[] a = c.args.clone();
          a[0] = sweep.shadowIn(i.arg(0));
          sweep.defineShadowOf(i, b.add(Op.INVOKE, i.type, i.attr, a));
        }
        break;
      case ARRAYCOPY:
        if (!AdjointBuilder.isPrimitiveArray(i.arg(2)) && activity.isActive(i.arg(2))) {
          b.add(Op.INVOKE, Type.VOID_TYPE, i.attr, sweep.shadowIn(i.arg(0)), c.args[1], sweep.shadowIn(i.arg(2)), c.args[3], c.args[4]);
        }
        break;
      default:
    }
  }

  /**
   * Before joint call {@code i} of a callee that moves rows of {@code double[][]}/{@code float[][]} arrays it is given
   * (core.reverse.MovedRows): each such array with its shadow and both one's rows at the call ({@code
   * leibniz$rowsBeforeCall}), or null when there are none. The callee's adjoint, run again in the reverse sweep, takes
   * the seeds of the final rows by index in the shadow arranged as at the call; the code after the call works on rows,
   * by whatever path it reaches them (a row loaded before, another array sharing it), so the shadow must follow the
   * rows in between: {@link #followRows} makes it, and the reverse puts seeds and arrangement back ({@code
   * leibniz$unfollowRows}) before the callee's adjoint runs.
   */
  private Value rowsBeforeCall(Insn i) {
    List<Integer> followed = sweep.rowsFollowedInJointCall(i);
    if (followed.isEmpty()) return null;
    Type objects = Type.getType(Object[].class);
    Insn pairs = b.add(Op.NEWARRAY, objects, null, b.constant(Type.INT_TYPE, 2 * followed.size()));
    for (int k = 0; k < followed.size(); k++) {
      Value array = i.arg(followed.get(k));
      b.add(Op.ASTORE, Type.VOID_TYPE, null, pairs, b.constant(Type.INT_TYPE, 2 * k), sweep.primalOf(array));
      b.add(Op.ASTORE, Type.VOID_TYPE, null, pairs, b.constant(Type.INT_TYPE, 2 * k + 1), sweep.shadowIn(array));
    }
    Insn rows = b.add(Op.HELPER, objects, sweep.helper("rowsBeforeCall", "([Ljava/lang/Object;)[Ljava/lang/Object;"), pairs);
    sweep.homeHere(pairs);
    sweep.homeHere(rows);
    return rows;
  }

  /** After joint call {@code i}: the shadows' rows follow the primal rows it moved ({@code leibniz$followRowsOfCall}). */
  private void followRows(Insn i, Value rows) {
    b.add(Op.HELPER, Type.VOID_TYPE, sweep.helper("followRowsOfCall", "([Ljava/lang/Object;)V"), rows);
    followedRows.put(i, rows);
  }

  /**
   * Joint reversal runs the callee again in the reverse sweep. Its arguments are snapshotted, but
   * fields and statics are not: a callee that writes one (a counter in a static, an int[] held in
   * a field) would write it twice and be differentiated from the state the whole method left, a
   * silently wrong derivative. Refused; same-class callees reversed in split mode are not re-run.
   * Callees that could not be analysed (every bit a guess) are still reversed jointly, as before.
   */
  private void refuseFieldWrites(Insn i, MethodRef m) throws NotDifferentiable {
    // Only a write found in analysed code (the callee's or, at any depth, its callees'): a callee
    // that could not be analysed (or is still being analysed, recursion) has every bit as a guess.
    boolean found = callees.writesArgument(m, ParamWrites.FIELDS) || callees.writesArgument(m, ParamWrites.FOUND_CALLEE_FIELDS);
    if (found && !callees.writesArgument(m, ParamWrites.UNKNOWN)) {
      throw new NotDifferentiable(i.line, dev.leibniz.core.lift.InsnText.of(i.origin), "calls "
          + dev.leibniz.core.JavaSignature.method(m.owner(), m.name(), m.desc()) + ", which (or a method it calls) writes a field,"
          + " a static or an array held in one; reverse mode runs this callee again in its reverse sweep, which would repeat"
          + " the write and see the state this method left, not the state of the call (fields are not snapshotted): pass that"
          + " state as an array argument instead (arguments are snapshotted), move the callee into this class, or use "
          + src.name + "$tangent");
    }
    // a callee reading no field or static (FieldReads) sees, when run again, its snapshotted arguments alone
    // a read-only query (Callees.isReadOnlyQuery) gives no adjoint from any state: fields written after it do not matter
    if (!callees.writesArgument(m, ParamWrites.UNKNOWN) && written.fieldWrittenAfter(i, sweep.current()) && callees.mayReadFields(m)
        && !callees.isReadOnlyQuery(m)) {
      throw new NotDifferentiable(i.line, dev.leibniz.core.lift.InsnText.of(i.origin), "calls "
          + dev.leibniz.core.JavaSignature.method(m.owner(), m.name(), m.desc()) + ", and this method then writes a field or"
          + " static (itself or through a callee), or an array parameter that a caller may pass from a field or static the"
          + " callee reads; reverse mode runs this callee again in its reverse sweep, where it would read"
          + " the fields as they are then, not as the call saw them (fields are not snapshotted): write the field before the"
          + " call or after the last such call, pass the value as an argument, move the callee into this class, or use "
          + src.name + "$tangent");
    }
  }

  /**
   * True when argument {@code a} of {@code call} is an active object with a shadow that may be written after the call:
   * a joint re-run of the callee in the reverse sweep would see the object as the method left it.
   */
  private boolean objectWrittenAfter(Insn call, int a) {
    return callees.shadows().has(call.arg(a).type) && activity.isActive(call.arg(a)) && written.needsSnapshot(call, sweep.current(), a);
  }

  /** True when some argument of {@code call} is {@link #objectWrittenAfter}. */
  private boolean anyObjectWrittenAfter(Insn call) {
    for (int a = 0; a < call.args.length; a++) {
      if (objectWrittenAfter(call, a)) return true;
    }
    return false;
  }

  /**
   * An array of any element type and rank but objects with shadows: what {@code snapshot} copies
   * (rows and arrays held in an {@code Object[]} deeply; other objects are shared, and a callee
   * writing their fields is refused or split).
   */
  private boolean isSnapshotted(Type t) {
    return t.getSort() == Type.ARRAY && !callees.shadows().has(t);
  }

  /** At most this many earlier arguments are checked for being the same array as a later one. */
  private static final int SNAPSHOT_PEERS = 3;

  /**
   * A copy of argument {@code a} of {@code call}; where an earlier argument that may be the same
   * array was copied too, the copy of that argument when it is the same array at run time, so that
   * the callee's adjoint sees the arrays aliased as the call did.
   */
  private Value snapshot(Insn call, int a, int self, Value[] snaps) {
    Value v = sweep.primalOf(call.arg(a + self));
    List<Value> peers = new ArrayList<>();
    for (int e = a - 1; e >= 0 && peers.size() < 2 * SNAPSHOT_PEERS; e--) {
      if (snaps[e] != null && written.mayAlias(call.arg(e + self), call.arg(a + self))) {
        peers.add(sweep.primalOf(call.arg(e + self)));
        peers.add(snaps[e]);
      }
    }
    if (peers.isEmpty()) {
      return b.add(Op.HELPER, Types.OBJECT, sweep.helper("snapshot", "(Ljava/lang/Object;)Ljava/lang/Object;"), v);
    }
    while (peers.size() < 2 * SNAPSHOT_PEERS) {
      peers.add(b.add(Op.CONST, Types.NULL, null));
    }
    peers.add(0, v);
    return b.add(Op.HELPER, Types.OBJECT, sweep.helper("snapshotAs",
        "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;"),
        peers.toArray(new Value[0]));
  }

  /**
   * A call of a same-class callee with a split adjoint (and no array result): its forward sweep
   * runs in this method's forward sweep, its reverse in this method's reverse sweep.
   */
  private boolean isSplit(Insn call) {
    return splitCalls.computeIfAbsent(call, this::reversedSplit);
  }

  /**
   * Decided at the call's forward (both sweeps must agree, and a request below may make later calls
   * of the same callee split): a callee with a split adjoint, or one that gets it because a field or
   * static, or an object with a shadow passed to it, may be written after the call (a joint re-run
   * would read the new value; {@link #refuseFieldWrites} and {@link #forwardCall} refuse the calls
   * that cannot be split).
   */
  private boolean reversedSplit(Insn call) {
    MethodRef m = call.method();
    if (ArrayIntrinsic.of(m) != null || Types.isDifferentiableArray(Type.getReturnType(m.desc()))) return false;
    return callees.hasSplitAdjoint(m)
        || ((written.fieldWrittenAfter(call, sweep.current()) || anyObjectWrittenAfter(call)) && callees.splitOnRequest(m));
  }

  /**
   * Calls the split adjoint of {@code i}'s callee in {@code mode}: the arguments (in the reverse
   * sweep, as they were), their shadows (the same arrays in both calls), the result's adjoint (the
   * reverse only), the scalar-adjoint buffer, the workspace.
   */
  private Insn splitCall(Insn i, int mode, Type type) {
    boolean rev = mode == Companions.SPLIT_REVERSE;
    MethodRef m = i.method();
    int self = m.isStatic() ? 0 : 1;
    List<Value> scalarArgs = new ArrayList<>();
    // the same arrays and shadows in both calls
    List<Value> args = adjointArgs(i, a -> sweep.primalOf(i.arg(a + self)), rev ? sweep::need : v -> v, scalarArgs);
    Type r = Type.getReturnType(m.desc());
    Value unbounded = null;
    if (Types.isScalar(r)) {
      Value seedIn = rev && activity.isActive(i) ? adjoints.take(i) : sweep.zeroOf(r);
      if (rev && activity.isActive(i) && scalesSeed(i, r, scalarArgs)) {
        Value[] unit = unitSeed(seedIn);
        seedIn = unit[0];
        unbounded = unit[1];
      }
      args.add(seedIn);
    } else if (callees.shadows().has(r)) {
      args.add(b.add(Op.CONST, Types.NULL, null)); // the caller's adjoints are in the result's shadow already
    }
    if (!scalarArgs.isEmpty()) {
      args.add(rev ? sweep.callBuffer() : b.add(Op.CONST, Types.NULL, null));
    }
    args.add(dst.workspace);
    args.add(b.constant(Type.INT_TYPE, mode));
    String guard = rev ? null : callees.splitGuard(m);
    if (guard != null) { // the hosted code is the declaring class's: the receiver must run it
      b.add(Op.HELPER, Type.VOID_TYPE, sweep.helper("checkRuns", "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V"),
          args.get(0), b.add(Op.CONST, Type.getObjectType("java/lang/String"), guard),
          b.add(Op.CONST, Type.getObjectType("java/lang/String"), m.name()), b.add(Op.CONST, Type.getObjectType("java/lang/String"), m.desc()));
    }
    MethodRef sm = callees.splitAdjoint(m);
    if (self == 1 && sm.opcode() == Opcodes.INVOKESTATIC) {
      // hosted in static form (receiver first), perhaps from the one implementation of an interface's method: the receiver
      // and its shadow are of that class (checked by checkRuns in the forward sweep)
      Type[] params = Type.getArgumentTypes(sm.desc());
      args.set(0, castTo(args.get(0), params[0]));
      if (params.length > 1 && params[1].equals(params[0])) args.set(1, castTo(args.get(1), params[1]));
    }
    long stable = stableArgs.computeIfAbsent(i, c -> stableArguments(c) | (distinctArrays(c) ? Companions.SPLIT_DISTINCT : 0));
    if (stable != 0 && callees.hasStableSplit(m, stable)) {
      // an own callee's variant that recomputes loads from the arrays this caller never writes
      sm = new MethodRef(sm.opcode(), sm.owner(), Companions.stableSplitName(m.name(), stable), sm.desc(), sm.itf());
    }
    if (rev) sm = new MethodRef(sm.opcode(), sm.owner(), Companions.splitReverseName(sm.name()), sm.desc(), sm.itf()); // SplitCut#sweeps
    Insn call = b.add(Op.INVOKE, type, sm, args.toArray(new Value[0]));
    call.line = i.line;
    if (rev) {
      for (int s = 0; s < scalarArgs.size(); s++) {
        Value idx = b.constant(Type.INT_TYPE, s);
        Value g = b.add(Op.ALOAD, Type.DOUBLE_TYPE, null, sweep.callBuffer(), idx);
        b.add(Op.ASTORE, Type.VOID_TYPE, null, sweep.callBuffer(), idx, b.constant(Type.DOUBLE_TYPE, 0));
        adjoints.accumulate(scalarArgs.get(s), unbounded == null ? g : b.strongTimes(g, unbounded));
      }
    }
    return call;
  }

  /**
   * The arguments of the adjoint companion of call {@code i} before its seed, in the contract's
   * layout of the callee's companion ({@link Companions#signature}): the receiver and its adjoint
   * shadow, each argument ({@code argument} of its position) followed by its adjoint array (null
   * when passive) or adjoint shadow, each as {@code use} gives it. The scalar arguments whose
   * adjoints come back in the callee's scalar-adjoint array go to {@code scalarArgs}, in its order.
   */
  private List<Value> adjointArgs(Insn i, java.util.function.IntFunction<Value> argument, java.util.function.UnaryOperator<Value> use,
      List<Value> scalarArgs) {
    MethodRef m = i.method();
    Signature callee = Companions.signature(Kind.ADJOINT, m.owner(), m.isStatic(), m.desc(), callees.shadows());
    int self = m.isStatic() ? 0 : 1;
    List<Value> args = new ArrayList<>();
    if (self == 1) {
      args.add(use.apply(sweep.primalOf(i.arg(0))));
    }
    for (Param prm : callee.params) {
      switch (prm.role) {
        case RECEIVER_SHADOW:
          args.add(use.apply(sweep.shadowIn(i.arg(0))));
          break;
        case INPUT:
        case PASSIVE:
          args.add(use.apply(argument.apply(prm.primal)));
          break;
        case ADJOINT: {
          Value v = i.arg(prm.of.primal + self);
          boolean object = callees.shadows().has(Type.getType(prm.descriptor));
          args.add(object || activity.isActive(v) ? use.apply(sweep.shadowIn(v)) : b.add(Op.CONST, Types.NULL, null));
          break;
        }
        case SCALAR_ADJOINTS:
          for (Param s : prm.receives) {
            scalarArgs.add(i.arg(s.primal + self));
          }
          break;
        default: // the seed: the caller's
      }
    }
    return args;
  }

  /**
   * The array arguments of split call {@code call} that nothing writes from the call until its
   * reverse has run (bit {@code a}: argument {@code a}): the arrays a joint call would not need
   * to snapshot (this method's reverse sweep writes no primal array). Only in an adjoint that runs
   * both sweeps in one call: a split adjoint's own caller may write its arrays between them.
   */
  private long stableArguments(Insn call) {
    if (split || workspaceFree) return 0;
    long stable = 0;
    for (int a = 0; a < call.args.length && a < Long.SIZE; a++) {
      if (isPrimitiveArrayType(call.arg(a).type) && !written.needsSnapshot(call, sweep.current(), a)) stable |= 1L << a;
    }
    return stable;
  }

  /**
   * True when split call {@code call} passes two or more arrays, its callee writes one, and those
   * it writes are provably distinct from the others ({@link #argumentsDistinct}): the same arrays reach both
   * sweeps, so the callee's split adjoint may be built with distinct parameters.
   */
  private boolean distinctArrays(Insn call) {
    int arrays = 0;
    boolean writes = false;
    for (int a = 0; a < call.args.length; a++) {
      if (call.arg(a).type.getSort() != Type.ARRAY) continue;
      arrays++;
      writes |= callees.writesArgument(call.method(), a);
    }
    return arrays >= 2 && writes && !workspaceFree && argumentsDistinct(call);
  }

  /** An array (of any rank) of a primitive type: the arguments whose loads a stable split variant may recompute. */
  private static boolean isPrimitiveArrayType(Type t) {
    return t.getSort() == Type.ARRAY && t.getElementType().getSort() != Type.OBJECT;
  }

  void reverseCall(Insn i) throws NotDifferentiable {
    MethodRef m = i.method();
    ArrayIntrinsic k = ArrayIntrinsic.of(m);
    if (k != null) {
      reverseIntrinsic(i, k);
      return;
    }
    if (isSplit(i)) {
      splitCall(i, Companions.SPLIT_REVERSE, Types.stackType(Type.getReturnType(m.desc())));
      return;
    }
    int self = m.isStatic() ? 0 : 1;
    Value[] snaps = snapshots.get(i);
    List<Value> scalarArgs = new ArrayList<>();
    List<Value> args = adjointArgs(i, a -> snaps[a] != null ? snaps[a] : sweep.primalOf(i.arg(a + self)), sweep::need, scalarArgs);
    Type r = Type.getReturnType(m.desc());
    Value unbounded = null;
    if (Types.isScalar(r)) {
      Value seedIn = activity.isActive(i) ? adjoints.take(i) : sweep.zeroOf(r);
      if (activity.isActive(i) && scalesSeed(i, r, scalarArgs)) {
        Value[] unit = unitSeed(seedIn);
        seedIn = unit[0];
        unbounded = unit[1];
      }
      args.add(seedIn);
    } else if (Types.isDifferentiable(r)) {
      args.add(activity.isActive(i) ? sweep.need(sweep.shadowIn(i)) : b.add(Op.CONST, Types.NULL, null));
    }
    if (!scalarArgs.isEmpty()) {
      args.add(sweep.callBuffer());
    }
    MethodRef am;
    if (workspaceFree) {
      String adjointName = callees.hasDistinctVariant(m) && argumentsDistinct(i)
          ? Companions.distinctAdjointName(m.name()) : Companions.adjointName(m.name());
      am = callees.companion(m, adjointName, Companions.adjointDesc(m.owner(), m.isStatic(), m.desc(), callees.shadows()));
    } else if (callees.hasAdjointBody(m)) {
      // A companion of this class that no subclass overrides: its private body, on this
      // gradient's workspace.
      args.add(dst.workspace);
      String body = callees.hasDistinctVariant(m) && argumentsDistinct(i)
          ? Companions.distinctAdjointName(m.name()) : Companions.adjointBodyName(m.name());
      am = new MethodRef(m.isStatic() ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, m.owner(), body,
          Companions.adjointBodyDesc(m.owner(), m.isStatic(), m.desc(), callees.shadows()), m.itf());
    } else {
      am = callees.companion(m, Companions.adjointName(m.name()), Companions.adjointDesc(m.owner(), m.isStatic(), m.desc(), callees.shadows()));
    }
    Value rows = followedRows.get(i);
    if (rows != null) {
      b.add(Op.HELPER, Type.VOID_TYPE, sweep.helper("unfollowRows", "([Ljava/lang/Object;)V"), sweep.need(rows));
    }
    Insn call = b.add(Op.INVOKE, Types.stackType(r), am, args.toArray(new Value[0]));
    call.line = i.line;
    for (int s = 0; s < scalarArgs.size(); s++) {
      Value idx = b.constant(Type.INT_TYPE, s);
      Value g = b.add(Op.ALOAD, Type.DOUBLE_TYPE, null, sweep.callBuffer(), idx);
      b.add(Op.ASTORE, Type.VOID_TYPE, null, sweep.callBuffer(), idx, b.constant(Type.DOUBLE_TYPE, 0));
      adjoints.accumulate(scalarArgs.get(s), unbounded == null ? g : b.strongTimes(g, unbounded));
    }
  }

  /**
   * True when call {@code i}'s seed may be infinite (downstream of {@code sqrt} at 0...: {@link
   * NonFiniteAdjoints}) and all the callee gives back are scalar adjoints: the callee is then run
   * with a unit seed ({@link #unitSeed}), since inside it an infinite seed meets its zero partials
   * as {@code ∞·0 = NaN} ({@code sqrt(f(x, y))}, {@code f = x·y} at {@code x = 0}: {@code ∂/∂y}).
   * Its adjoint is linear in the seed, so scaling what it returns back gives the same numbers,
   * with the strong zero on the partial that the caller's own products get.
   */
  private boolean scalesSeed(Insn i, Type r, List<Value> scalarArgs) {
    if (r.getSort() != Type.DOUBLE || scalarArgs.isEmpty() || !nonFinite.contains(i)) return false;
    for (Value a : i.args) {
      if (Types.isReference(a.type) && activity.isActive(a)) return false; // adjoints added into shadows: not scaled
    }
    return true;
  }

  /** For seed {@code s}: the seed to call with ({@code ±1} when {@code s} is infinite) and the factor back ({@code ∞}, else 1). */
  private Value[] unitSeed(Value s) {
    Value magnitude = b.math("abs", "(D)D", s);
    Value max = b.constant(Type.DOUBLE_TYPE, Double.MAX_VALUE);
    Value one = b.constant(Type.DOUBLE_TYPE, 1);
    Value factor = b.select(magnitude, Cond.GT, max, b.constant(Type.DOUBLE_TYPE, Double.POSITIVE_INFINITY), one);
    Value unit = b.select(magnitude, Cond.GT, max, b.math("copySign", "(DD)D", one, s), s);
    return new Value[] {unit, factor};
  }

  /**
   * True when no array argument that the callee writes can be the same array as another argument
   * of {@code call}. Arrays the callee only reads may alias each other freely: with no write
   * between them, loading from one or the other gives the same values.
   */
  boolean argumentsDistinct(Insn call) {
    MethodRef m = call.method();
    for (int a = 0; a < call.args.length; a++) {
      if (!Types.isReference(call.arg(a).type) || !callees.writesArgument(m, a)) continue;
      for (int o = 0; o < call.args.length; o++) {
        if (o != a && Types.isReference(call.arg(o).type) && written.mayAlias(call.arg(a), call.arg(o))) {
          return false;
        }
      }
    }
    return true;
  }

  static String addName(Type arrayType) {
    return arrayType.getElementType().getSort() == Type.FLOAT ? "addF" : "addD";
  }

  static String addDesc(Type arrayType) {
    String a = arrayType.getElementType().getSort() == Type.FLOAT ? "[F" : "[D";
    return "(" + a + "I" + a + "II)V";
  }

  /**
   * {@code Arrays.sort} of an active array ({@link ArrayIntrinsic}): the copied helper sorts as the
   * JDK does and returns the permutation it applied (a new {@code int[]} per call: the sort's tape
   * entry), which the reverse sweep reads back to move the adjoints to where their values came from.
   */
  private void forwardSort(Insn i, ArrayIntrinsic k) {
    Value a = sweep.primalOf(i.arg(0));
    Value from = k == ArrayIntrinsic.SORT ? b.constant(Type.INT_TYPE, 0) : sweep.primalOf(i.arg(1));
    Value to = k == ArrayIntrinsic.SORT ? b.add(Op.ALENGTH, Type.INT_TYPE, null, a) : sweep.primalOf(i.arg(2));
    Insn perm = b.add(Op.HELPER, ArrayIntrinsic.PERMUTATION, ArrayIntrinsic.sortHelper("sortPerm", a.type, src.owner, src.ownerIsInterface), a, from, to);
    perm.line = i.line;
    perm.origin = i.origin;
    sweep.homeHere(perm);
    permutations.put(i, perm);
  }

  private void reverseSort(Insn i, ArrayIntrinsic k) {
    Value arr = i.arg(0);
    Value from = k == ArrayIntrinsic.SORT ? b.constant(Type.INT_TYPE, 0) : sweep.need(sweep.primalOf(i.arg(1)));
    b.add(Op.HELPER, Type.VOID_TYPE, ArrayIntrinsic.sortHelper("unpermute", arr.type, src.owner, src.ownerIsInterface),
        sweep.need(sweep.shadowIn(arr)), from, sweep.need(permutations.get(i)));
  }

  private void reverseIntrinsic(Insn i, ArrayIntrinsic k) {
    Value arr = i.arg(0);
    if (k.isSort()) {
      reverseSort(i, k);
      return;
    }
    if (k == ArrayIntrinsic.FILL || k == ArrayIntrinsic.FILL_RANGE) {
      Value sh = sweep.need(sweep.shadowIn(arr));
      boolean f = arr.type.getElementType().getSort() == Type.FLOAT;
      Value from = k == ArrayIntrinsic.FILL ? b.constant(Type.INT_TYPE, 0) : sweep.need(sweep.primalOf(i.arg(1)));
      Value to = k == ArrayIntrinsic.FILL ? b.add(Op.ALENGTH, Type.INT_TYPE, null, sh) : sweep.need(sweep.primalOf(i.arg(2)));
      String t = f ? "[F" : "[D";
      Value s = b.add(Op.HELPER, f ? Type.FLOAT_TYPE : Type.DOUBLE_TYPE, sweep.helper(f ? "drainF" : "drainD", "(" + t + "II)" + (f ? "F" : "D")), sh, from, to);
      adjoints.accumulate(i.arg(k == ArrayIntrinsic.FILL ? 1 : 3), s);
      return;
    }
    if (k == ArrayIntrinsic.ARRAYCOPY) {
      Value dstArr = i.arg(2);
      if (!AdjointBuilder.isPrimitiveArray(dstArr) || !activity.isActive(dstArr)) {
        return;
      }
      boolean f = dstArr.type.getElementType().getSort() == Type.FLOAT;
      String t = f ? "[F" : "[D";
      Value srcBar = activity.isActive(arr) ? sweep.need(sweep.shadowIn(arr)) : b.add(Op.CONST, Types.NULL, null);
      b.add(Op.HELPER, Type.VOID_TYPE, sweep.helper(f ? "arraycopyF" : "arraycopyD", "(" + t + "I" + t + "II)V"),
          castTo(srcBar, dstArr.type), sweep.need(sweep.primalOf(i.arg(1))), sweep.need(sweep.shadowIn(dstArr)), sweep.need(sweep.primalOf(i.arg(3))), sweep.need(sweep.primalOf(i.arg(4))));
      return;
    }
    if (!AdjointBuilder.isPrimitiveArray(arr) || !activity.isActive(i)) {
      return;
    }
    Value from = k == ArrayIntrinsic.COPY_OF_RANGE ? sweep.need(sweep.primalOf(i.arg(1))) : b.constant(Type.INT_TYPE, 0);
    Value sa = sweep.need(sweep.shadowIn(arr));
    Value sc = castTo(sweep.need(sweep.shadowIn(i)), arr.type);
    Value end = k == ArrayIntrinsic.COPY_OF_RANGE ? sweep.need(sweep.primalOf(i.arg(2))) : b.add(Op.ALENGTH, Type.INT_TYPE, null, sc);
    Value len = b.minus(b.math("min", "(II)I", end, b.add(Op.ALENGTH, Type.INT_TYPE, null, sa)), from);
    b.add(Op.HELPER, Type.VOID_TYPE, sweep.helper(addName(arr.type), addDesc(arr.type)), sa, from, sc, b.constant(Type.INT_TYPE, 0), len);
  }

  private Value castTo(Value v, Type t) {
    return v.type.equals(t) || v.type.equals(Types.NULL) ? v : b.add(Op.CHECKCAST, t, t, v);
  }
}
