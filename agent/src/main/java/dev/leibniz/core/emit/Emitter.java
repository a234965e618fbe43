package dev.leibniz.core.emit;

import static org.objectweb.asm.Opcodes.*;

import dev.leibniz.core.Companions;
import dev.leibniz.core.analysis.Dominators;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Cond;
import dev.leibniz.core.ir.FieldRef;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Types;
import dev.leibniz.core.ir.Value;
import dev.leibniz.core.ir.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Lowers any graph (primal copy, tangent, adjoint) to a {@link MethodNode}. Out of SSA: every
 * value that needs storing gets its own local (so a slot always holds one type), phis become
 * parallel copies on their incoming edges (loaded onto the operand stack, then stored in reverse),
 * constants are rematerialised at each use, and a value used once by the very next instruction
 * stays on the operand stack. A local read where its definition does not dominate (the reverse
 * sweep reads forward values) is zeroed at entry so that the verifier sees it assigned. Frames
 * and max sizes are left to ASM's {@code COMPUTE_FRAMES}.
 */
public final class Emitter {
  private static final int TAPE_START = 32;

  private final Graph g;
  private final InsnList out = new InsnList();
  private final Map<Value, Integer> slots = new HashMap<>();
  private final Map<Var, Integer> varSlots = new LinkedHashMap<>();
  private final Map<Block, LabelNode> labels = new HashMap<>();
  private final Map<Value, Integer> uses = new HashMap<>();
  private final Map<Value, Block> defBlock = new HashMap<>();
  /** Values used in more than one block or by a phi (they keep a slot of their own). */
  private final Set<Value> usedOutside = new HashSet<>();
  /** Values whose slot returns to {@link #free} after their last use. */
  private final Set<Value> pooled = new HashSet<>();
  private final Map<Integer, Deque<Integer>> free = new HashMap<>();
  /** The block of a value's last use; null when that use is a phi input. */
  private final Map<Value, Block> useBlock = new HashMap<>();
  private final Set<Value> needsInit = new LinkedHashSet<>();
  private final Map<Character, int[]> tapes = new LinkedHashMap<>();
  private final Set<String> helpers;
  private final List<Runnable> trampolines = new ArrayList<>();
  /** Calls that pass the workspace on: tapes published before, reloaded after (filled in at the end). */
  private final List<AbstractInsnNode> workspaceCalls = new ArrayList<>();
  /** Returns of a method with a workspace: its tapes go back there first (they may have grown). */
  private final List<AbstractInsnNode> returns = new ArrayList<>();
  /** Recovering trys ({@link dev.leibniz.core.ir.TryRegion}): each entry's block, save point and branch to its handler. */
  private final Map<Insn, Block> tryBlocks = new LinkedHashMap<>(); // by TRY_ENTER: a region inlined twice has two
  private final Map<Insn, LabelNode> trySaves = new HashMap<>();
  private final Map<Insn, LabelNode> tryHandlers = new HashMap<>();
  /** Per block: where the body of a recovering try ends in it ({@code TRY_EXIT}), and where the block's code ends. */
  private final Map<Block, Map<dev.leibniz.core.ir.TryRegion, LabelNode>> tryExits = new HashMap<>();
  private final Map<Block, LabelNode> blockEnds = new HashMap<>();
  private Block current;
  /** Synchronized blocks: where each monitor is taken (block, label after it, the local holding the lock), and released. */
  private final List<SynchronizedRegions.Entered> monitorEnters = new ArrayList<>();
  private final Map<Block, List<LabelNode>> monitorExits = new HashMap<>();
  private int nextSlot;
  private Value onStack;
  private int line = -1;

  private Emitter(Graph g, Set<String> helpers) {
    this.g = g;
    this.helpers = helpers;
  }

  /** Emits {@code g} as a method with {@code access}; records the helpers it calls in {@code helpers}. */
  public static MethodNode emit(Graph g, int access, Set<String> helpers) {
    return new Emitter(g, helpers).run(access);
  }

