package dev.leibniz.core.reverse;

import dev.leibniz.contract.CompanionContract.Kind;
import dev.leibniz.contract.CompanionContract.Param;
import dev.leibniz.contract.CompanionContract.Signature;
import dev.leibniz.core.Companions;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.ArrayIntrinsic;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.Cycles;
import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.analysis.NonFiniteTangents;
import dev.leibniz.core.analysis.ParamWrites;
import dev.leibniz.core.analysis.SingularCones;
import dev.leibniz.core.forward.Sweep;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Builder;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import dev.leibniz.core.rules.DerivativeRule;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reverse mode as an IR → IR transformation, by basic-block reversal (Tapenade's scheme; docs/architecture.md,
 * "Reverse mode"). The forward sweep is the primal copy of {@link Sweep}; on each edge into a block with
 * several predecessors it records which one was taken (an int tape inside cycles, a local
 * outside), and at the end of each block it pushes the values that the block's reverse needs and
 * that a later iteration could overwrite (a value and its use in one cycle: {@link Cycles}).
 * Everything else stays in its local. The reverse sweep visits the blocks backwards: each reversed
 * block pops its values, runs its statements backwards accumulating adjoints into mutable {@link
 * Var}s (zeroed once propagated), then routes its phis' adjoints to the predecessor actually taken
 * and continues there. Adjoints of arrays live in shadow arrays that follow the primal references.
 */
public final class AdjointBuilder extends Sweep {
  private final Cycles cycles;
  private final Dominators dominators;
  private final Map<Value, Var> adjoints = new HashMap<>();
  private final Map<Block, Block> reverse = new HashMap<>();
  private final Map<Block, List<Value>> pushes = new HashMap<>();
  private final Map<Block, Map<Value, Value>> popped = new HashMap<>();
  private final Map<Block, Var> cameFrom = new HashMap<>();
  private final Map<Block, LoopCounter> counters = new HashMap<>();

  /**
   * A loop header entered once from outside and otherwise through one back edge: instead of one
   * tape entry per iteration, the forward sweep counts iterations in a local, and the reverse
   * sweep counts down. A loop that is itself re-entered (nested) saves the count of the previous
   * activation on the tape, once per activation. The counter is a {@code long}: a loop with a
   * {@code long} counter (or a {@code while} loop) can run more than 2^31 - 1 times, and an
   * {@code int} counter would wrap and reverse the wrong number of iterations, silently; except in
   * a counted loop ({@link CountedLoops}: fewer than 2^32 trips), where it is an {@code int}
   * tested with {@code !=}, so that HotSpot compiles the reversed loop as a counted loop.
   */
  private static final class LoopCounter {
    final Var count;
    final int entry;
    final int latch;
    final boolean reentered;

    LoopCounter(Var count, int entry, int latch, boolean reentered) {
      this.count = count;
      this.entry = entry;
      this.latch = latch;
      this.reentered = reentered;
    }
  }
  private final Map<Block, Block[]> edges = new HashMap<>();
  private final Map<Insn, Value[]> snapshots = new HashMap<>();
  /** Per call, whether it is reversed split ({@link #isSplit}). */
  private final Map<Insn, Boolean> splitCalls = new HashMap<>();
  private final List<Insn> scalarParams = new ArrayList<>();
  private final WrittenArrays written;
  private final Set<Value> blockLocal;
  private final IncrementStores increments;
  /** The values whose adjoint may be infinite: their zero partials get a strong zero. */
  private final NonFiniteAdjoints nonFinite;
  /** Where a zero adjoint meets a singular source's infinite partial with the strong zero. */
  private final SingularCones cones;
  /** Per singular source whose adjoint may be a zero of its own values ({@link #guarded}): 1 once a use accumulated into it. */
  private final Map<Value, Var> accumulated = new HashMap<>();
  private final Map<Value, Boolean> guarded = new HashMap<>();
  /** Per loop header: the forward edge block that enters the loop, and per block its pushes (for {@link TapeReservations}). */
  private final Map<Block, Block> entryEdges = new HashMap<>();
  private final Map<Block, Insn> blockPushes = new HashMap<>();
  private final Map<Value, Value> localAdjoints = new HashMap<>();
  private Var result;
  private Value seed;
  private Value gradOut;
  private Value callBuffer;
  private Block reversing;

  /** Building a split adjoint ({@link #buildSplit}): its forward and reverse sweeps run in two calls. */
  private final boolean split;
  /**
   * A split adjoint's stable arguments (bit {@code a}: argument {@code a}, receiver first): arrays
   * its caller proves nothing writes between the forward and the reverse call, so loads from them
   * are recomputed like loads from unwritten arrays ({@link Companions#stableSplitName}).
   */
  private final long stableParams;
  /** Per split call of this method's forward sweep: the stable-argument mask its callee is called with. */
  private final Map<Insn, Long> stableArgs = new HashMap<>();
  private final Loops loops;
  private final ScopedArrays scopedArrays;
  /** Per loop exit block: the loop invariants recorded there, each with the variable it is read into. */
  private final Map<Block, Map<Value, Var>> invariants = new HashMap<>();
  /** Per block with one predecessor: the block that ends its reverse. */
  private final Map<Block, Block> exitReverseEnd = new HashMap<>();
  /** Split: the forward sweep's return points (blocks ending where the reverse sweep would begin). */
  private final List<Block> exits = new ArrayList<>();
  private final List<Block> exitReverses = new ArrayList<>();
  private final List<Value> exitResults = new ArrayList<>();
  /** Split, object result: per return, the adjoint shadow of the object returned (pushed last). */
  private final List<Value> exitShadows = new ArrayList<>();
  /** Split: merges recorded by a variable, with the route of each edge in the reverse (PathRecords). */
  private final List<PathRecords.Merge> merges = new ArrayList<>();
  private Insn mode;
  /**
   * Per loop header with a trip counter: the loop-invariant reads ({@link #findInvariantReads})
   * whose adjoints the loop's reverse sums in a local, added to the array's adjoint once when it
   * leaves the loop, instead of a load and a store of the adjoint's cell per iteration.
   */
  private final Map<Block, List<Insn>> invariantReads = new HashMap<>();
  private final Map<Insn, Var> readAdjoints = new HashMap<>();
  /** How each forward value reaches the reverse sweep (printable; see {@link TapePlan}). */
  private final TapePlan plan = new TapePlan();
  /** Values already reported as kept in a local, per reversed block. */
  private final Map<Block, Set<Value>> reported = new HashMap<>();
  /** No tape workspace ({@link #buildWorkspaceFree}): tapes of its own, callees' contract adjoints. */
  private final boolean workspaceFree;

  private AdjointBuilder(Graph src, Activity activity, Callees callees, String name, boolean distinctParams, boolean split,
      boolean workspaceFree) {
    this(src, activity, callees, name, distinctParams, split, workspaceFree, 0);
  }

  private AdjointBuilder(Graph src, Activity activity, Callees callees, String name, boolean distinctParams, boolean split,
      boolean workspaceFree, long stableParams) {
    super(src, activity, callees, name, split ? Companions.splitBodyDesc(src.owner, src.isStatic(), src.desc, callees.shadows())
        : workspaceFree ? Companions.adjointDesc(src.owner, src.isStatic(), src.desc, callees.shadows())
        : Companions.adjointBodyDesc(src.owner, src.isStatic(), src.desc, callees.shadows()));
    this.split = split;
    this.stableParams = stableParams;
    this.workspaceFree = workspaceFree;
    this.cycles = new Cycles(src);
    this.dominators = new Dominators(src);
    this.loops = new Loops(src, dominators);
    this.scopedArrays = new ScopedArrays(src, callees);
    this.written = new WrittenArrays(src, activity, callees, distinctParams);
    this.blockLocal = blockLocal(src, activity);
    this.increments = new IncrementStores(src, activity);
    this.nonFinite = new NonFiniteAdjoints(src, callees);
    this.cones = new SingularCones(src, callees);
  }

  /**
   * The adjoint body of {@code src}, named {@code name} ({@code m$adjoint$body}): the adjoint's
   * parameters, then the tape workspace ({@link Companions#adjointBodyDesc}).
   */
  public static Graph build(Graph src, Activity activity, Callees callees, String name) throws NotDifferentiable {
    return build(src, activity, callees, name, false);
  }

