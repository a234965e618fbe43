package dev.leibniz.core.reverse;

import dev.leibniz.contract.CompanionContract.Kind;
import dev.leibniz.contract.CompanionContract.Param;
import dev.leibniz.contract.CompanionContract.Signature;
import dev.leibniz.core.Companions;
import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.analysis.Activity;
import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.analysis.Cycles;
import dev.leibniz.core.analysis.Dominators;
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
import java.util.ArrayList;
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
 *
 * <p>This class orchestrates: the block order and the forward sweep's copy. The parts of the
 * reversal are units of their own: {@link TapePolicy} ({@link #need}: how a forward value reaches
 * the reverse sweep, recorded in the {@link TapePlan}), {@link ControlFlowRecorder}
 * (the path taken and its replay), {@link Adjoints} (the values' adjoint accumulators), {@link
 * CallReversal} (calls) and {@link InstructionReversal} (every other operation's adjoint rule).
 */
public final class AdjointBuilder extends Sweep {
  private final Cycles cycles;
  private final Dominators dominators;
  private final Map<Block, Block> reverse = new HashMap<>();
  private final ControlFlowRecorder flow;
  private final CallReversal calls;
  /** The adjoint accumulators of the method's values. */
  private final Adjoints adjoints;
  private final InstructionReversal instructions;
  private final List<Insn> scalarParams = new ArrayList<>();
  private final WrittenArrays written;
  private final OwnRows ownRows;
  /** Rows of a caller's array of arrays moved by reference: which are followed, the rest refused. */
  private final MovedRows movedRows;
  /** Per row store {@link MovedRows} follows: the shadow row it overwrites, put back by its reverse. */
  private final Map<Insn, Value> overwrittenRows = new HashMap<>();
  /** Per store into a field of a caller's object that the adjoint reseats ({@link ReplacedHeldArrays}): the shadow it replaced. */
  private final Map<Insn, Value> replacedShadows = new HashMap<>();
  /** Per field of a caller's object that a store may replace: its holder, the field, and its shadow on entry. */
  private record Reseated(Insn holder, dev.leibniz.core.ir.FieldRef field, Value atEntry) {}
  private final List<Reseated> reseated = new ArrayList<>();
  /** The body's followed parameters' shadows (an {@code Object[]}) and their rows at entry, or null. */
  private Value rowShadows, rowsAtEntry;
  private final IncrementStores increments;
  /** The values whose adjoint may be infinite: their zero partials get a strong zero. */
  private final NonFiniteAdjoints nonFinite;
  /** Per block: its pushes (for {@link TapeReservations}). */
  private final Map<Block, Insn> blockPushes = new HashMap<>();
  /** Loop exits whose once-per-run values go on tape room reserved before an outer loop ({@link #reserveTapes}). */
  private final Set<Block> reservedExits = new HashSet<>();
  private Var result;
  private Value seed;
  private Value gradOut;
  private Value callBuffer;

  /** Building a split adjoint ({@link #buildSplit}): its forward and reverse sweeps run in two calls. */
  private final boolean split;
  private final Loops loops;
  private final ScopedArrays scopedArrays;
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
  /** Decides it ({@link #need}). */
  private final TapePolicy tape;
  /** No tape workspace ({@link #buildWorkspaceFree}): tapes of its own, callees' contract adjoints. */
  private final boolean workspaceFree;
  /** Building a vector adjoint ({@link #buildRows}): one forward sweep, a reverse sweep per row of seeds. */
  private final boolean rows;
  /** Rows: the values {@code rows[0]} of the entry that stand for row d's arrays ({@link RowSweeps}), and those made from them. */
  private final List<Insn> rowLoads = new ArrayList<>();
  private final List<Insn> rowDerived = new ArrayList<>();
  private Insn rowCount;
  /** Rows: the rows that hold no seed are written ({@code m$adjointsSet}), not added into ({@link OverwrittenRows}). */
  private boolean overwriteRows;
  /** Rows in slices of flat arrays ({@code m$adjointsInto}, {@link SliceRows}): each row load's {@code at} and {@code stride} parameters. */
  private final boolean sliceRows;
  private final Map<Insn, Insn[]> rowSlices = new java.util.LinkedHashMap<>();
  /** Rows: the number of scalar adjoints the scalar adjoints' row holds. */
  private int scalarRowLength;

  private AdjointBuilder(Graph src, Activity activity, Callees callees, String name, boolean distinctParams, boolean split,
      boolean workspaceFree) {
    this(src, activity, callees, name, distinctParams, split, workspaceFree, 0, false);
  }

  private AdjointBuilder(Graph src, Activity activity, Callees callees, String name, boolean distinctParams, boolean split,
      boolean workspaceFree, long stableParams, boolean rows) {
    this(src, activity, callees, name, distinctParams, split, workspaceFree, stableParams, rows, false);
  }

  private AdjointBuilder(Graph src, Activity activity, Callees callees, String name, boolean distinctParams, boolean split,
      boolean workspaceFree, long stableParams, boolean rows, boolean sliceRows) {
    super(src, activity, callees, name, split ? Companions.splitBodyDesc(src.owner, src.isStatic(), src.desc, callees.shadows())
        : sliceRows ? Companions.vectorAdjointIntoDesc(src.desc)
        : rows ? Companions.vectorAdjointDesc(src.desc)
        : workspaceFree ? Companions.adjointDesc(src.owner, src.isStatic(), src.desc, callees.shadows())
        : Companions.adjointBodyDesc(src.owner, src.isStatic(), src.desc, callees.shadows()));
    this.split = split;
    this.workspaceFree = workspaceFree;
    this.rows = rows;
    this.sliceRows = sliceRows;
    b.strongZeroOnNaNOnly = workspaceFree && !rows; // second order differentiates this adjoint (Builder.strongZeroOnNaNOnly)
    this.cycles = new Cycles(src);
    this.dominators = new Dominators(src);
    this.loops = new Loops(src, dominators);
    this.flow = new ControlFlowRecorder(dst, b, cycles, dominators, loops, plan);
    this.scopedArrays = new ScopedArrays(src, callees);
    this.written = new WrittenArrays(src, activity, callees, distinctParams);
    this.ownRows = new OwnRows(src);
    this.movedRows = new MovedRows(src, activity, callees, ownRows, !split, !workspaceFree);
    // stableParams: arrays the caller of a split adjoint proves unchanged until its reverse call
    // ({@link Companions#stableSplitName}), so loads from them are recomputed like loads from unwritten arrays
    StableLoads stable = new StableLoads(src, written, split, stableParams);
    this.tape = new TapePolicy(new SweepsView(), dst, b, cycles, dominators, loops, flow, stable,
        new ForwardedLoads(src, loops, dominators, written, stable), plan);
    this.increments = new IncrementStores(src, activity);
    this.nonFinite = new NonFiniteAdjoints(src, callees);
    this.adjoints = new Adjoints(src, dst, b, activity, callees, cycles);
    this.instructions = new InstructionReversal(this, adjoints, b, activity, callees, increments, nonFinite);
    this.calls = new CallReversal(this, adjoints, src, dst, b, activity, callees, written, nonFinite, split, workspaceFree);
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
   * they can prove it ({@link CallReversal#argumentsDistinct}).
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
    AdjointBuilder a = new AdjointBuilder(src, activity, callees, name, distinct, true, false, stable & ~Companions.SPLIT_DISTINCT, false);
    return a.runReporting();
  }

  /**
   * The vector adjoint of {@code src} ({@code m$adjoints}, {@link Companions#vectorAdjointDesc}):
   * the workspace-free adjoint (its strong zeros as in the contract's adjoint) whose forward sweep
   * runs once and whose reverse sweep runs once per row of seeds ({@link RowSweeps}, which says
   * what it refuses).
   */
  public static Graph buildRows(Graph src, Activity activity, Callees callees, String name) throws NotDifferentiable {
    AdjointBuilder a = new AdjointBuilder(src, activity, callees, name, false, false, true, 0, true);
    return a.runReporting();
  }

  /**
   * {@link #buildRows}, writing rather than adding into the rows that hold no seed: the writing
   * vector adjoint {@code m$adjointsSet} ({@link OverwrittenRows} says which rows and how).
   */
  public static Graph buildRowsOverwriting(Graph src, Activity activity, Callees callees, String name) throws NotDifferentiable {
    AdjointBuilder a = new AdjointBuilder(src, activity, callees, name, false, false, true, 0, true);
    a.overwriteRows = true;
    return a.runReporting();
  }

  /**
   * {@link #buildRowsOverwriting} with each row in a slice of a flat array ({@code m$adjointsInto},
   * {@link dev.leibniz.contract.CompanionContract#vectorAdjointIntoDescriptor}, {@link SliceRows}).
   */
  public static Graph buildRowsInto(Graph src, Activity activity, Callees callees, String name) throws NotDifferentiable {
    AdjointBuilder a = new AdjointBuilder(src, activity, callees, name, false, false, true, 0, true, true);
    a.overwriteRows = true;
    return a.runReporting();
  }

  private void run() throws NotDifferentiable {
    List<Block> order = order();
    for (Block blk : order) {
      blocks.put(blk, blk == src.entry() && !split ? dst.entry() : dst.newBlock());
    }
    flow.plan(order);
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
    tripsFromBounds();
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
    if (!workspaceFree) { // a second-order adjoint is differentiated again, and its helpers are not analysed
      HoistedLoads.hoist(src, dst, loops, written, flow.entryEdges(), this::p, this::helper);
    }
    dst.tapePlan = plan.print();
    if (rows) {
      if (exits.size() != 1) throw new NotDifferentiable(-1, "", "no vector adjoint: the method has " + exits.size()
          + " returns; call m$adjoint once per row instead");
      if (sliceRows) RowSweeps.loopIntoSlices(dst, exits.get(0), exitReverses.get(0), rowLoads, rowDerived, rowCount, rowSlices,
          scalarRowLength);
      else if (overwriteRows) RowSweeps.loopOverwriting(dst, exits.get(0), exitReverses.get(0), rowLoads, rowDerived, rowCount);
      else RowSweeps.loop(dst, exits.get(0), exitReverses.get(0), rowLoads, rowDerived, rowCount);
    }
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
        targets[k] = flow.edges(s)[indexOfPred(s, blk, occurrence)];
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
        // by the declared type, as the caller pops: a returned constant null is typed null, not the class; an immutable
        // constant (Complex.NAN), passive, has the zero shadow made at its read, which a caller may give to a call
        exitShadows.add(args.length > 0 && callees.shadows().has(Type.getReturnType(src.desc))
            ? (activity.isActive(t.arg(0)) || shadow.containsKey(t.arg(0)) ? shadowOf(t.arg(0)) : b.add(Op.CONST, Types.NULL, null)) : null);
        exitReverses.add(reverse.get(blk));
        return;
      }
      if (rows) {
        exits.add(b.block());
        exitReverses.add(reverse.get(blk));
      }
      if (rowShadows != null) b.add(Op.HELPER, Type.VOID_TYPE, helper("reseatRows", "([Ljava/lang/Object;[Ljava/lang/Object;)V"),
          rowShadows, rowsAtEntry);
      reseatFields();
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
          if (rows) {
            Insn row = rowOf(param);
            givenArrays.put(prm, row);
            Insn sh = b.add(Op.SHADOW, prm.type, null, p(prm), row);
            rowDerived.add(sh);
            defineShadow(prm, sh);
            break;
          }
          givenArrays.put(prm, param);
          if (prm.type.equals(DOUBLES) && !written.isWritten(prm) && !workspaceFree) {
            sinks.add(new Insn[] {prm, (Insn) p(prm), param});
          } else {
            defineShadow(prm, b.add(Op.SHADOW, prm.type, null, p(prm), param));
          }
          break;
        case SEED:
          if (rows) throw new IllegalStateException("a vector adjoint is built for void methods only");
          // a Double result's seed is a Double (the result's type): the number it holds seeds
          seed = !dev.leibniz.core.analysis.BoxedResults.returnsBox(src) ? param : b.add(Op.INVOKE, Type.DOUBLE_TYPE,
              new dev.leibniz.core.ir.MethodRef(org.objectweb.asm.Opcodes.INVOKEVIRTUAL, "java/lang/Double", "doubleValue", "()D", false), param);
          adjoints.seed(seed);
          break;
        default: // the scalar adjoints, in the order of the scalar parameters it receives
          gradOut = rows ? rowOf(param) : param;
          scalarRowLength = role.receives.size();
          for (Param s : role.receives) {
            scalarParams.add(src.params.get(s.primal + self));
          }
      }
    });
    checkShadows(objects, receiverShadow);
    snapshotRows();
    fieldsAtEntry(objects);
    if (rows) {
      rowCount = b.add(Op.PARAM, Type.INT_TYPE, dst.params.size());
      dst.params.add(rowCount);
    }
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

  /** This build keeps its sweeps apart in one call, so seeds can be moved between them (not split, vector or workspace-free). */
  private boolean reseating() {
    return !split && !rows && !workspaceFree;
  }

  /**
   * The shadows, on entry, of the fields of the caller's objects that a store may replace ({@link ReplacedHeldArrays}):
   * they hold the seeds of the fields' final values, which {@link #reseatFields} moves to the shadows held at the end.
   */
  private void fieldsAtEntry(List<Insn> objects) {
    if (!reseating()) return;
    for (Block blk : src.blocks) {
      for (Insn i : blk.insns) {
        if (!ReplacedHeldArrays.reseats(i, src, activity, callees)) continue;
        Insn holder = (Insn) i.arg(0);
        dev.leibniz.core.ir.FieldRef f = (dev.leibniz.core.ir.FieldRef) i.attr;
        if (reseated.stream().anyMatch(r -> r.holder() == holder && r.field().equals(f))) continue;
        Value entry = b.add(Op.GETFIELD, Type.getType(f.desc()), f, shadowOf(holder));
        reseated.add(new Reseated(holder, f, entry));
        // a shadow shared with another path holds one seed for both, which no move can split: refused at run time
        Value name = b.add(Op.CONST, Type.getObjectType("java/lang/String"), f.name());
        for (Insn o : objects) {
          b.add(Op.HELPER, Type.VOID_TYPE, helper("requireUnshared", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/String;Ljava/lang/Object;)V"),
              entry, shadowOf(holder), name, shadowOf(o));
        }
      }
    }
  }

  /** At a return, before the reverse sweep: each replaced field's seeds into the shadow it holds now ({@code reseatField}). */
  private void reseatFields() {
    for (Reseated r : reseated) {
      Value now = b.add(Op.GETFIELD, Type.getType(r.field().desc()), r.field(), shadowOf(r.holder()));
      b.add(Op.HELPER, Type.VOID_TYPE, helper("reseatField", "(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)V"), now, r.atEntry(),
          shadowOf(r.holder()));
    }
  }

  /** The shadow that store {@code i} replaced, which its reverse puts back ({@link ReplacedHeldArrays}), or null. */
  Value replacedShadow(Insn i) {
    return replacedShadows.get(i);
  }

  /**
   * A body that may move rows of its {@code double[][]}/{@code float[][]} parameters, or of such arrays held in fields of
   * objects given with their shadows ({@link MovedRows}): their shadows in an {@code Object[]}, and a copy of each one's
   * rows at entry, for the reseating of the seeds between the sweeps.
   */
  private void snapshotRows() {
    List<MovedRows.Followed> ps = movedRows.reseated();
    if (ps.isEmpty()) return;
    Type objects = Type.getType(Object[].class);
    Insn list = b.add(Op.NEWARRAY, objects, null, b.constant(Type.INT_TYPE, ps.size()));
    for (int k = 0; k < ps.size(); k++) {
      MovedRows.Followed f = ps.get(k);
      Value sh = f.field() == null ? shadowOf(f.param())
          : b.add(Op.GETFIELD, Type.getType(f.field().desc()), f.field(), shadowOf(f.param()));
      b.add(Op.ASTORE, Type.VOID_TYPE, null, list, b.constant(Type.INT_TYPE, k), sh);
    }
    rowShadows = list;
    rowsAtEntry = b.add(Op.HELPER, objects, helper("rowsAtEntry", "([Ljava/lang/Object;)[Ljava/lang/Object;"), list);
    home.put(list, current);
    home.put(rowsAtEntry, current);
  }

  /** The shadow row that row store {@code i} overwrote in the forward sweep, or null when its reverse puts none back. */
  Value overwrittenRow(Insn i) {
    return overwrittenRows.get(i);
  }

  /** {@link MovedRows#checkCall}. */
  void checkRowMovingCall(Insn i, boolean split) throws NotDifferentiable {
    movedRows.checkCall(i, split);
  }

  /** {@link MovedRows#followedInJointCall}. */
  List<Integer> rowsFollowedInJointCall(Insn i) {
    return movedRows.followedInJointCall(i);
  }

  /**
   * Rows: {@code param} is the array of k rows of its contract type; row 0 stands for the row the
   * reverse sweep works on ({@link RowSweeps} moves the load to each row's head).
   */
  private Insn rowOf(Insn param) {
    Type one = param.type;
    param.type = Type.getType("[" + one.getDescriptor());
    Insn row = b.add(Op.ALOAD, one, null, param, b.constant(Type.INT_TYPE, 0));
    rowLoads.add(row);
    if (sliceRows) rowSlices.put(row, new Insn[] {param(Type.INT_TYPE), param(Type.INT_TYPE)}); // its at and stride
    return row;
  }

  private void forwardInsn(Insn i) throws NotDifferentiable {
    if (i.op == Op.PARAM) {
      if (i == src.params.get(0)) params();
      return;
    }
    if (i.op == Op.INVOKE && i.attr instanceof MethodRef && anyActive(activity, i) && !activity.isPassiveCall(i)) {
      movedRows.checkCopy(i);
      calls.forwardCall(i);
      return;
    }
    if (i.op == Op.NEWARRAY && !workspaceFree && scopedArrays.scoped(i) && (split || !scopedArrays.scalarReplaceable(i, cycles))) {
      workspaceArray(i);
      return;
    }
    if (ReplacedHeldArrays.check(i, src, activity, callees, reseating())) {
      Insn replaced = b.add(Op.GETFIELD, Type.getType(((dev.leibniz.core.ir.FieldRef) i.attr).desc()), i.attr, shadowOf(i.arg(0)));
      home.put(replaced, current);
      replacedShadows.put(i, replaced);
    }
    if (movedRows.restores(i)) {
      Value sh = shadowOf(i.arg(0));
      Insn old = b.add(Op.ALOAD, Type.getType(sh.type.getDescriptor().substring(1)), null, sh, p(i.arg(1)));
      home.put(old, current);
      overwrittenRows.put(i, old);
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

  private static final Type DOUBLES = Type.getType(double[].class);

  static boolean isPrimitiveArray(Value v) {
    return v.type.getSort() == Type.ARRAY && v.type.getDimensions() == 1;
  }

  MethodRef helper(String name, String desc) {
    return new MethodRef(Opcodes.INVOKESTATIC, src.owner, Companions.HELPER_PREFIX + name, desc, src.ownerIsInterface);
  }

  /**
   * Each counted loop whose trip count is a function of its bounds ({@link CountedLoops#bounds}),
   * when the bounds reach the reverse of the loop's exit block without a tape entry: the reverse
   * sweep computes the count there ({@link ControlFlowRecorder#tripsFromBounds}), so the forward
   * sweep neither counts the trips nor tapes the count once per run of a nested loop.
   */
  private void tripsFromBounds() {
    Map<Value, Block> defs = null;
    for (Block header : src.blocks) {
      ControlFlowRecorder.LoopCounter loop = flow.counter(header);
      if (loop == null || loop.count.type.getSort() != Type.INT) continue;
      if (defs == null) defs = TapeReservations.definitions(src);
      CountedLoops.Bounds bounds = CountedLoops.bounds(header, loop.latch, loops, dominators, defs);
      if (bounds == null || !reverse.containsKey(bounds.exit()) || !tape.freeIn(bounds.exit(), p(bounds.start()))) continue;
      Value n = bounds.lengthOf() != null ? bounds.lengthOf() : bounds.bound();
      if (n != null && !tape.freeIn(bounds.exit(), p(n))) continue;
      flow.fromBounds(header, bounds, TapePlan.trips(bounds.start(), bounds.bound(), bounds.lengthOf(), bounds.step()));
    }
  }

  /** In the reverse of {@code exit}, the sole exit of a loop whose trips come from its bounds: its trip count. */
  private void tripsOnLeaving(Block exit) {
    ControlFlowRecorder.LoopCounter loop = flow.counter(exit.preds.get(0));
    if (loop == null || loop.bounds == null || loop.bounds.exit() != exit) return;
    CountedLoops.Bounds bounds = loop.bounds;
    Value bound = bounds.lengthOf() != null ? b.add(Op.ALENGTH, Type.INT_TYPE, null, need(p(bounds.lengthOf())))
        : bounds.bound() == null ? null : need(p(bounds.bound()));
    flow.tripsFromBounds(loop, need(p(bounds.start())), bound);
  }

  /** Edge blocks into {@code blk} ({@link ControlFlowRecorder#recordEdges}), then its phis' inputs along them. */
  private void edgeBlocks(Block blk) {
    Block[] es = flow.edges(blk);
    if (es == null) {
      return;
    }
    Block to = blocks.get(blk);
    flow.recordEdges(blk, es, to);
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

  /** A forward value for use in the reverse of the block being reversed ({@link TapePolicy}). */
  Value need(Value v) {
    return tape.need(v);
  }

  /**
   * Active {@code double}/{@code float} loads in a loop whose array and index are defined outside
   * its innermost loop, from an array nothing writes in that loop: each trip loads the same value,
   * and its adjoint is only added to while the loop's reverse runs, so the sum may be delayed to the
   * loop's entry (the order of the additions changes, as in a hand-written gradient); the reverse of
   * a write before the loop runs after it.
   */
  private void findInvariantReads() {
    Map<Value, Block> def = new HashMap<>();
    for (Block blk : src.blocks) {
      for (Phi ph : blk.phis) def.put(ph, blk);
      for (Insn i : blk.insns) def.put(i, blk);
    }
    for (Block blk : src.blocks) {
      int loop = loops.innermost(blk);
      if (loop < 0 || flow.counter(loops.header(loop)) == null || !reverse.containsKey(loops.header(loop))) continue;
      for (Insn i : blk.insns) {
        if (i.op == Op.ALOAD && Types.isScalar(i.type) && activity.isActive(i)
            && !written.isWrittenIn(i.arg(0), w -> loops.contains(loop, w))
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
    for (Map.Entry<Block, Block> e : flow.entryEdges().entrySet()) {
      Block header = e.getKey();
      ControlFlowRecorder.LoopCounter loop = flow.counter(header);
      if (loop == null || loop.count.type.getSort() != Type.INT) continue;
      if (defs == null) defs = TapeReservations.definitions(src);
      TapeReservations.Site site = TapeReservations.of(src, header, loop.entry, loop.latch, loops, dominators, defs);
      if (site == null) continue;
      int[] perTrip = pushesPerTrip(site, header, loop.latch);
      if (perTrip == null || perTrip[0] + perTrip[1] + perTrip[2] + perTrip[3] == 0 || !onlyOwnPushes(site)) continue;
      b.at(e.getValue());
      current = header.preds.get(loop.entry);
      Value start = b.convert(p(site.counter().inputs.get(loop.entry)), Type.LONG_TYPE);
      Value bound = site.bound() == null ? b.constant(Type.LONG_TYPE, 0)
          : b.convert(site.lengthOf() == null ? p(site.bound()) : b.add(Op.ALENGTH, Type.INT_TYPE, null, p(site.lengthOf())), Type.LONG_TYPE);
      Value trips = site.step() > 0 ? b.minus(bound, start) : b.minus(start, bound);
      b.add(Op.TAPE_RESERVE, Type.VOID_TYPE, perTrip, trips);
      plan.reservation(header, site, site.counter().inputs.get(loop.entry), perTrip);
      for (Block blk : site.body()) {
        if (tape.invariants().containsKey(blk)) reservedExits.add(blk);
        Insn push = blockPushes.get(blk);
        if (push == null) continue;
        List<Insn> insns = blocks.get(blk).insns;
        insns.set(insns.indexOf(push), dst.newInsn(Op.TAPE_PUSH, Type.VOID_TYPE, Boolean.TRUE, push.args));
      }
    }
  }

  /**
   * The tape entries per trip by kind of {@code site}'s loop: its own blocks' pushes, the values
   * taped once per run of an inner loop (at that loop's exit, one of the loop's own blocks), and
   * what entering an inner loop pushes (the trip count of an earlier run); null when an inner loop
   * pushes anything else, or the back edge does (entries that could come more than once per trip).
   */
  private int[] pushesPerTrip(TapeReservations.Site site, Block header, int latch) {
    int[] counts = TapeReservations.perTrip(site, tape.pushes());
    for (Block blk : site.body()) {
      for (Value v : tape.invariants().getOrDefault(blk, Map.of()).keySet()) counts["DIJA".indexOf(TapeReservations.kind(v.type))]++;
    }
    if (pushes(flow.edges(header)[latch], null)) return null;
    for (Block blk : site.nested()) {
      if (pushes(blocks.get(blk), null) || tape.invariants().containsKey(blk)) return null;
      Block[] edges = flow.edges(blk);
      for (int k = 0; edges != null && k < edges.length; k++) {
        boolean entering = site.nestedEntries().getOrDefault(blk, -1) == k;
        if (pushes(edges[k], entering ? counts : null)) return null;
      }
    }
    return counts;
  }

  /** True when {@code blk} pushes on a tape and {@code counts} is null; else adds its entries to {@code counts} by kind. */
  private static boolean pushes(Block blk, int[] counts) {
    for (Insn i : blk.insns) {
      if (i.op != Op.TAPE_PUSH) continue;
      if (counts == null) return true;
      for (Value v : i.args) counts["DIJA".indexOf(TapeReservations.kind(v.type))]++;
    }
    return false;
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
    for (Map.Entry<Block, Map<Value, Var>> e : tape.invariants().entrySet()) {
      Block exit = e.getKey();
      List<Value> values = new ArrayList<>(e.getValue().keySet());
      Boolean reserved = reservedExits.contains(exit) ? Boolean.TRUE : null; // room made before an outer loop (reserveTapes)
      blocks.get(exit).insns.add(0, dst.newInsn(Op.TAPE_PUSH, Type.VOID_TYPE, reserved, values.toArray(new Value[0])));
      b.at(exitReverseEnd.get(exit));
      for (int k = values.size() - 1; k >= 0; k--) {
        Var inv = e.getValue().get(values.get(k));
        b.write(inv, b.add(Op.TAPE_POP, inv.type, null));
      }
    }
  }

  private void reverseBlock(Block blk) throws NotDifferentiable {
    tape.reversing(blk);
    adjoints.reversing(blk);
    current = blk;
    Block rb = reverse.get(blk);
    b.at(rb);
    Insn t = blk.terminator;
    Value boxedNumber = t.op == Op.RETURN && t.args.length == 1 && dev.leibniz.core.analysis.BoxedResults.returnsBox(src)
        ? dev.leibniz.core.analysis.BoxedResults.boxed(t.arg(0)) : null;
    adjoints.useSite(t);
    if (boxedNumber != null && seed != null && Types.isScalar(boxedNumber.type) && activity.isActive(boxedNumber)) {
      adjoints.accumulate(boxedNumber, seed); // a Double result: the seed goes to the number it boxes
    } else if (t.op == Op.RETURN && t.args.length == 1 && seed != null && activity.isActive(t.arg(0))) {
      Value v = t.arg(0);
      if (Types.isScalar(v.type)) {
        adjoints.accumulate(v, seed);
      } else if (isPrimitiveArray(v)) {
        Value sh = need(shadowOf(v));
        b.add(Op.HELPER, Type.VOID_TYPE, helper(CallReversal.addName(v.type), CallReversal.addDesc(v.type)), sh, b.constant(Type.INT_TYPE, 0), seed, b.constant(Type.INT_TYPE, 0), b.add(Op.ALENGTH, Type.INT_TYPE, null, seed));
      } else if (callees.shadows().has(v.type)
          || v.type.getSort() == Type.OBJECT && callees.shadows().has(Type.getReturnType(src.desc))) {
        // an object result (a merge typed above the declared result: ta4j's NaN.NaN or a new DoubleNum, as Num): its seed shadow adds into the adjoint shadow of the object returned
        new SeedAdder(dst, b, callees.shadows(), src.owner, src.ownerIsInterface).add(need(shadowOf(v)), seed, Type.getReturnType(src.desc));
      } else if (v.type.getSort() == Type.ARRAY && Types.isScalar(v.type.getElementType())) {
        // an array of arrays (double[][]): its seed, an array of the same shape, adds row by row into the shadow
        b.add(Op.HELPER, Type.VOID_TYPE, helper("addRows", "([Ljava/lang/Object;[Ljava/lang/Object;)V"), need(shadowOf(v)), seed);
      } else {
        throw fail(t, "returning a multi-dimensional array is not supported in adjoint mode");
      }
    }
    adjoints.useSite(null);
    for (int k = blk.insns.size() - 1; k >= 0; k--) {
      reverseInsn(blk.insns.get(k));
    }
    leave(blk);
    // after leave: leaving a loop header's reverse may tape values too (the index of an invariant
    // read flushed there, when the loop has several exits), which its forward block must push
    List<Value> pushed = tape.pushes().get(blk);
    if (pushed != null) {
      Block fwd = blocks.get(blk);
      Insn push = dst.newInsn(Op.TAPE_PUSH, Type.VOID_TYPE, null, pushed.toArray(new Value[0]));
      fwd.insns.add(push);
      blockPushes.put(blk, push);
    }
  }

  /** Ends the reverse of {@code blk}: phi adjoints to the predecessor taken, then its reverse. */
  private void leave(Block blk) {
    if (blk == src.entry()) {
      finish();
      return;
    }
    if (blk.preds.size() == 1) {
      tripsOnLeaving(blk);
      exitReverseEnd.put(blk, b.block());
      b.jump(reverse.get(blk.preds.get(0)));
      return;
    }
    List<Phi> active = new ArrayList<>();
    List<Value> bars = new ArrayList<>();
    for (Phi ph : blk.phis) {
      if (Types.isScalar(ph.type) && activity.isActive(ph)) {
        active.add(ph);
        bars.add(adjoints.take(ph));
      }
    }
    ControlFlowRecorder.LoopCounter loop = flow.counter(blk);
    if (loop != null) {
      Block[] backOut = flow.countDown(loop);
      routePhis(blk, active, bars, loop.latch);
      b.jump(reverse.get(blk.preds.get(loop.latch)));
      b.at(backOut[1]);
      flushInvariantReads(blk);
      routePhis(blk, active, bars, loop.entry);
      flow.restoreOuterCount(loop);
      b.jump(reverse.get(blk.preds.get(loop.entry)));
      return;
    }
    Value index = flow.takenPredecessor(blk);
    int n = blk.preds.size();
    Block[] targets = new Block[n + 1];
    int[] keys = new int[n];
    // split: each edge of a merge gets a route block of its own, where a path's records are popped
    Block[] routes = split && flow.inLocal(blk) ? new Block[n] : null;
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
      routePhis(blk, active, bars, k);
      b.jump(reverse.get(pred));
      b.at(saved);
    }
    targets[n] = targets[n - 1];
    b.terminate(Op.SWITCH, keys, targets, index);
    if (routes != null) merges.add(new PathRecords.Merge(blocks.get(blk), flow.edges(blk), routes));
  }

  /** The adjoints {@code bars} of {@code blk}'s active phis into their inputs from predecessor {@code k}. */
  private void routePhis(Block blk, List<Phi> active, List<Value> bars, int k) {
    adjoints.useSite(new UsesOntoZero.Edge(blk, k));
    for (int j = 0; j < active.size(); j++) {
      adjoints.accumulate(active.get(j).inputs.get(k), bars.get(j));
    }
    adjoints.useSite(null);
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
        Value bar = b.convert(b.read(adjoints.of(scalarParams.get(k))), Type.DOUBLE_TYPE);
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
    adjoints.useSite(i);
    if (i.op == Op.INVOKE) {
      if (i.attr instanceof MethodRef && anyActive(activity, i) && !activity.isPassiveCall(i)) {
        calls.reverseCall(i);
      }
    } else {
      adjoints.reversingOperation(i);
      instructions.reverse(i);
      adjoints.reversingOperation(null);
    }
    adjoints.useSite(null);
  }


  // ---------------------------------------------------------------- what the reversal units ask of this sweep

  Value primalOf(Value v) {
    return p(v);
  }

  Value shadowIn(Value v) {
    return shadowOf(v);
  }

  void definePrimal(Value srcValue, Value dstValue) {
    define(srcValue, dstValue);
  }

  void defineShadowOf(Value srcValue, Value dstShadow) {
    defineShadow(srcValue, dstShadow);
  }

  Insn copyPrimal(Insn i) {
    return copy(i);
  }

  /** {@code v}, made in the forward sweep of the current block, lives there (for {@link #need}). */
  void homeHere(Value v) {
    home.put(v, current);
  }

  /** The primal block being copied or reversed. */
  Block current() {
    return current;
  }

  Value zeroOf(Type t) {
    return zero(b, t);
  }

  /** The workspace's buffer for callees' scalar adjoints, or null when no callee returns any. */
  Value callBuffer() {
    return callBuffer;
  }

  boolean anyActive(Insn i) {
    return anyActive(activity, i);
  }

  /** The variable summing the adjoint of loop-invariant read {@code i} while its loop is reversed, or null. */
  Var readAdjoint(Insn i) {
    return readAdjoints.get(i);
  }

  /** The primal's math calls a rule of call {@code i} on {@code ruleArg} may reuse ({@link Sweep#primalCalls}), read through {@link #need}. */
  Builder.Known primalCallsOf(Insn i, Value ruleArg) {
    return primalCalls(i, ruleArg, true, this::need);
  }

  /** What {@link TapePolicy} reads of this sweep. */
  private final class SweepsView implements TapePolicy.Sweeps {
    @Override
    public Block home(Value v) {
      return home.get(v);
    }

    @Override
    public Value source(Value v) {
      return source.get(v);
    }

    @Override
    public Value primal(Value v) {
      return p(v);
    }

    @Override
    public Block reverseOf(Block blk) {
      return reverse.get(blk);
    }

    @Override
    public List<Insn> invariantReads(Block header) {
      return AdjointBuilder.this.invariantReads.getOrDefault(header, List.of());
    }
  }

  static NotDifferentiable failAt(Insn i, String reason) {
    return fail(i, reason);
  }
}