  private MethodNode run(int access) {
    MethodNode mn = new MethodNode(ASM9, access, g.name, g.desc, null, null);
    assignParams();
    analyseUses();
    // Accumulators are read and written throughout: give them the low slots (no WIDE prefix).
    for (Var v : g.vars) {
      varSlot(v);
    }
    InsnList body = out;
    List<Block> order = new ArrayList<>();
    Dominators dom = new Dominators(g);
    for (Block b : g.blocks) {
      if (dom.reachable(b)) {
        order.add(b);
        labels.put(b, new LabelNode());
      }
    }
    findUninitialised(dom);
    for (int k = 0; k < order.size(); k++) {
      Block b = order.get(k);
      body.add(labels.get(b));
      current = b;
      block(b, k + 1 < order.size() ? order.get(k + 1) : null);
      LabelNode end = new LabelNode();
      body.add(end);
      blockEnds.put(b, end);
    }
    for (Runnable t : trampolines) {
      t.run();
    }
    if (!tryBlocks.isEmpty()) {
      RecoveringTrys.emit(this, mn);
    }
    if (!monitorEnters.isEmpty()) {
      SynchronizedRegions.emit(this, mn, monitorEnters);
    }
    InsnList prologue = new InsnList();
    for (Value v : needsInit) {
      prologue.add(zeroConst(v.type));
      prologue.add(new VarInsnNode(v.type.getOpcode(ISTORE), slot(v)));
    }
    for (Map.Entry<Var, Integer> e : varSlots.entrySet()) {
      prologue.add(zeroConst(e.getKey().type));
      prologue.add(new VarInsnNode(e.getKey().type.getOpcode(ISTORE), e.getValue()));
    }
    if (g.workspace != null) {
      workspaceCode(prologue);
    }
    for (Map.Entry<Character, int[]> e : g.workspace != null ? Map.<Character, int[]>of().entrySet() : tapes.entrySet()) {
      prologue.add(new IntInsnNode(BIPUSH, TAPE_START));
      char kind = e.getKey();
      if (kind == 'A') {
        prologue.add(new TypeInsnNode(ANEWARRAY, "java/lang/Object"));
      } else {
        prologue.add(new IntInsnNode(NEWARRAY, kind == 'D' ? T_DOUBLE : kind == 'J' ? T_LONG : T_INT));
      }
      prologue.add(new VarInsnNode(ASTORE, e.getValue()[0]));
      prologue.add(new InsnNode(ICONST_0));
      prologue.add(new VarInsnNode(ISTORE, e.getValue()[1]));
    }
    mn.instructions.add(prologue);
    mn.instructions.add(body);
    return mn;
  }

  /**
   * Tapes from the workspace ({@link Workspace}): loaded with their positions at entry; positions
   * published before each call that passes the workspace on, tapes and positions reloaded after
   * it, positions stored back at each return. A tape array goes to the workspace when it grows
   * ({@link #grown}), so the workspace always holds the current arrays: publishing them at every
   * call and return was an array store (type check and GC barrier) per tape, on every call of
   * every split sweep (issue 11).
   */
  private void workspaceCode(InsnList prologue) {
    for (char kind : tapes.keySet()) {
      prologue.add(loadTape(kind));
      prologue.add(loadPosition(kind));
    }
    for (AbstractInsnNode call : workspaceCalls) {
      InsnList before = new InsnList();
      InsnList after = new InsnList();
      for (char kind : tapes.keySet()) {
        before.add(storePosition(kind));
        after.add(loadTape(kind));
        after.add(loadPosition(kind));
      }
      out.insertBefore(call, before);
      out.insert(call, after);
    }
    for (AbstractInsnNode ret : returns) {
      InsnList before = new InsnList();
      for (char kind : tapes.keySet()) {
        before.add(storePosition(kind));
      }
      out.insertBefore(ret, before);
    }
  }

  /** After a grow helper left tape {@code kind}'s new array on the stack: it becomes the local's and, with a workspace, the workspace's. */
  private void grown(char kind) {
    add(new VarInsnNode(ASTORE, tapes.get(kind)[0]));
    if (g.workspace != null) out.add(storeTape(kind));
  }

  private InsnList loadPosition(char kind) {
    InsnList l = new InsnList();
    l.add(positions());
    l.add(intConst(Workspace.slot(kind)));
    l.add(new InsnNode(IALOAD));
    l.add(new VarInsnNode(ISTORE, tapes.get(kind)[1]));
    return l;
  }

  private InsnList storePosition(char kind) {
    InsnList l = new InsnList();
    l.add(positions());
    l.add(intConst(Workspace.slot(kind)));
    l.add(new VarInsnNode(ILOAD, tapes.get(kind)[1]));
    l.add(new InsnNode(IASTORE));
    return l;
  }

  private InsnList positions() {
    InsnList l = new InsnList();
    l.add(new VarInsnNode(ALOAD, slot(g.workspace)));
    l.add(intConst(Workspace.POSITIONS));
    l.add(new InsnNode(AALOAD));
    l.add(new TypeInsnNode(CHECKCAST, "[I"));
    return l;
  }

  private InsnList loadTape(char kind) {
    InsnList l = new InsnList();
    l.add(new VarInsnNode(ALOAD, slot(g.workspace)));
    l.add(intConst(Workspace.slot(kind)));
    l.add(new InsnNode(AALOAD));
    l.add(new TypeInsnNode(CHECKCAST, tapeDesc(kind)));
    l.add(new VarInsnNode(ASTORE, tapes.get(kind)[0]));
    return l;
  }

  private InsnList storeTape(char kind) {
    InsnList l = new InsnList();
    l.add(new VarInsnNode(ALOAD, slot(g.workspace)));
    l.add(intConst(Workspace.slot(kind)));
    l.add(new VarInsnNode(ALOAD, tapes.get(kind)[0]));
    l.add(new InsnNode(AASTORE));
    return l;
  }