  /**
   * With {@code distinctParams}, the adjoint may assume that each array parameter it writes is
   * distinct from its other array parameters (not one array passed twice): loads from parameters
   * it does not write are then recomputed rather than taped. Callers use that variant only where
   * they can prove it ({@link #argumentsDistinct}).
   */
  public static Graph build(Graph src, Activity activity, Callees callees, String name, boolean distinctParams)
      throws NotDifferentiable {
    AdjointBuilder a = new AdjointBuilder(src, activity, callees, name, distinctParams, false, false);
    return a.runReporting();
  }

  /** Runs the builder; an object without a shadow becomes its located diagnostic. */
  private Graph runReporting() throws NotDifferentiable {
    try {
      run();
    } catch (MissingShadow e) {
      throw e.diagnostic();
    }
    return dst;
  }

  /**
   * The adjoint of {@code src} as one method with the contract's descriptor and no workspace: its
   * tapes are its own (allocated per call), it calls its callees' contract adjoints ({@code h$adjoint},
   * or their distinct variants) and reverses every call jointly. Second order differentiates this
   * form (forward over reverse), where tapes must be ordinary arrays of the method.
   */
  public static Graph buildWorkspaceFree(Graph src, Activity activity, Callees callees, String name, boolean distinctParams)
      throws NotDifferentiable {
    AdjointBuilder a = new AdjointBuilder(src, activity, callees, name, distinctParams, false, true);
    return a.runReporting();
  }

  /**
   * The split adjoint of {@code src} ({@code m$adjoint$split}, {@link Companions#splitBodyDesc}):
   * called with mode 1 from a caller's forward sweep it runs its own forward sweep, leaves on the
   * workspace what its reverse sweep reads, and returns the primal result; called with mode 2 from
   * the caller's reverse sweep (the same arguments) it runs its reverse sweep. The callee's primal
   * runs once. What happens between the two calls may change any array, so its reverse sweep
   * recomputes no load from an array: such values are recorded.
   */
  public static Graph buildSplit(Graph src, Activity activity, Callees callees, String name) throws NotDifferentiable {
    return buildSplit(src, activity, callees, name, 0);
  }

  /**
   * {@link #buildSplit} for a caller that proves the arrays of the arguments in {@code stable} (bit
   * {@code a}: argument {@code a}, receiver first) unchanged from the forward call until the
   * reverse call has run: loads from them are recomputed in the reverse sweep, not recorded.
   */
  public static Graph buildSplit(Graph src, Activity activity, Callees callees, String name, long stable)
      throws NotDifferentiable {
    boolean distinct = (stable & Companions.SPLIT_DISTINCT) != 0; // the caller proved argumentsDistinct
    AdjointBuilder a = new AdjointBuilder(src, activity, callees, name, distinct, true, false, stable & ~Companions.SPLIT_DISTINCT);
    return a.runReporting();
  }

  private void run() throws NotDifferentiable {
    List<Block> order = order();
    for (Block blk : order) {
      blocks.put(blk, blk == src.entry() && !split ? dst.entry() : dst.newBlock());
    }
    for (Block blk : order) {
      if (blk.preds.size() > 1) {
        Block[] es = new Block[blk.preds.size()];
        for (int k = 0; k < es.length; k++) es[k] = dst.newBlock();
        edges.put(blk, es);
        if (!cycles.inCycle(blk)) {
          cameFrom.put(blk, dst.newVar(Type.INT_TYPE, "from"));
        } else if (blk.preds.size() == 2) {
          boolean back0 = dominators.dominates(blk, blk.preds.get(0));
          boolean back1 = dominators.dominates(blk, blk.preds.get(1));
          if (back0 != back1) {
            int latch = back0 ? 0 : 1;
            Block outside = blk.preds.get(1 - latch);
            boolean counted = CountedLoops.isCounted(blk, latch, loops);
            Type count = counted ? Type.INT_TYPE : Type.LONG_TYPE;
            plan.counter(blk, counted);
            counters.put(blk, new LoopCounter(dst.newVar(count, "trips"), 1 - latch, latch, cycles.inCycle(outside)));
          }
        }
      }
    }
    for (Block blk : order) {
      if (blk.terminator.op != Op.THROW) {
        reverse.put(blk, dst.newBlock());
      }
    }
    Type r = Type.getReturnType(src.desc);
    if (r.getSort() != Type.VOID) {
      result = dst.newVar(r, "result");
    }
    for (Block blk : order) {
      forward(blk);
    }
    for (Block blk : order) {
      edgeBlocks(blk);
    }
    findInvariantReads();
    for (Block blk : order) {
      if (reverse.containsKey(blk)) {
        reverseBlock(blk);
      }
    }
    reserveTapes();
    recordInvariants();
    dst.tapePlan = plan.print();
    if (split) {
      if (exits.isEmpty()) {
        throw new NotDifferentiable(-1, "", "internal: a split adjoint needs a return");
      }
      SplitCut.cut(dst, blocks.get(src.entry()), mode, exits, exitResults, exitShadows, exitReverses, merges);
    }
  }

  // ---------------------------------------------------------------- forward sweep

  private void forward(Block blk) throws NotDifferentiable {
    current = blk;
    Block to = blocks.get(blk);
    b.at(to);
    for (Phi ph : blk.phis) {
      define(ph, dst.newPhi(to, ph.type));
    }
    shadowPhis(blk, to);
    if (blk == src.entry() && src.params.isEmpty()) {
      params();
    }
    for (Insn i : blk.insns) {
      forwardInsn(i);
    }
    Insn t = blk.terminator;
    Block[] targets = new Block[t.targets.length];
    Map<Block, Integer> seen = new HashMap<>();
    for (int k = 0; k < targets.length; k++) {
      Block s = t.targets[k];
      if (s.preds.size() > 1) {
        int occurrence = seen.merge(s, 1, Integer::sum) - 1;
        targets[k] = edges.get(s)[indexOfPred(s, blk, occurrence)];
      } else {
        targets[k] = blocks.get(s);
      }
    }
    Value[] args = new Value[t.args.length];
    for (int k = 0; k < args.length; k++) args[k] = p(t.args[k]);
    if (t.op == Op.RETURN) {
      if (result != null) {
        b.write(result, args[0]);
      }
      if (split) {
        exits.add(b.block());
        exitResults.add(args.length > 0 ? args[0] : null);
        // an object result: its adjoint shadow goes to the caller on the tape, above the frame
        exitShadows.add(args.length > 0 && callees.shadows().has(t.arg(0).type)
            ? (activity.isActive(t.arg(0)) ? shadowOf(t.arg(0)) : b.add(Op.CONST, Types.NULL, null)) : null);
        exitReverses.add(reverse.get(blk));
        return;
      }
      b.jump(reverse.get(blk));
    } else {
      Insn c = b.terminate(t.op, t.attr, targets, args);
      c.line = t.line;
    }
  }

  private static int indexOfPred(Block s, Block pred, int occurrence) {
    int seen = 0;
    for (int k = 0; k < s.preds.size(); k++) {
      if (s.preds.get(k) == pred && seen++ == occurrence) return k;
    }
    throw new IllegalStateException("no edge " + pred + " -> " + s);
  }