  // For RecoveringTrys, which lowers the recovering trys once every block is emitted.
  Map<Insn, Block> tryBlocks() { return tryBlocks; }
  LabelNode trySave(Insn enter) { return trySaves.get(enter); }
  LabelNode tryHandler(Insn enter) { return tryHandlers.get(enter); }
  LabelNode tryExit(Block b, dev.leibniz.core.ir.TryRegion r) { return tryExits.getOrDefault(b, Map.of()).get(r); }
  LabelNode label(Block b) { return labels.get(b); }
  LabelNode blockEnd(Block b) { return blockEnds.get(b); }
  InsnList code() { return out; }
  List<LabelNode> monitorExits(Block b) { return monitorExits.getOrDefault(b, List.of()); }
  Map<Character, int[]> tapeSlots() { return tapes; }
  boolean hasWorkspace() { return g.workspace != null; }
  InsnList reloadTape(char kind) { return loadTape(kind); }
  int newIntSlot() { return nextSlot++; }

  private void assignParams() {
    int s = 0;
    Type[] args = Type.getArgumentTypes(g.desc);
    int k = 0;
    if (!g.isStatic()) {
      slots.put(g.params.get(k++), s++);
    }
    for (Type t : args) {
      slots.put(g.params.get(k++), s);
      s += t.getSize();
    }
    nextSlot = s;
  }

  private void use(Value v, Block at, boolean phi) {
    uses.merge(v, 1, Integer::sum);
    Block before = useBlock.get(v);
    if (phi || (useBlock.containsKey(v) && before != at)) {
      usedOutside.add(v);
    }
    useBlock.put(v, phi ? null : at);
  }

  /**
   * A pure value used once, by a later instruction of its own block, is computed where it is used
   * (expression trees on the operand stack instead of a local per value): its operands are SSA
   * values, so moving it does not change what it computes.
   */
  private boolean sinkable(Insn i) {
    if (!i.op.isPureFor(i.type)) return false;
    return uses.getOrDefault(i, 0) == 1 && useBlock.get(i) != null && useBlock.get(i) == defBlock.get(i)
        && !needsInit.contains(i);
  }

  private void analyseUses() {
    for (Block b : g.blocks) {
      for (Phi p : b.phis) {
        defBlock.put(p, b);
        p.inputs.forEach(v -> use(v, b, true));
      }
      for (Insn i : b.insns) {
        defBlock.put(i, b);
        for (Value a : i.args) use(a, b, false);
      }
      for (Value a : b.terminator.args) use(a, b, false);
    }
  }

  private void findUninitialised(Dominators dom) {
    for (Block b : g.blocks) {
      if (!dom.reachable(b)) continue;
      for (Phi p : b.phis) {
        for (int k = 0; k < p.inputs.size(); k++) {
          check(dom, p.inputs.get(k), b.preds.get(k));
        }
      }
      for (Insn i : b.insns) {
        for (Value a : i.args) check(dom, a, b);
      }
      for (Value a : b.terminator.args) check(dom, a, b);
    }
  }

  private void check(Dominators dom, Value v, Block at) {
    if (isConst(v) || (v instanceof Insn && ((Insn) v).op == Op.PARAM)) {
      return;
    }
    Block d = defBlock.get(v);
    if (d == null || !dom.dominates(d, at)) {
      needsInit.add(v);
    }
  }

  private static boolean isConst(Value v) {
    return v instanceof Insn && ((Insn) v).op == Op.CONST;
  }

  private int slot(Value v) {
    Integer s = slots.get(v);
    if (s == null) {
      Deque<Integer> pool = pooled.contains(v) ? free.get(v.type.getSize()) : null;
      if (pool != null && !pool.isEmpty()) {
        s = pool.pop();
      } else {
        s = nextSlot;
        nextSlot += v.type.getSize();
      }
      slots.put(v, s);
    }
    return s;
  }

  private int varSlot(Var v) {
    return varSlots.computeIfAbsent(v, x -> {
      int s = nextSlot;
      nextSlot += x.type.getSize();
      return s;
    });
  }

  private int[] tape(char kind) {
    return tapes.computeIfAbsent(kind, k -> {
      int[] s = {nextSlot, nextSlot + 1};
      nextSlot += 2;
      return s;
    });
  }

  private void add(AbstractInsnNode n) {
    out.add(n);
  }

  private void load(Value v) {
    if (onStack == v) {
      onStack = null;
      return;
    }
    if (v instanceof Insn && sinkable((Insn) v)) {
      code((Insn) v);
      return;
    }
    if (isConst(v)) {
      add(constant((Insn) v));
      return;
    }
    add(new VarInsnNode(v.type.getOpcode(ILOAD), slot(v)));
  }

  private void loadAll(Value[] args) {
    for (Value a : args) load(a);
  }

  private void block(Block b, Block next) {
    List<Insn> insns = b.insns;
    Map<Integer, List<Value>> dying = lastUses(b);
    for (int k = 0; k < insns.size(); k++) {
      Insn i = insns.get(k);
      Insn following = k + 1 < insns.size() ? insns.get(k + 1) : b.terminator;
      insn(i, following);
      release(dying.get(k));
    }
    terminator(b, next);
    release(dying.get(insns.size()));
  }

  /**
   * For the values used only inside {@code b}: the position of the instruction after which each
   * is dead (a value read by a sunk expression dies with the expression's consumer). Their slots
   * are then reused, which keeps slot numbers small (no {@code WIDE} prefixes) in long blocks.
   */
  private Map<Integer, List<Value>> lastUses(Block b) {
    Map<Value, Integer> last = new LinkedHashMap<>();
    List<Insn> insns = b.insns;
    for (int k = 0; k <= insns.size(); k++) {
      Insn i = k < insns.size() ? insns.get(k) : b.terminator;
      if (k < insns.size() && sinkable(i)) {
        continue;
      }
      markUses(i, k, last);
    }
    Map<Integer, List<Value>> dying = new HashMap<>();
    for (Map.Entry<Value, Integer> e : last.entrySet()) {
      Value v = e.getKey();
      if (defBlock.get(v) == b && useBlock.get(v) == b && isLocalToBlock(v)) {
        pooled.add(v);
        dying.computeIfAbsent(e.getValue(), x -> new ArrayList<>()).add(v);
      }
    }
    return dying;
  }

  private void markUses(Insn i, int position, Map<Value, Integer> last) {
    for (Value a : i.args) {
      last.put(a, position);
      if (a instanceof Insn && sinkable((Insn) a)) {
        markUses((Insn) a, position, last);
      }
    }
  }

  private boolean isLocalToBlock(Value v) {
    return v instanceof Insn && ((Insn) v).op != Op.PARAM && ((Insn) v).op != Op.CONST && !needsInit.contains(v)
        && !usedOutside.contains(v);
  }

  private void release(List<Value> values) {
    if (values == null) {
      return;
    }
    for (Value v : values) {
      Integer s = slots.remove(v);
      if (s != null) {
        free.computeIfAbsent(v.type.getSize(), k -> new ArrayDeque<>()).push(s);
      }
    }
  }

  private void lineOf(Insn i) {
    if (i.line > 0 && i.line != line) {
      line = i.line;
      LabelNode l = new LabelNode();
      add(l);
      add(new LineNumberNode(line, l));
    }
  }

  private static boolean isPure(Insn i) {
    switch (i.op) {
      case CONST: case VAR_READ: case SHADOW: case PARAM:
        return true;
      default:
        return i.op.isPureFor(i.type);
    }
  }

  private void insn(Insn i, Insn following) {
    int n = uses.getOrDefault(i, 0);
    if (i.op == Op.PARAM || i.op == Op.CONST || (n == 0 && isPure(i)) || sinkable(i)) {
      return;
    }
    lineOf(i);
    code(i);
    if (!i.hasResult()) {
      return;
    }
    if (n == 0) {
      add(new InsnNode(i.isWide() ? POP2 : POP));
    } else if (n == 1 && following != null && following.args.length > 0 && following.args[0] == i
        && keepsFirstOperand(following) && !needsInit.contains(i)
        && !(isPure(following) && uses.getOrDefault(following, 0) == 0 && following.hasResult())
        && !sinkable(following)) {
      onStack = i;
    } else {
      add(new VarInsnNode(i.type.getOpcode(ISTORE), slot(i)));
    }
  }

  /**
   * {@code leibniz$loadOrZeroD/F(t, i)} (a read of a tangent array that may be null, core.analysis.ReadOnlyArrays),
   * its two operands on the stack, written out here instead of called: each read gets its own branch profile,
   * so where the array is never null (or always) the JIT keeps one path, as for a plain load; a shared helper's
   * profile would see both wherever some call passes null.
   */
  private boolean loadOrZero(Insn i) {
    String name = i.method().name();
    boolean d = name.equals(Companions.HELPER_PREFIX + "loadOrZeroD");
    if (!d && !name.equals(Companions.HELPER_PREFIX + "loadOrZeroF")) return false;
    LabelNode zero = new LabelNode(), done = new LabelNode();
    add(new InsnNode(SWAP)); // index, array
    add(new InsnNode(DUP_X1)); // array, index, array
    add(new JumpInsnNode(IFNULL, zero));
    add(new InsnNode(d ? DALOAD : FALOAD));
    add(new JumpInsnNode(GOTO, done));
    add(zero);
    add(new InsnNode(POP2));
    add(new InsnNode(d ? DCONST_0 : FCONST_0));
    add(done);
    return true;
  }

  /** Whether {@code i} loads its first operand first, before any branch of its own. */
  private static boolean keepsFirstOperand(Insn i) {
    return i.op != Op.SHADOW && i.op != Op.TAPE_PUSH && i.op != Op.CONST && i.op != Op.PARAM;
  }