  /**
   * The parameters in the contract's layout ({@link Companions#signature}; objects' adjoint shadows
   * as README "Objects" says), then the workspace and a split adjoint's mode.
   */
  private void params() {
    boolean receiverShadow = Companions.receiverShadow(src.owner, src.isStatic(), callees.shadows());
    Signature layout = Companions.signature(Kind.ADJOINT, src.owner, src.isStatic(), src.desc, callees.shadows());
    int self = src.isStatic() ? 0 : 1;
    List<Insn[]> sinks = new ArrayList<>();
    List<Insn> objects = contractParams(layout, (role, prm, param) -> {
      switch (role.role) {
        case ADJOINT: // of a differentiable array
          givenArrays.put(prm, param);
          if (prm.type.equals(DOUBLES) && !written.isWritten(prm) && !workspaceFree) {
            sinks.add(new Insn[] {prm, (Insn) p(prm), param});
          } else {
            defineShadow(prm, b.add(Op.SHADOW, prm.type, null, p(prm), param));
          }
          break;
        case SEED:
          seed = param;
          break;
        default: // the scalar adjoints, in the order of the scalar parameters it receives
          gradOut = param;
          for (Param s : role.receives) {
            scalarParams.add(src.params.get(s.primal + self));
          }
      }
    });
    checkShadows(objects, receiverShadow);
    Insn ws = null;
    if (!workspaceFree) {
      ws = b.add(Op.PARAM, Type.getType(Companions.WORKSPACE), dst.params.size());
      dst.params.add(ws);
      dst.workspace = ws;
    }
    if (split) {
      mode = b.add(Op.PARAM, Type.INT_TYPE, dst.params.size());
      dst.params.add(mode);
    }
    for (Insn[] s : sinks) {
      // An array that nothing writes has an adjoint that is only accumulated into, never read: a
      // null adjoint (passive) gets the workspace's reusable sink instead of a fresh zero array.
      defineShadow(s[0], b.add(Op.HELPER, DOUBLES, helper("sink", "([D[D" + Companions.WORKSPACE + ")[D"), s[2], s[1], ws));
    }
    int buffer = written.maxCalleeScalars();
    if (buffer > 0 && workspaceFree) {
      callBuffer = b.add(Op.NEWARRAY, Type.getType(double[].class), null, b.constant(Type.INT_TYPE, buffer));
      home.put(callBuffer, current);
    } else if (buffer > 0) {
      callBuffer = b.add(Op.HELPER, Type.getType(double[].class), helper("buffer", "(" + Companions.WORKSPACE + "I)[D"),
          ws, b.constant(Type.INT_TYPE, buffer));
      home.put(callBuffer, current);
    }
  }

  private void forwardInsn(Insn i) throws NotDifferentiable {
    if (i.op == Op.PARAM) {
      if (i == src.params.get(0)) params();
      return;
    }
    if (i.op == Op.INVOKE && i.attr instanceof MethodRef && anyActive(activity, i) && !activity.isPassiveCall(i)) {
      forwardCall(i);
      return;
    }
    if (i.op == Op.NEWARRAY && !workspaceFree && scopedArrays.scoped(i)) {
      workspaceArray(i);
      return;
    }
    if (copyFieldOp(i) || copyArrayOp(i)) {
      return;
    }
    copy(i);
  }

  /** {@code new double[n]} that stays inside the gradient ({@link ScopedArrays}): it and its shadow from the workspace. */
  private void workspaceArray(Insn i) {
    MethodRef take = helper("newD", "(" + Companions.WORKSPACE + "I)[D");
    Insn c = b.add(Op.HELPER, i.type, take, dst.workspace, p(i.arg(0)));
    c.line = i.line;
    c.origin = i.origin;
    define(i, c);
    if (activity.isActive(i)) {
      defineShadow(i, b.add(Op.HELPER, i.type, take, dst.workspace, p(i.arg(0))));
    }
  }