  private void code(Insn i) {
    switch (i.op) {
      case ADD: case SUB: case MUL: case DIV: case REM: case NEG: case SHL: case SHR: case USHR: case AND: case OR: case XOR:
        loadAll(i.args);
        add(new InsnNode(i.type.getOpcode(arith(i.op))));
        return;
      case CONV: {
        load(i.arg(0));
        int op = i.attr instanceof Integer ? (Integer) i.attr : conversion(i.arg(0).type, i.type);
        if (op != NOP) add(new InsnNode(op));
        return;
      }
      case CMP:
        loadAll(i.args);
        add(new InsnNode((Integer) i.attr));
        return;
      case SELECT: {
        load(i.arg(0));
        LabelNode yes = new LabelNode(), end = new LabelNode();
        add(new JumpInsnNode(((Cond) i.attr).zeroOpcode(), yes));
        load(i.arg(2));
        add(new JumpInsnNode(GOTO, end));
        add(yes);
        load(i.arg(1));
        add(end);
        return;
      }
      case TRY_ENTER: { // 0: the body runs; the tape positions are saved here (RecoveringTrys)
        LabelNode save = new LabelNode();
        add(save);
        trySaves.put(i, save);
        tryBlocks.put(i, current);
        add(new InsnNode(ICONST_0));
        return;
      }
      case MONITOR_ENTER: { // the lock also goes to a local of its own, for the release where an exception leaves the block
        load(i.arg(0));
        int lock = nextSlot++;
        add(new InsnNode(DUP));
        add(new VarInsnNode(ASTORE, lock));
        add(new InsnNode(MONITORENTER));
        LabelNode start = new LabelNode();
        add(start);
        monitorEnters.add(new SynchronizedRegions.Entered(current, start, lock));
        return;
      }
      case MONITOR_EXIT: {
        LabelNode end = new LabelNode();
        add(end);
        monitorExits.computeIfAbsent(current, x -> new ArrayList<>()).add(end);
        load(i.arg(0));
        add(new InsnNode(MONITOREXIT));
        return;
      }
      case TRY_EXIT: {
        LabelNode exit = new LabelNode();
        add(exit);
        tryExits.computeIfAbsent(current, x -> new HashMap<>()).put((dev.leibniz.core.ir.TryRegion) i.attr, exit);
        return;
      }
      case MATH: case INVOKE: case HELPER:
        loadAll(i.args);
        if (i.op == Op.HELPER && loadOrZero(i)) return;
        if (i.attr instanceof InvokeDynamicInsnNode) {
          InvokeDynamicInsnNode d = (InvokeDynamicInsnNode) i.attr;
          add(new InvokeDynamicInsnNode(d.name, d.desc, d.bsm, d.bsmArgs));
        } else {
          MethodRef m = i.method();
          if (i.op == Op.HELPER) helpers.add(m.name().substring(Companions.HELPER_PREFIX.length()));
          MethodInsnNode call = new MethodInsnNode(m.opcode(), m.owner(), m.name(), m.desc(), m.itf());
          add(call);
          if (i.op == Op.INVOKE && g.workspace != null && Arrays.asList(i.args).contains(g.workspace)) {
            workspaceCalls.add(call);
          }
        }
        return;
      case GETSTATIC: case GETFIELD: case PUTSTATIC: case PUTFIELD: {
        loadAll(i.args);
        FieldRef f = (FieldRef) i.attr;
        int op = i.op == Op.GETSTATIC ? GETSTATIC : i.op == Op.GETFIELD ? GETFIELD : i.op == Op.PUTSTATIC ? PUTSTATIC : PUTFIELD;
        add(new FieldInsnNode(op, f.owner(), f.name(), f.desc()));
        return;
      }
      case ALOAD:
        loadAll(i.args);
        add(new InsnNode(i.attr instanceof Integer ? (Integer) i.attr : Types.component(i.arg(0).type).getOpcode(IALOAD)));
        return;
      case ASTORE:
        loadAll(i.args);
        add(new InsnNode(i.attr instanceof Integer ? (Integer) i.attr : Types.component(i.arg(0).type).getOpcode(IASTORE)));
        return;
      case ALENGTH:
        load(i.arg(0));
        add(new InsnNode(ARRAYLENGTH));
        return;
      case NEWARRAY:
        loadAll(i.args);
        newArray(i.type, i.args.length);
        return;
      case NEW:
        add(new TypeInsnNode(NEW, i.type.getInternalName()));
        return;
      case CHECKCAST:
        load(i.arg(0));
        add(new TypeInsnNode(CHECKCAST, ((Type) i.attr).getInternalName()));
        return;
      case INSTANCEOF:
        load(i.arg(0));
        add(new TypeInsnNode(INSTANCEOF, ((Type) i.attr).getInternalName()));
        return;
      case SHADOW: {
        LabelNode done = new LabelNode();
        load(i.arg(1));
        add(new InsnNode(DUP));
        add(new JumpInsnNode(IFNONNULL, done));
        add(new InsnNode(POP));
        load(i.arg(0));
        helpers.add("zeros");
        add(new MethodInsnNode(INVOKESTATIC, g.owner, Companions.HELPER_PREFIX + "zeros", "(Ljava/lang/Object;)Ljava/lang/Object;", g.ownerIsInterface));
        add(new TypeInsnNode(CHECKCAST, i.type.getInternalName()));
        add(done);
        return;
      }
      case VAR_READ:
        add(new VarInsnNode(i.var().type.getOpcode(ILOAD), varSlot(i.var())));
        return;
      case RESTORE: {
        load(i.arg(0));
        Value target = (Value) i.attr;
        add(new VarInsnNode(target.type.getOpcode(ISTORE), slot(target)));
        return;
      }
      case VAR_WRITE:
        load(i.arg(0));
        add(new VarInsnNode(i.var().type.getOpcode(ISTORE), varSlot(i.var())));
        return;
      case TAPE_PUSH:
        push(i.args, Boolean.TRUE.equals(i.attr));
        return;
      case TAPE_RESERVE:
        reserve(i.arg(0), (int[]) i.attr);
        return;
      case TAPE_POP:
        pop(i.type);
        return;
      default:
        throw new IllegalStateException("cannot emit " + i.op);
    }
  }

  private static char tapeKind(Type t) {
    switch (t.getSort()) {
      case Type.DOUBLE: case Type.FLOAT: return 'D';
      case Type.LONG: return 'J';
      case Type.INT: case Type.BOOLEAN: case Type.BYTE: case Type.CHAR: case Type.SHORT: return 'I';
      default: return 'A';
    }
  }

  private static String tapeDesc(char kind) {
    return kind == 'A' ? "[Ljava/lang/Object;" : "[" + kind;
  }

  private void push(Value[] values, boolean reserved) {
    Map<Character, Integer> counts = new HashMap<>();
    for (Value v : values) counts.merge(tapeKind(v.type), 1, Integer::sum);
    for (Map.Entry<Character, Integer> e : reserved ? Map.<Character, Integer>of().entrySet() : counts.entrySet()) {
      char kind = e.getKey();
      int[] t = tape(kind);
      String d = tapeDesc(kind);
      helpers.add("grow" + kind);
      // The common case (room left) is one comparison; only growth calls the helper. (A position
      // that overflowed int is negative: the store below then fails, loudly.)
      LabelNode room = new LabelNode();
      add(new VarInsnNode(ILOAD, t[1]));
      add(intConst(e.getValue()));
      add(new InsnNode(IADD));
      add(new VarInsnNode(ALOAD, t[0]));
      add(new InsnNode(ARRAYLENGTH));
      add(new JumpInsnNode(IF_ICMPLE, room));
      add(new VarInsnNode(ALOAD, t[0]));
      add(new VarInsnNode(ILOAD, t[1]));
      add(intConst(e.getValue()));
      add(new InsnNode(IADD));
      add(new LdcInsnNode(g.owner.replace('/', '.') + "." + publicName(g.name)));
      add(new MethodInsnNode(INVOKESTATIC, g.owner, Companions.HELPER_PREFIX + "grow" + kind, "(" + d + "ILjava/lang/String;)" + d, g.ownerIsInterface));
      grown(kind);
      add(room);
    }
    for (Value v : values) {
      char kind = tapeKind(v.type);
      int[] t = tape(kind);
      add(new VarInsnNode(ALOAD, t[0]));
      add(new VarInsnNode(ILOAD, t[1]));
      load(v);
      if (v.type.getSort() == Type.FLOAT) add(new InsnNode(F2D));
      add(new InsnNode(kind == 'D' ? DASTORE : kind == 'J' ? LASTORE : kind == 'I' ? IASTORE : AASTORE));
      add(new IincInsnNode(t[1], 1));
    }
  }

  /**
   * Room for {@code (max(0, trips) + 1) × perTrip[k]} more entries on each tape {@code k}: one
   * comparison per tape before a loop whose pushes then check nothing. A need past
   * {@code Integer.MAX_VALUE} asks for that many, which fails as a tape that cannot grow.
   */
  private void reserve(Value trips, int[] perTrip) {
    int runs = nextSlot;
    nextSlot += 2;
    load(trips);
    add(new InsnNode(LCONST_0));
    add(new MethodInsnNode(INVOKESTATIC, "java/lang/Math", "max", "(JJ)J", false));
    add(new InsnNode(LCONST_1));
    add(new InsnNode(LADD));
    add(new VarInsnNode(LSTORE, runs));
    for (int k = 0; k < perTrip.length; k++) {
      if (perTrip[k] == 0) continue;
      char kind = "DIJA".charAt(k);
      int[] t = tape(kind);
      String d = tapeDesc(kind);
      helpers.add("grow" + kind);
      LabelNode room = new LabelNode();
      add(new VarInsnNode(LLOAD, runs));
      add(new LdcInsnNode((long) perTrip[k]));
      add(new InsnNode(LMUL));
      add(new VarInsnNode(ILOAD, t[1]));
      add(new InsnNode(I2L));
      add(new InsnNode(LADD));
      add(new LdcInsnNode((long) Integer.MAX_VALUE));
      add(new MethodInsnNode(INVOKESTATIC, "java/lang/Math", "min", "(JJ)J", false));
      add(new InsnNode(L2I));
      add(new InsnNode(DUP));
      add(new VarInsnNode(ALOAD, t[0]));
      add(new InsnNode(ARRAYLENGTH));
      LabelNode grow = new LabelNode();
      add(new JumpInsnNode(IF_ICMPGT, grow));
      add(new InsnNode(POP));
      add(new JumpInsnNode(GOTO, room));
      add(grow);
      add(new VarInsnNode(ALOAD, t[0]));
      add(new InsnNode(SWAP));
      add(new LdcInsnNode(g.owner.replace('/', '.') + "." + publicName(g.name)));
      add(new MethodInsnNode(INVOKESTATIC, g.owner, Companions.HELPER_PREFIX + "grow" + kind, "(" + d + "ILjava/lang/String;)" + d, g.ownerIsInterface));
      grown(kind);
      add(room);
    }
  }