  private void forwardCall(Insn i) throws NotDifferentiable {
    MethodRef m = i.method();
    ArrayIntrinsic k = ArrayIntrinsic.of(m);
    if (isSplit(i)) {
      Insn call = splitCall(i, Companions.SPLIT_FORWARD, i.type);
      call.origin = i.origin;
      if (call.hasResult()) define(i, call);
      if (callees.shadows().has(i.type)) {
        // the callee's forward left the returned object's adjoint shadow on top of the tape
        Insn sh = b.add(Op.TAPE_POP, i.type, null);
        home.put(sh, current);
        if (activity.isActive(i)) defineShadow(i, sh);
      }
      return;
    }
    if (k == null) {
      refuseFieldWrites(i, m);
      Type[] types = Type.getArgumentTypes(m.desc());
      int self = m.isStatic() ? 0 : 1;
      Value[] snaps = new Value[types.length];
      for (int a = 0; a < i.args.length; a++) {
        if (callees.shadows().has(i.arg(a).type) && activity.isActive(i.arg(a)) && written.needsSnapshot(i, current, a)) {
          throw new dev.leibniz.core.ObjectRefusals.NotYet(i.line, dev.leibniz.core.lift.InsnText.of(i.origin), "an object with a shadow passed to "
              + m.owner().replace('/', '.') + "." + m.name() + " is written after the call, and in reverse mode the callee's"
              + " adjoint runs on the objects' state at that time (objects are not snapshotted); make the callee (or its"
              + " class) final so that it is reversed in split mode, move the writes into the callee, or use the tangent");
        }
      }
      for (int a = 0; a < types.length; a++) {
        Value v = i.arg(a + self);
        // Any array, passive ones too: a callee that counts in an int[] (or in an int[] held in an
        // Object[]) must count from the same state when its adjoint runs it again in the reverse sweep.
        if (isSnapshotted(types[a]) && written.needsSnapshot(i, current, a + self)) {
          snaps[a] = b.add(Op.CHECKCAST, types[a], types[a], snapshot(i, a, self, snaps));
          home.put(snaps[a], current);
        }
      }
      snapshots.put(i, snaps);
      copy(i);
      Type r = Type.getReturnType(m.desc());
      if (Types.isDifferentiableArray(r) && activity.isActive(i)) {
        defineShadow(i, b.add(Op.SHADOW, i.type, null, p(i), b.add(Op.CONST, Types.NULL, null)));
      }
      return;
    }
    Insn c = copy(i);
    boolean primitive = isPrimitiveArray(i.arg(0));
    switch (k) {
      case CLONE:
        if (primitive) {
          defineShadow(i, b.add(Op.SHADOW, i.type, null, c, b.add(Op.CONST, Types.NULL, null)));
        } else {
          defineShadow(i, b.add(Op.INVOKE, i.type, i.attr, shadowOf(i.arg(0))));
        }
        break;
      case COPY_OF: case COPY_OF_RANGE:
        if (primitive) {
          defineShadow(i, b.add(Op.SHADOW, i.type, null, c, b.add(Op.CONST, Types.NULL, null)));
        } else {
          Value[] a = c.args.clone();
          a[0] = shadowOf(i.arg(0));
          defineShadow(i, b.add(Op.INVOKE, i.type, i.attr, a));
        }
        break;
      case ARRAYCOPY:
        if (!isPrimitiveArray(i.arg(2)) && activity.isActive(i.arg(2))) {
          b.add(Op.INVOKE, Type.VOID_TYPE, i.attr, shadowOf(i.arg(0)), c.args[1], shadowOf(i.arg(2)), c.args[3], c.args[4]);
        }
        break;
      default:
    }
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
    if (!callees.writesArgument(m, ParamWrites.UNKNOWN) && written.fieldWrittenAfter(i, current)) {
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
    Value v = p(call.arg(a + self));
    List<Value> peers = new ArrayList<>();
    for (int e = a - 1; e >= 0 && peers.size() < 2 * SNAPSHOT_PEERS; e--) {
      if (snaps[e] != null && written.mayAlias(call.arg(e + self), call.arg(a + self))) {
        peers.add(p(call.arg(e + self)));
        peers.add(snaps[e]);
      }
    }
    if (peers.isEmpty()) {
      return b.add(Op.HELPER, Types.OBJECT, helper("snapshot", "(Ljava/lang/Object;)Ljava/lang/Object;"), v);
    }
    while (peers.size() < 2 * SNAPSHOT_PEERS) {
      peers.add(b.add(Op.CONST, Types.NULL, null));
    }
    peers.add(0, v);
    return b.add(Op.HELPER, Types.OBJECT, helper("snapshotAs",
        "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)Ljava/lang/Object;"),
        peers.toArray(new Value[0]));
  }

  private static final Type DOUBLES = Type.getType(double[].class);

  private static boolean isPrimitiveArray(Value v) {
    return v.type.getSort() == Type.ARRAY && v.type.getDimensions() == 1;
  }

  private MethodRef helper(String name, String desc) {
    return new MethodRef(Opcodes.INVOKESTATIC, src.owner, Companions.HELPER_PREFIX + name, desc, src.ownerIsInterface);
  }

  /** Edge blocks into {@code blk}: record the predecessor index, then enter the block. */
  private void edgeBlocks(Block blk) {
    Block[] es = edges.get(blk);
    if (es == null) {
      return;
    }
    Block to = blocks.get(blk);
    for (int k = 0; k < es.length; k++) {
      b.at(es[k]);
      Value idx = b.constant(Type.INT_TYPE, k);
      LoopCounter loop = counters.get(blk);
      if (loop != null && k == loop.latch) {
        b.write(loop.count, b.plus(b.read(loop.count), b.constant(loop.count.type, 1)));
      } else if (loop != null) {
        entryEdges.put(blk, es[k]);
        if (loop.reentered) {
          b.add(Op.TAPE_PUSH, Type.VOID_TYPE, null, b.read(loop.count));
        }
        b.write(loop.count, b.constant(loop.count.type, 0));
      } else if (cameFrom.containsKey(blk)) {
        b.write(cameFrom.get(blk), idx);
      } else {
        b.add(Op.TAPE_PUSH, Type.VOID_TYPE, null, idx);
      }
      b.jump(to);
    }
    to.preds.clear();
    for (Block e : es) to.preds.add(e);
    for (Phi ph : blk.phis) {
      Phi c = (Phi) primal.get(ph);
      Phi s = shadow.containsKey(ph) ? (Phi) shadow.get(ph) : null;
      for (int k = 0; k < es.length; k++) {
        Value in = ph.inputs.get(k);
        b.at(es[k]);
        current = blk.preds.get(k);
        c.inputs.add(p(in));
        if (s != null) {
          s.inputs.add(shadow.containsKey(in) ? shadow.get(in) : b.add(Op.CONST, Types.NULL, null));
        }
      }
    }
  }

  // ---------------------------------------------------------------- reverse sweep

  /**
   * A forward value for use in the reverse of {@link #reversing}. Values that no later iteration
   * can overwrite are read from their locals; cheap ones that can (integer index arithmetic, loads
   * from arrays this method never writes, arithmetic with a constant) are recomputed from their own
   * operands; the rest are taped at the end of the block's forward sweep and popped here.
   */
  private Value need(Value v) {
    return need(v, 0);
  }

  private static final int RECOMPUTE_DEPTH = 6;

  private Value need(Value v, int depth) {
    if (v instanceof Insn && ((Insn) v).op == Op.CONST) {
      return v;
    }
    Block h = home.get(v);
    if (h == null || !cycles.sameCycle(h, reversing)) {
      if (depth == 0 && reported.computeIfAbsent(reversing, x -> new HashSet<>()).add(v)) plan.add(source.get(v), v, reversing, TapePlan.How.LOCAL);
      return v;
    }
    Map<Value, Value> mine = popped.computeIfAbsent(reversing, x -> new HashMap<>());
    Value got = mine.get(v);
    if (got != null) {
      return got;
    }
    TapePlan.How how;
    Value induction = depth < RECOMPUTE_DEPTH ? induction(v, depth) : null;
    if (induction != null) {
      got = induction;
      how = TapePlan.How.INDUCTION;
    } else if (depth < RECOMPUTE_DEPTH && recomputable(v)) {
      how = TapePlan.How.RECOMPUTED;
      Insn i = (Insn) v;
      Value[] args = new Value[i.args.length];
      for (int k = 0; k < args.length; k++) {
        args[k] = need(i.args[k], depth + 1);
      }
      got = b.add(i.op, i.type, i.attr, args);
    } else if (invariantExit(v) != null) {
      Block exit = invariantExit(v);
      Var inv = invariants.computeIfAbsent(exit, x -> new java.util.LinkedHashMap<>())
          .computeIfAbsent(v, x -> dst.newVar(x.type, "invariant"));
      got = b.read(inv);
      how = TapePlan.How.ONCE_PER_LOOP_RUN;
    } else {
      pushes.computeIfAbsent(reversing, x -> new ArrayList<>()).add(v);
      Insn pop = dst.newInsn(Op.TAPE_POP, v.type, null);
      reverse.get(reversing).insns.add(0, pop);
      got = pop;
      how = TapePlan.How.TAPED;
    }
    if (depth == 0 || how != TapePlan.How.RECOMPUTED) plan.add(source.get(v), v, reversing, how);
    mine.put(v, got);
    return got;
  }

  /**
   * For a value defined outside the innermost loop around {@link #reversing} (but on a cycle with
   * it): that loop's sole exit block, where the value is recorded once per run of the loop (the
   * reverse sweep reads it into a variable there, before it reverses the loop's iterations); null
   * when the loop has several exits or none of this kind.
   */
  private Block invariantExit(Value v) {
    int loop = loops.innermost(reversing);
    Block h = home.get(v);
    if (loop < 0 || h == null) return null;
    boolean outside = !loops.contains(loop, h) && dominators.dominates(h, loops.header(loop));
    if (!outside && !invariantReadOf(v, loop)) return null;
    Block exit = loops.soleExit(loop);
    return exit != null && reverse.containsKey(exit) ? exit : null;
  }

  /**
   * True when {@code v} is an invariant read of {@code loop} ({@link #findInvariantReads}): the same
   * value in every trip of a run of the loop, so recorded once per run like a value defined outside
   * it (its local holds the last trip's load at the exit; a run of no trip never reads it back).
   */
  private boolean invariantReadOf(Value v, int loop) {
    Value s = source.get(v);
    return s instanceof Insn && readAdjoints.containsKey(s) && home.get(v) != null && loops.innermost(home.get(v)) == loop
        && invariantReads.getOrDefault(loops.header(loop), List.of()).contains(s);
  }

  /**
   * Active {@code double}/{@code float} loads in a loop whose array and index are defined outside
   * its innermost loop, from an array this method never writes (its adjoint is then only ever added
   * to, so the sum may be delayed: the order of the additions changes, as in a hand-written gradient).
   */
  private void findInvariantReads() {
    Map<Value, Block> def = new HashMap<>();
    for (Block blk : src.blocks) {
      for (Phi ph : blk.phis) def.put(ph, blk);
      for (Insn i : blk.insns) def.put(i, blk);
    }
    for (Block blk : src.blocks) {
      int loop = loops.innermost(blk);
      if (loop < 0 || !counters.containsKey(loops.header(loop)) || !reverse.containsKey(loops.header(loop))) continue;
      for (Insn i : blk.insns) {
        if (i.op == Op.ALOAD && Types.isScalar(i.type) && activity.isActive(i) && !written.isWritten(i.arg(0))
            && outside(i.arg(0), loop, def) && outside(i.arg(1), loop, def)) {
          invariantReads.computeIfAbsent(loops.header(loop), x -> new ArrayList<>()).add(i);
          readAdjoints.put(i, dst.newVar(i.type, "readBar"));
        }
      }
    }
  }

  private boolean outside(Value v, int loop, Map<Value, Block> def) {
    if (v instanceof Insn && ((Insn) v).op == Op.CONST) return true;
    Block d = def.get(v);
    return d != null && !loops.contains(loop, d);
  }

  /**
   * Leaving the reverse of loop {@code header}: adds each invariant read's summed adjoint to its
   * cell (when not zero: a loop that ran no iteration never read the cell, whose index may then
   * be out of bounds) and clears the sum for the loop's next run.
   */
  private void flushInvariantReads(Block header) {
    for (Insn i : invariantReads.getOrDefault(header, List.of())) {
      Var acc = readAdjoints.get(i);
      Value sh = need(shadowOf(i.arg(0)));
      Value idx = need(p(i.arg(1)));
      Value sum = b.read(acc);
      Value zero = zero(b, i.type);
      int cmp = i.type.getSort() == Type.FLOAT ? Opcodes.FCMPL : Opcodes.DCMPL;
      Block add = dst.newBlock(), done = dst.newBlock();
      b.terminate(Op.IF, Cond.NE, new Block[] {add, done}, b.add(Op.CMP, Type.INT_TYPE, cmp, sum, zero));
      b.at(add);
      b.add(Op.ASTORE, Type.VOID_TYPE, null, sh, idx, b.plus(b.add(Op.ALOAD, i.type, null, sh, idx), sum));
      b.write(acc, zero);
      b.jump(done);
      b.at(done);
    }
  }

  /**
   * Before each counted loop fit for it ({@link TapeReservations}), reserves the tape entries of
   * all its trips at once, and lets the loop's pushes skip their growth checks.
   */
  private void reserveTapes() {
    Map<Value, Block> defs = null;
    for (Map.Entry<Block, Block> e : entryEdges.entrySet()) {
      Block header = e.getKey();
      LoopCounter loop = counters.get(header);
      if (loop == null || loop.count.type.getSort() != Type.INT) continue;
      if (defs == null) defs = TapeReservations.definitions(src);
      TapeReservations.Site site = TapeReservations.of(src, header, loop.entry, loop.latch, loops, dominators, defs);
      if (site == null) continue;
      int[] perTrip = TapeReservations.perTrip(site, pushes);
      if (perTrip[0] + perTrip[1] + perTrip[2] + perTrip[3] == 0 || !onlyOwnPushes(site)) continue;
      b.at(e.getValue());
      current = header.preds.get(loop.entry);
      Value start = b.convert(p(site.counter().inputs.get(loop.entry)), Type.LONG_TYPE);
      Value bound = site.bound() == null ? b.constant(Type.LONG_TYPE, 0)
          : b.convert(site.lengthOf() == null ? p(site.bound()) : b.add(Op.ALENGTH, Type.INT_TYPE, null, p(site.lengthOf())), Type.LONG_TYPE);
      Value trips = site.step() > 0 ? b.minus(bound, start) : b.minus(start, bound);
      b.add(Op.TAPE_RESERVE, Type.VOID_TYPE, perTrip, trips);
      plan.reservation(header, site, site.counter().inputs.get(loop.entry), perTrip);
      for (Block blk : site.body()) {
        Insn push = blockPushes.get(blk);
        if (push == null) continue;
        List<Insn> insns = blocks.get(blk).insns;
        insns.set(insns.indexOf(push), dst.newInsn(Op.TAPE_PUSH, Type.VOID_TYPE, Boolean.TRUE, push.args));
      }
    }
  }

  /** True when the forward code of {@code site}'s blocks pushes nothing but the values its reverse pops. */
  private boolean onlyOwnPushes(TapeReservations.Site site) {
    for (Block blk : site.body()) {
      for (Insn i : blocks.get(blk).insns) {
        if (i.op == Op.TAPE_PUSH && i != blockPushes.get(blk)) return false;
      }
    }
    return true;
  }

  /**
   * Records the loop invariants at the start of each loop exit block's forward sweep, and reads them
   * back at the end of its reverse (after the block's own entries, before the loop's).
   */
  private void recordInvariants() {
    for (Map.Entry<Block, Map<Value, Var>> e : invariants.entrySet()) {
      Block exit = e.getKey();
      List<Value> values = new ArrayList<>(e.getValue().keySet());
      blocks.get(exit).insns.add(0, dst.newInsn(Op.TAPE_PUSH, Type.VOID_TYPE, null, values.toArray(new Value[0])));
      b.at(exitReverseEnd.get(exit));
      for (int k = values.size() - 1; k >= 0; k--) {
        Var inv = e.getValue().get(values.get(k));
        b.write(inv, b.add(Op.TAPE_POP, inv.type, null));
      }
    }
  }

  /**
   * An int induction variable of a counted loop ({@code i = phi(i0, i + c)}) in the reverse of
   * an iteration: {@code i0 + c * trips}, from the loop's trip counter, with no tape at all.
   */
  private Value induction(Value v, int depth) {
    Value s = source.get(v);
    if (!(s instanceof Phi) || s.type.getSort() != Type.INT) {
      return null;
    }
    Phi ph = (Phi) s;
    LoopCounter loop = counters.get(ph.block);
    if (loop == null) {
      return null;
    }
    if (!isInduction(ph, loop)) {
      return null;
    }
    Insn add = (Insn) ph.inputs.get(loop.latch);
    Value step = add.arg(0) == ph ? add.arg(1) : add.arg(0);
    Value start = need(p(ph.inputs.get(loop.entry)), depth + 1);
    // int arithmetic wraps as the primal's did, so the low 32 bits of the count suffice here.
    Value trips = b.convert(b.read(loop.count), Type.INT_TYPE);
    Value c = b.constant(Type.INT_TYPE, (Number) ((Insn) step).attr);
    return b.add(Op.ADD, Type.INT_TYPE, null, start, b.add(Op.MUL, Type.INT_TYPE, null, trips, c));
  }

  /** Cheaper to recompute in the reverse sweep than to tape. */
  private boolean recomputable(Value v) {
    if (!(v instanceof Insn)) {
      return false;
    }
    Insn i = (Insn) v;
    switch (i.op) {
      case ADD: case SUB: case MUL: case NEG: case SHL: case SHR: case USHR: case AND: case OR: case XOR: case CONV:
        // One arithmetic operation is cheaper than a tape entry. Recompute when at most one operand
        // would itself have to be taped (so recomputing never tapes more than taping the result).
        return !Types.isScalar(i.type) || freeOperands(i) >= i.args.length - 1;
      case ALENGTH:
        return true;
      case ALOAD:
        return stableLoad(i);
      default:
        return false;
    }
  }

  /**
   * A load that gives the same value in the reverse sweep: from an array that nothing writes, and,
   * in a split adjoint, never (anything may write between its forward and its reverse call).
   */
  private boolean stableLoad(Insn load) {
    Value array = source.get(load.arg(0));
    return stableParam(array) || !split && array != null && !written.isWritten(array);
  }

  /** A parameter the caller of this split adjoint proves unchanged until its reverse call ({@link #stableParams}). */
  private boolean stableParam(Value array) {
    if (stableParams == 0 || !(array instanceof Insn) || ((Insn) array).op != Op.PARAM) return false;
    int a = src.params.indexOf(array);
    return a >= 0 && a < Long.SIZE && (stableParams & (1L << a)) != 0;
  }

  /** Operands available in the reverse of {@link #reversing} without a tape entry. */
  private int freeOperands(Insn i) {
    int free = 0;
    for (Value a : i.args) {
      if (tapeFree(a, 0)) free++;
    }
    return free;
  }

  /**
   * True when {@code v} is available in the reverse of {@link #reversing} without any tape entry:
   * a constant, a value no later iteration overwrites, one already popped or recomputed there, or
   * one recomputable from such values (arithmetic, loads from unwritten arrays, induction variables).
   */
  private boolean tapeFree(Value v, int depth) {
    if (v instanceof Insn && ((Insn) v).op == Op.CONST) {
      return true;
    }
    Block h = home.get(v);
    Map<Value, Value> mine = popped.get(reversing);
    if (h == null || !cycles.sameCycle(h, reversing) || (mine != null && mine.containsKey(v))) {
      return true;
    }
    if (depth >= RECOMPUTE_DEPTH) {
      return false;
    }
    Value s = source.get(v);
    if (s instanceof Phi) {
      Phi ph = (Phi) s;
      LoopCounter loop = counters.get(ph.block);
      return loop != null && s.type.getSort() == Type.INT && isInduction(ph, loop)
          && tapeFree(p(ph.inputs.get(loop.entry)), depth + 1);
    }
    if (!(v instanceof Insn)) {
      return false;
    }
    Insn i = (Insn) v;
    switch (i.op) {
      case ADD: case SUB: case MUL: case NEG: case SHL: case SHR: case USHR: case AND: case OR: case XOR: case CONV:
      case ALENGTH:
        break;
      case ALOAD:
        if (!stableLoad(i)) return false;
        break;
      default:
        return false;
    }
    for (Value a : i.args) {
      if (!tapeFree(a, depth + 1)) return false;
    }
    return true;
  }

  private static boolean isInduction(Phi ph, LoopCounter loop) {
    Value next = ph.inputs.get(loop.latch);
    if (!(next instanceof Insn) || ((Insn) next).op != Op.ADD) {
      return false;
    }
    Insn add = (Insn) next;
    Value step = add.arg(0) == ph ? add.arg(1) : add.arg(1) == ph ? add.arg(0) : null;
    return step instanceof Insn && ((Insn) step).op == Op.CONST;
  }


  private Var adjoint(Value srcValue) {
    return adjoints.computeIfAbsent(srcValue, v -> dst.newVar(v.type, "bar"));
  }

  /**
   * Reads the adjoint of {@code srcValue} at its definition, and zeroes it when the block may run
   * again (a loop reuses the accumulator).
   */
  private Value take(Value srcValue) {
    if (blockLocal.contains(srcValue)) {
      Value sum = localAdjoints.remove(srcValue);
      return sum != null ? sum : zero(b, srcValue.type);
    }
    Var a = adjoint(srcValue);
    Value x = b.read(a);
    if (cycles.inCycle(reversing)) {
      b.write(a, zero(b, a.type));
    }
    return x;
  }

  private void accumulate(Value srcValue, Value x) {
    if (!activity.isActive(srcValue) || !Types.isScalar(srcValue.type)) {
      return;
    }
    if (blockLocal.contains(srcValue)) {
      Value c = b.convert(x, srcValue.type);
      localAdjoints.merge(srcValue, c, b::plus);
      return;
    }
    Var a = adjoint(srcValue);
    b.write(a, b.plus(b.read(a), b.convert(x, a.type)));
    Var flag = guarded(srcValue) ? accumulatedFlag(srcValue) : null;
    if (flag != null) b.write(flag, b.constant(Type.DOUBLE_TYPE, 1));
  }

  /**
   * True when {@code v} is a singular source ({@link NonFiniteTangents#isSource}: {@code sqrt}...)
   * whose adjoint may be zero because of its own value ({@code √x·√x}, {@code cos(√x)} at 0;
   * {@link SingularCones#adjointIndependent}): its strong zero ({@code 0·∞ = 0}) is then right
   * only when no use accumulated into the adjoint at all (an untaken branch, an unused
   * {@code log(0)}); a flag records whether one did, else {@code 0·∞} stays NaN.
   */
  private boolean guarded(Value v) {
    return guarded.computeIfAbsent(v, x -> x instanceof Insn && ((Insn) x).op == Op.MATH
        && NonFiniteTangents.isSource((Insn) x, callees) && !cones.adjointIndependent((Insn) x));
  }

  private Var accumulatedFlag(Value v) {
    if (v instanceof Insn && usedInItsBlock((Insn) v)) return null;
    return accumulated.computeIfAbsent(v, x -> dst.newVar(Type.DOUBLE_TYPE, "accumulated"));
  }

  /**
   * For a {@link #guarded} source {@code i}, read before its adjoint is taken: 0 when no use
   * accumulated into its adjoint on this run (reset for the next trip in a loop) or the scalar
   * seed is 0, else 1.
   */
  private Value accumulatedYet(Insn i) {
    Value x;
    if (blockLocal.contains(i)) {
      if (!localAdjoints.containsKey(i)) return b.constant(Type.DOUBLE_TYPE, 0);
      x = b.constant(Type.DOUBLE_TYPE, 1);
    } else if (usedInItsBlock(i)) {
      x = b.constant(Type.DOUBLE_TYPE, 1); // that use runs whenever i does: no flag
    } else {
      Var flag = accumulatedFlag(i);
      x = b.read(flag);
      if (cycles.inCycle(reversing)) b.write(flag, b.constant(Type.DOUBLE_TYPE, 0));
    }
    // a zero seed is an independent zero: every adjoint is 0 (a caller that does not use the result)
    if (seed == null || !Types.isScalar(seed.type)) return x;
    Value zero = b.constant(Type.DOUBLE_TYPE, 0);
    return b.select(seed, Cond.EQ, zero(b, seed.type), zero, x);
  }

  /** True when an operation of {@code i}'s own block, after it, uses it (so accumulates into its adjoint). */
  private boolean usedInItsBlock(Insn i) {
    for (Block blk : src.blocks) {
      if (!blk.insns.contains(i)) continue;
      for (Insn j : blk.insns) {
        if (j.op != Op.CMP && Arrays.asList(j.args).contains(i)) return true;
      }
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

  /**
   * Active scalars used only inside their own block (not by phis): their adjoints are summed as
   * SSA values while that block is reversed, with no accumulator variable at all.
   */
  private static Set<Value> blockLocal(Graph g, Activity activity) {
    Map<Value, Block> defs = new HashMap<>();
    Set<Value> escaping = new HashSet<>();
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) defs.put(i, blk);
      for (Phi p : blk.phis) {
        defs.put(p, blk);
        escaping.addAll(p.inputs);
        escaping.add(p);
      }
    }
    for (Block blk : g.blocks) {
      for (Insn i : blk.insns) {
        for (Value a : i.args) if (defs.get(a) != blk) escaping.add(a);
      }
      for (Value a : blk.terminator.args) if (defs.get(a) != blk) escaping.add(a);
    }
    Set<Value> local = new HashSet<>();
    for (Value v : defs.keySet()) {
      if (!escaping.contains(v) && Types.isScalar(v.type) && activity.isActive(v)
          && !(v instanceof Insn && ((Insn) v).op == Op.PARAM)) {
        local.add(v);
      }
    }
    return local;
  }

  private void reverseBlock(Block blk) throws NotDifferentiable {
    reversing = blk;
    current = blk;
    Block rb = reverse.get(blk);
    b.at(rb);
    Insn t = blk.terminator;
    if (t.op == Op.RETURN && t.args.length == 1 && seed != null && activity.isActive(t.arg(0))) {
      Value v = t.arg(0);
      if (Types.isScalar(v.type)) {
        accumulate(v, seed);
      } else if (isPrimitiveArray(v)) {
        Value sh = need(shadowOf(v));
        b.add(Op.HELPER, Type.VOID_TYPE, helper(addName(v.type), addDesc(v.type)), sh, b.constant(Type.INT_TYPE, 0), seed, b.constant(Type.INT_TYPE, 0), b.add(Op.ALENGTH, Type.INT_TYPE, null, seed));
      } else if (callees.shadows().has(v.type)) {
        // an object result: its seed shadow adds into the adjoint shadow of the object returned
        new SeedAdder(dst, b, callees.shadows(), src.owner, src.ownerIsInterface).add(need(shadowOf(v)), seed, Type.getReturnType(src.desc));
      } else {
        throw fail(t, "returning a multi-dimensional array is not supported in adjoint mode");
      }
    }
    for (int k = blk.insns.size() - 1; k >= 0; k--) {
      reverseInsn(blk.insns.get(k));
    }
    List<Value> pushed = pushes.get(blk);
    if (pushed != null) {
      Block fwd = blocks.get(blk);
      Insn push = dst.newInsn(Op.TAPE_PUSH, Type.VOID_TYPE, null, pushed.toArray(new Value[0]));
      fwd.insns.add(push);
      blockPushes.put(blk, push);
    }
    leave(blk);
  }

  /** Ends the reverse of {@code blk}: phi adjoints to the predecessor taken, then its reverse. */
  private void leave(Block blk) {
    if (blk == src.entry()) {
      finish();
      return;
    }
    if (blk.preds.size() == 1) {
      exitReverseEnd.put(blk, b.block());
      b.jump(reverse.get(blk.preds.get(0)));
      return;
    }
    List<Phi> active = new ArrayList<>();
    List<Value> bars = new ArrayList<>();
    for (Phi ph : blk.phis) {
      if (Types.isScalar(ph.type) && activity.isActive(ph)) {
        active.add(ph);
        bars.add(take(ph));
      }
    }
    LoopCounter loop = counters.get(blk);
    if (loop != null) {
      Value trips = b.read(loop.count);
      Block back = dst.newBlock(), out = dst.newBlock();
      if (loop.count.type.getSort() == Type.INT) { // a counted loop (CountedLoops): fewer than 2^32 trips
        b.terminate(Op.IF, Cond.NE, new Block[] {back, out}, trips);
      } else {
        Value sign = b.add(Op.CMP, Type.INT_TYPE, Opcodes.LCMP, trips, b.constant(Type.LONG_TYPE, 0));
        b.terminate(Op.IF, Cond.GT, new Block[] {back, out}, sign);
      }
      b.at(back);
      b.write(loop.count, b.minus(trips, b.constant(loop.count.type, 1)));
      routePhis(active, bars, loop.latch);
      b.jump(reverse.get(blk.preds.get(loop.latch)));
      b.at(out);
      flushInvariantReads(blk);
      routePhis(active, bars, loop.entry);
      if (loop.reentered) {
        b.write(loop.count, b.add(Op.TAPE_POP, loop.count.type, null));
      }
      b.jump(reverse.get(blk.preds.get(loop.entry)));
      return;
    }
    Value index = cameFrom.containsKey(blk) ? b.read(cameFrom.get(blk)) : b.add(Op.TAPE_POP, Type.INT_TYPE, null);
    int n = blk.preds.size();
    Block[] targets = new Block[n + 1];
    int[] keys = new int[n];
    // split: each edge of a merge gets a route block of its own, where a path's records are popped
    Block[] routes = split && cameFrom.containsKey(blk) ? new Block[n] : null;
    for (int k = 0; k < n; k++) {
      keys[k] = k;
      Block pred = blk.preds.get(k);
      if (active.isEmpty() && routes == null) {
        targets[k] = reverse.get(pred);
        continue;
      }
      Block re = dst.newBlock();
      targets[k] = re;
      if (routes != null) routes[k] = re;
      Block saved = b.block();
      b.at(re);
      for (int j = 0; j < active.size(); j++) {
        accumulate(active.get(j).inputs.get(k), bars.get(j));
      }
      b.jump(reverse.get(pred));
      b.at(saved);
    }
    targets[n] = targets[n - 1];
    b.terminate(Op.SWITCH, keys, targets, index);
    if (routes != null) merges.add(new PathRecords.Merge(blocks.get(blk), edges.get(blk), routes));
  }

  private void routePhis(List<Phi> active, List<Value> bars, int k) {
    for (int j = 0; j < active.size(); j++) {
      accumulate(active.get(j).inputs.get(k), bars.get(j));
    }
  }

  /** After the reverse of the entry block: scalar adjoints out, then return the primal result. */
  private void finish() {
    if (gradOut != null) {
      Block write = dst.newBlock();
      Block done = dst.newBlock();
      b.terminate(Op.IF, Cond.NONNULL, new Block[] {write, done}, gradOut);
      b.at(write);
      for (int k = 0; k < scalarParams.size(); k++) {
        Value idx = b.constant(Type.INT_TYPE, k);
        Value old = b.add(Op.ALOAD, Type.DOUBLE_TYPE, null, gradOut, idx);
        Value bar = b.convert(b.read(adjoint(scalarParams.get(k))), Type.DOUBLE_TYPE);
        b.add(Op.ASTORE, Type.VOID_TYPE, null, gradOut, idx, b.plus(old, bar));
      }
      b.jump(done);
      b.at(done);
    }
    if (result != null) {
      // a split reverse sweep's result is never read (the caller's forward call returned the primal),
      // so the result is not saved in the frame for it
      Value r = !split ? b.read(result)
          : result.type.getSort() <= Type.DOUBLE ? zero(b, result.type) : b.add(Op.CONST, Types.NULL, null);
      b.terminate(Op.RETURN, null, new Block[0], r);
    } else {
      b.terminate(Op.RETURN, null, new Block[0]);
    }
  }

  private void reverseInsn(Insn i) throws NotDifferentiable {
    switch (i.op) {
      case GETFIELD:
        // the field of an object with a shadow, like an array cell: shadow.f += bar
        if (Types.isScalar(i.type) && activity.isActive(i) && callees.shadows().has(i.arg(0).type)) {
          Value rb = take(i);
          Value sh = need(shadowOf(i.arg(0)));
          Value old = b.add(Op.GETFIELD, i.type, i.attr, sh);
          b.add(Op.PUTFIELD, Type.VOID_TYPE, i.attr, sh, b.plus(old, rb));
        }
        return;
      case PUTFIELD:
        // a write: its adjoint moves from the shadow's field to the value written, the field's to zero
        if (Types.isScalar(i.arg(1).type) && callees.shadows().has(i.arg(0).type) && activity.isActive(i.arg(0))) {
          Value sh = need(shadowOf(i.arg(0)));
          Value bar = b.add(Op.GETFIELD, i.arg(1).type, i.attr, sh);
          b.add(Op.PUTFIELD, Type.VOID_TYPE, i.attr, sh, zero(b, i.arg(1).type));
          accumulate(i.arg(1), bar);
        }
        return;
      case ALOAD:
        if (Types.isScalar(i.type) && activity.isActive(i)) {
          Value rb = take(i);
          if (increments.isIncrementLoad(i)) return; // its adjoint stayed in the cell (IncrementStores)
          Var acc = readAdjoints.get(i);
          if (acc != null) {
            b.write(acc, b.plus(b.read(acc), rb));
            return;
          }
          Value sh = need(shadowOf(i.arg(0)));
          Value idx = need(p(i.arg(1)));
          Value old = b.add(Op.ALOAD, i.type, null, sh, idx);
          b.add(Op.ASTORE, Type.VOID_TYPE, null, sh, idx, b.plus(old, rb));
        }
        return;
      case ASTORE:
        if (Types.isScalar(i.arg(2).type) && activity.isActive(i.arg(0))) {
          Value sh = need(shadowOf(i.arg(0)));
          Value idx = need(p(i.arg(1)));
          Value bar = b.add(Op.ALOAD, i.arg(2).type, null, sh, idx);
          if (!increments.isIncrement(i)) b.add(Op.ASTORE, Type.VOID_TYPE, null, sh, idx, zero(b, i.arg(2).type));
          accumulate(i.arg(2), bar);
        }
        return;
      case INVOKE:
        if (i.attr instanceof MethodRef && anyActive(activity, i) && !activity.isPassiveCall(i)) {
          reverseCall(i);
        }
        return;
      default:
    }
    if (!Types.isScalar(i.type) || !activity.isActive(i) || i.op == Op.PARAM) {
      return;
    }
    Value accumulatedYet = guarded(i) ? accumulatedYet(i) : null;
    Value rb = take(i);
    Value a0 = i.args.length > 0 ? i.arg(0) : null;
    Value a1 = i.args.length > 1 ? i.arg(1) : null;
    switch (i.op) {
      case ADD:
        accumulate(a0, rb);
        accumulate(a1, rb);
        return;
      case SUB:
        accumulate(a0, rb);
        if (activity.isActive(a1)) accumulate(a1, b.neg(rb));
        return;
      case NEG:
        accumulate(a0, b.neg(rb));
        return;
      case CONV:
        accumulate(a0, rb);
        return;
      case MUL: {
        // strong zeros where the other factor may be infinite (MathRules.mayBeNonFinite), and on
        // the other factor where this adjoint may be infinite (NonFiniteAdjoints)
        boolean wild = nonFinite.contains(i);
        if (activity.isActive(a0)) accumulate(a0, times(rb, need(p(a1)), a1, wild));
        if (activity.isActive(a1)) accumulate(a1, times(rb, need(p(a0)), a0, wild));
        return;
      }
      case DIV: {
        // strong zeros: 1/v and y are infinite at v = 0
        Value den = need(p(a1));
        Value q = b.strongDiv(rb, den);
        accumulate(a0, q);
        Value y = need(p(i));
        if (activity.isActive(a1)) accumulate(a1, b.neg(nonFinite.contains(i) ? b.strongProduct(q, y) : b.strongTimes(q, y)));
        return;
      }
      case REM:
        accumulate(a0, rb);
        if (activity.isActive(a1)) {
          Value quot = b.convert(dev.leibniz.core.forward.TangentBuilder.quotient(b, need(p(a0)), need(p(a1)), need(p(i))), i.type);
          accumulate(a1, b.neg(nonFinite.contains(i) ? b.strongProduct(rb, quot) : b.strongTimes(rb, quot)));
        }
        return;
      case MATH: {
        DerivativeRule rule = MathRules.find(i.method());
        boolean[] uses = RuleUsage.of(rule, i);
        Value[] args = new Value[i.args.length];
        for (int k = 0; k < args.length; k++) {
          args[k] = uses[k] ? need(p(i.arg(k))) : p(i.arg(k));
        }
        Value y = uses[args.length] ? need(p(i)) : p(i);
        Builder.Known before = b.known(args.length == 1 ? primalCalls(i, args[0], true, this::need) : null);
        Value[] partials = rule.partials(b, args, y);
        b.known(before);
        for (int k = 0; k < partials.length; k++) {
          if (partials[k] != null && activity.isActive(i.arg(k))) {
            Value partial = b.convert(partials[k], rb.type);
            boolean wild = nonFinite.contains(i);
            Value strong = wild ? rule.applyToNonFinite(b, rb, partial) : rule.apply(b, rb, partial);
            accumulate(i.arg(k), accumulatedYet == null ? strong
                : unlessAccumulated(accumulatedYet, strong, wild ? b.strongTimes(partial, rb) : b.times(rb, partial)));
          }
        }
        return;
      }
      default:
        throw fail(i, "internal: no adjoint rule for " + i.op);
    }
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
   * static may be written after the call (a joint re-run would read the new value;
   * {@link #refuseFieldWrites} refuses the calls that cannot be split).
   */
  private boolean reversedSplit(Insn call) {
    MethodRef m = call.method();
    if (ArrayIntrinsic.of(m) != null || Types.isDifferentiableArray(Type.getReturnType(m.desc()))) return false;
    return callees.hasSplitAdjoint(m) || (written.fieldWrittenAfter(call, current) && callees.splitOnRequest(m));
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
    List<Value> args = adjointArgs(i, a -> p(i.arg(a + self)), rev ? this::need : v -> v, scalarArgs);
    Type r = Type.getReturnType(m.desc());
    Value unbounded = null;
    if (Types.isScalar(r)) {
      Value seedIn = rev && activity.isActive(i) ? take(i) : zero(b, r);
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
      args.add(rev ? callBuffer : b.add(Op.CONST, Types.NULL, null));
    }
    args.add(dst.workspace);
    args.add(b.constant(Type.INT_TYPE, mode));
    String guard = rev ? null : callees.splitGuard(m);
    if (guard != null) { // the hosted code is the declaring class's: the receiver must run it
      b.add(Op.HELPER, Type.VOID_TYPE, helper("checkRuns", "(Ljava/lang/Object;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V"),
          args.get(0), b.add(Op.CONST, Type.getObjectType("java/lang/String"), guard),
          b.add(Op.CONST, Type.getObjectType("java/lang/String"), m.name()), b.add(Op.CONST, Type.getObjectType("java/lang/String"), m.desc()));
    }
    MethodRef sm = callees.splitAdjoint(m);
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
        Value g = b.add(Op.ALOAD, Type.DOUBLE_TYPE, null, callBuffer, idx);
        b.add(Op.ASTORE, Type.VOID_TYPE, null, callBuffer, idx, b.constant(Type.DOUBLE_TYPE, 0));
        accumulate(scalarArgs.get(s), unbounded == null ? g : b.strongTimes(g, unbounded));
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
      args.add(use.apply(p(i.arg(0))));
    }
    for (Param prm : callee.params) {
      switch (prm.role) {
        case RECEIVER_SHADOW:
          args.add(use.apply(shadowOf(i.arg(0))));
          break;
        case INPUT:
        case PASSIVE:
          args.add(use.apply(argument.apply(prm.primal)));
          break;
        case ADJOINT: {
          Value v = i.arg(prm.of.primal + self);
          boolean object = callees.shadows().has(Type.getType(prm.descriptor));
          args.add(object || activity.isActive(v) ? use.apply(shadowOf(v)) : b.add(Op.CONST, Types.NULL, null));
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
      if (isPrimitiveArrayType(call.arg(a).type) && !written.needsSnapshot(call, current, a)) stable |= 1L << a;
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

  /**
   * {@code bar * factor}, with a strong zero on {@code bar} when {@code factorSrc} may be infinite or
   * NaN, and on {@code factor} when {@code bar} may be ({@code wild}).
   */
  private Value times(Value bar, Value factor, Value factorSrc, boolean wild) {
    boolean strongBar = MathRules.mayBeNonFinite(factorSrc);
    if (wild) return strongBar ? b.strongProduct(bar, factor) : b.strongTimes(factor, bar);
    return strongBar ? b.strongTimes(bar, factor) : b.times(bar, factor);
  }

  private void reverseCall(Insn i) throws NotDifferentiable {
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
    List<Value> args = adjointArgs(i, a -> snaps[a] != null ? snaps[a] : p(i.arg(a + self)), this::need, scalarArgs);
    Type r = Type.getReturnType(m.desc());
    Value unbounded = null;
    if (Types.isScalar(r)) {
      Value seedIn = activity.isActive(i) ? take(i) : zero(b, r);
      if (activity.isActive(i) && scalesSeed(i, r, scalarArgs)) {
        Value[] unit = unitSeed(seedIn);
        seedIn = unit[0];
        unbounded = unit[1];
      }
      args.add(seedIn);
    } else if (Types.isDifferentiable(r)) {
      args.add(activity.isActive(i) ? need(shadowOf(i)) : b.add(Op.CONST, Types.NULL, null));
    }
    if (!scalarArgs.isEmpty()) {
      args.add(callBuffer);
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
    Insn call = b.add(Op.INVOKE, Types.stackType(r), am, args.toArray(new Value[0]));
    call.line = i.line;
    for (int s = 0; s < scalarArgs.size(); s++) {
      Value idx = b.constant(Type.INT_TYPE, s);
      Value g = b.add(Op.ALOAD, Type.DOUBLE_TYPE, null, callBuffer, idx);
      b.add(Op.ASTORE, Type.VOID_TYPE, null, callBuffer, idx, b.constant(Type.DOUBLE_TYPE, 0));
      accumulate(scalarArgs.get(s), unbounded == null ? g : b.strongTimes(g, unbounded));
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
  private boolean argumentsDistinct(Insn call) {
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

  private static String addName(Type arrayType) {
    return arrayType.getElementType().getSort() == Type.FLOAT ? "addF" : "addD";
  }

  private static String addDesc(Type arrayType) {
    String a = arrayType.getElementType().getSort() == Type.FLOAT ? "[F" : "[D";
    return "(" + a + "I" + a + "II)V";
  }

  private void reverseIntrinsic(Insn i, ArrayIntrinsic k) {
    Value arr = i.arg(0);
    if (k == ArrayIntrinsic.FILL || k == ArrayIntrinsic.FILL_RANGE) {
      Value sh = need(shadowOf(arr));
      boolean f = arr.type.getElementType().getSort() == Type.FLOAT;
      Value from = k == ArrayIntrinsic.FILL ? b.constant(Type.INT_TYPE, 0) : need(p(i.arg(1)));
      Value to = k == ArrayIntrinsic.FILL ? b.add(Op.ALENGTH, Type.INT_TYPE, null, sh) : need(p(i.arg(2)));
      String t = f ? "[F" : "[D";
      Value s = b.add(Op.HELPER, f ? Type.FLOAT_TYPE : Type.DOUBLE_TYPE, helper(f ? "drainF" : "drainD", "(" + t + "II)" + (f ? "F" : "D")), sh, from, to);
      accumulate(i.arg(k == ArrayIntrinsic.FILL ? 1 : 3), s);
      return;
    }
    if (k == ArrayIntrinsic.ARRAYCOPY) {
      Value dstArr = i.arg(2);
      if (!isPrimitiveArray(dstArr) || !activity.isActive(dstArr)) {
        return;
      }
      boolean f = dstArr.type.getElementType().getSort() == Type.FLOAT;
      String t = f ? "[F" : "[D";
      Value srcBar = activity.isActive(arr) ? need(shadowOf(arr)) : b.add(Op.CONST, Types.NULL, null);
      b.add(Op.HELPER, Type.VOID_TYPE, helper(f ? "arraycopyF" : "arraycopyD", "(" + t + "I" + t + "II)V"),
          castTo(srcBar, dstArr.type), need(p(i.arg(1))), need(shadowOf(dstArr)), need(p(i.arg(3))), need(p(i.arg(4))));
      return;
    }
    if (!isPrimitiveArray(arr) || !activity.isActive(i)) {
      return;
    }
    Value from = k == ArrayIntrinsic.COPY_OF_RANGE ? need(p(i.arg(1))) : b.constant(Type.INT_TYPE, 0);
    Value sa = need(shadowOf(arr));
    Value sc = castTo(need(shadowOf(i)), arr.type);
    Value end = k == ArrayIntrinsic.COPY_OF_RANGE ? need(p(i.arg(2))) : b.add(Op.ALENGTH, Type.INT_TYPE, null, sc);
    Value len = b.minus(b.math("min", "(II)I", end, b.add(Op.ALENGTH, Type.INT_TYPE, null, sa)), from);
    b.add(Op.HELPER, Type.VOID_TYPE, helper(addName(arr.type), addDesc(arr.type)), sa, from, sc, b.constant(Type.INT_TYPE, 0), len);
  }

  private Value castTo(Value v, Type t) {
    return v.type.equals(t) || v.type.equals(Types.NULL) ? v : b.add(Op.CHECKCAST, t, t, v);
  }
}