  /** The companion a user knows: {@code m$adjoint} for its private body, split or variant. */
  private static String publicName(String name) {
    int k = name.indexOf(Companions.ADJOINT + "$");
    return k < 0 ? name : name.substring(0, k + Companions.ADJOINT.length());
  }

  private void pop(Type type) {
    char kind = tapeKind(type);
    int[] t = tape(kind);
    add(new IincInsnNode(t[1], -1));
    add(new VarInsnNode(ALOAD, t[0]));
    add(new VarInsnNode(ILOAD, t[1]));
    add(new InsnNode(kind == 'D' ? DALOAD : kind == 'J' ? LALOAD : kind == 'I' ? IALOAD : AALOAD));
    if (kind == 'A') {
      // The workspace outlives the gradient: it must not keep the caller's arrays reachable.
      add(new VarInsnNode(ALOAD, t[0]));
      add(new VarInsnNode(ILOAD, t[1]));
      add(new InsnNode(ACONST_NULL));
      add(new InsnNode(AASTORE));
    }
    if (type.getSort() == Type.FLOAT) add(new InsnNode(D2F));
    if (kind == 'A' && !type.equals(Types.OBJECT) && !type.equals(Types.NULL)) {
      add(new TypeInsnNode(CHECKCAST, type.getInternalName()));
    }
  }

  private void newArray(Type t, int dims) {
    if (dims > 1) {
      add(new MultiANewArrayInsnNode(t.getDescriptor(), dims));
      return;
    }
    Type e = Types.component(t);
    switch (e.getSort()) {
      case Type.BOOLEAN: add(new IntInsnNode(NEWARRAY, T_BOOLEAN)); return;
      case Type.CHAR: add(new IntInsnNode(NEWARRAY, T_CHAR)); return;
      case Type.BYTE: add(new IntInsnNode(NEWARRAY, T_BYTE)); return;
      case Type.SHORT: add(new IntInsnNode(NEWARRAY, T_SHORT)); return;
      case Type.INT: add(new IntInsnNode(NEWARRAY, T_INT)); return;
      case Type.LONG: add(new IntInsnNode(NEWARRAY, T_LONG)); return;
      case Type.FLOAT: add(new IntInsnNode(NEWARRAY, T_FLOAT)); return;
      case Type.DOUBLE: add(new IntInsnNode(NEWARRAY, T_DOUBLE)); return;
      default: add(new TypeInsnNode(ANEWARRAY, e.getInternalName()));
    }
  }

  private void terminator(Block b, Block next) {
    Insn t = b.terminator;
    lineOf(t);
    switch (t.op) {
      case GOTO:
        copies(b, t.targets[0]);
        if (t.targets[0] != next) add(new JumpInsnNode(GOTO, labels.get(t.targets[0])));
        return;
      case IF: {
        loadAll(t.args);
        Cond c = t.cond();
        int op;
        if (t.args.length == 1) {
          op = c.zeroOpcode();
        } else {
          op = c.pairOpcode(Types.isReference(t.arg(0).type) || t.arg(0).type.equals(Types.NULL));
        }
        LabelNode taken = edge(b, t.targets[0]);
        add(new JumpInsnNode(op, taken));
        if (t.arg(0) instanceof Insn && ((Insn) t.arg(0)).op == Op.TRY_ENTER) {
          if (t.args.length != 1 || c != Cond.NE) throw new IllegalStateException("a try entry tested otherwise: " + c);
          tryHandlers.put((Insn) t.arg(0), taken);
        }
        copies(b, t.targets[1]);
        if (t.targets[1] != next) add(new JumpInsnNode(GOTO, labels.get(t.targets[1])));
        return;
      }
      case SWITCH: {
        load(t.arg(0));
        int[] keys = (int[]) t.attr;
        LabelNode[] ls = new LabelNode[keys.length];
        Integer[] order = new Integer[keys.length];
        for (int k = 0; k < keys.length; k++) order[k] = k;
        Arrays.sort(order, (x, y) -> Integer.compare(keys[x], keys[y]));
        int[] sorted = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
          sorted[k] = keys[order[k]];
          ls[k] = edge(b, t.targets[order[k]]);
        }
        LabelNode dflt = edge(b, t.targets[keys.length]);
        boolean dense = keys.length > 0 && sorted[keys.length - 1] - sorted[0] == keys.length - 1;
        if (dense) {
          add(new TableSwitchInsnNode(sorted[0], sorted[keys.length - 1], dflt, ls));
        } else {
          add(new LookupSwitchInsnNode(dflt, sorted, ls));
        }
        return;
      }
      case RETURN: {
        InsnNode ret;
        if (t.args.length == 0) {
          ret = new InsnNode(RETURN);
        } else {
          load(t.arg(0));
          ret = new InsnNode(Type.getReturnType(g.desc).getOpcode(IRETURN));
        }
        add(ret);
        if (g.workspace != null) returns.add(ret);
        return;
      }
      case THROW:
        load(t.arg(0));
        add(new InsnNode(ATHROW));
        return;
      default:
        throw new IllegalStateException("not a terminator: " + t.op);
    }
  }

  /** The label to branch to for edge {@code from -> to}: a trampoline when {@code to} has phis. */
  private LabelNode edge(Block from, Block to) {
    if (to.phis.isEmpty()) {
      return labels.get(to);
    }
    LabelNode tramp = new LabelNode();
    trampolines.add(() -> {
      add(tramp);
      copies(from, to);
      add(new JumpInsnNode(GOTO, labels.get(to)));
    });
    return tramp;
  }

  /** The parallel copy into {@code to}'s phis for the edge from {@code from}. */
  private void copies(Block from, Block to) {
    if (to.phis.isEmpty()) {
      return;
    }
    int k = to.preds.indexOf(from);
    List<Phi> phis = to.phis;
    for (Phi p : phis) {
      load(p.inputs.get(k));
    }
    for (int j = phis.size() - 1; j >= 0; j--) {
      Phi p = phis.get(j);
      add(new VarInsnNode(p.type.getOpcode(ISTORE), slot(p)));
    }
  }

  private static int arith(Op op) {
    switch (op) {
      case ADD: return IADD;
      case SUB: return ISUB;
      case MUL: return IMUL;
      case DIV: return IDIV;
      case REM: return IREM;
      case NEG: return INEG;
      case SHL: return ISHL;
      case SHR: return ISHR;
      case USHR: return IUSHR;
      case AND: return IAND;
      case OR: return IOR;
      default: return IXOR;
    }
  }

  private static int conversion(Type from, Type to) {
    int f = Types.stackType(from).getSort(), t = Types.stackType(to).getSort();
    if (f == t) return NOP;
    int fi = kindIndex(f), ti = kindIndex(t);
    int[][] table = {
      {NOP, I2L, I2F, I2D},
      {L2I, NOP, L2F, L2D},
      {F2I, F2L, NOP, F2D},
      {D2I, D2L, D2F, NOP}
    };
    return table[fi][ti];
  }

  private static int kindIndex(int sort) {
    switch (sort) {
      case Type.INT: return 0;
      case Type.LONG: return 1;
      case Type.FLOAT: return 2;
      default: return 3;
    }
  }

  private static AbstractInsnNode intConst(int v) {
    if (v >= -1 && v <= 5) return new InsnNode(ICONST_0 + v);
    if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) return new IntInsnNode(BIPUSH, v);
    if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) return new IntInsnNode(SIPUSH, v);
    return new LdcInsnNode(v);
  }

  private static AbstractInsnNode constant(Insn c) {
    Object v = c.attr;
    if (v == null) return new InsnNode(ACONST_NULL);
    if (v instanceof Integer) return intConst((Integer) v);
    if (v instanceof Long) {
      long l = (Long) v;
      return l == 0 || l == 1 ? new InsnNode(LCONST_0 + (int) l) : new LdcInsnNode(l);
    }
    if (v instanceof Float) {
      float f = (Float) v;
      if (Float.floatToRawIntBits(f) == 0) return new InsnNode(FCONST_0);
      if (f == 1f) return new InsnNode(FCONST_1);
      if (f == 2f) return new InsnNode(FCONST_2);
      return new LdcInsnNode(f);
    }
    if (v instanceof Double) {
      double d = (Double) v;
      if (Double.doubleToRawLongBits(d) == 0) return new InsnNode(DCONST_0);
      if (d == 1d) return new InsnNode(DCONST_1);
      return new LdcInsnNode(d);
    }
    if (v instanceof Handle) return new LdcInsnNode(v);
    return new LdcInsnNode(v);
  }

  private static AbstractInsnNode zeroConst(Type t) {
    switch (t.getSort()) {
      case Type.LONG: return new InsnNode(LCONST_0);
      case Type.FLOAT: return new InsnNode(FCONST_0);
      case Type.DOUBLE: return new InsnNode(DCONST_0);
      case Type.ARRAY: case Type.OBJECT: return new InsnNode(ACONST_NULL);
      default: return new InsnNode(ICONST_0);
    }
  }
}
