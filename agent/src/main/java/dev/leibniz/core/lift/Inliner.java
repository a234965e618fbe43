package dev.leibniz.core.lift;

import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.ir.Phi;
import dev.leibniz.core.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Inlines calls of small loop-free static methods of the same class into a graph before it is
 * differentiated. Derivative code then sees one method: no joint-mode recomputation of the
 * callee, no snapshots of its array arguments, no per-call tapes, and the JIT gets straight code.
 * Recursive calls and large callees are left as calls.
 */
public final class Inliner {
  /** A callee with more instructions than this stays a call. */
  public static final int MAX_CALLEE = 400;
  /** Stop inlining once the graph has grown by this many instructions. */
  public static final int MAX_GROWTH = 1500;

  /** A loop helper ({@link #inlineLoopHelpers}) with more instructions than this stays a call. */
  public static final int MAX_LOOP_HELPER = 160;

  private final Graph g;
  private final Function<MethodRef, Graph> bodies;
  private int growth;
  /** Whether small loop helpers called in a loop of {@code g} are inlined too. */
  private boolean loopHelpers;
  /** Whether a loop helper was inlined. */
  private boolean inlinedLoop;

  private Inliner(Graph g, Function<MethodRef, Graph> bodies) {
    this.g = g;
    this.bodies = bodies;
  }

  /** Inlines into {@code g} the calls for which {@code bodies} gives a (lifted) callee graph. */
  public static void inline(Graph g, Function<MethodRef, Graph> bodies) {
    new Inliner(g, bodies).run();
  }

  /**
   * Like {@link #inline}, and also inlines small loop helpers: source methods of the class with
   * loops of their own, at most {@link #MAX_LOOP_HELPER} instructions, called from inside a loop of
   * {@code g}. For the reverse mode: called once per trip, a helper's split companions cost their
   * protocol on every call (workspace loads, frame pushes, position stores) and are too large for
   * the JIT to inline; inlined, the helper's loops become inner loops of the caller's one tape.
   * True when a loop helper was inlined (else the graph is what {@link #inline} makes).
   */
  public static boolean inlineLoopHelpers(Graph g, Function<MethodRef, Graph> bodies) {
    Inliner in = new Inliner(g, bodies);
    in.loopHelpers = true;
    in.run();
    return in.inlinedLoop;
  }

  private void run() {
    List<String> stack = new ArrayList<>();
    stack.add(g.name + g.desc);
    for (int k = 0; k < g.blocks.size(); k++) {
      Block b = g.blocks.get(k);
      for (int j = 0; j < b.insns.size(); j++) {
        Insn call = b.insns.get(j);
        if (call.op != Op.INVOKE || !(call.attr instanceof MethodRef) || !call.method().isStatic()) {
          continue;
        }
        MethodRef m = call.method();
        if (!m.owner().equals(g.owner) || (m.name() + m.desc()).equals(g.name + g.desc)) {
          continue;
        }
        Graph callee = bodies.apply(m);
        if (callee == null || size(callee) > MAX_CALLEE || growth + size(callee) > MAX_GROWTH || calls(callee, m)
            || !returns(callee)) {
          continue;
        }
        boolean loop = hasLoop(callee);
        if (loop && !(loopHelpers && loopHelper(m, callee) && new dev.leibniz.core.analysis.Cycles(g).inCycle(b))) {
          continue;
        }
        inlinedLoop |= loop;
        growth += size(callee);
        splice(b, j, call, callee);
        break; // the rest of b moved to a new block, visited later
      }
    }
  }

  /**
   * Replaces the call at index {@code j} of {@code b} with a copy of {@code callee} (whose
   * parameters, receiver first, are the call's arguments); the rest of {@code b} moves to a new
   * block. Used by scalar replacement to inline the methods of objects it takes apart.
   */
  public static void spliceCall(Graph g, Block b, int j, Graph callee) {
    Inliner in = new Inliner(g, null);
    in.atCallLine = !callee.owner.equals(g.owner);
    in.splice(b, j, b.insns.get(j), callee);
  }

  /** Give inlined instructions the call's line (code of another class: its lines are another file's). */
  private boolean atCallLine;

  /** The number of instructions, phis and terminators of {@code c}. */
  public static int size(Graph c) {
    int n = 0;
    for (Block b : c.blocks) n += b.insns.size() + b.phis.size() + 1;
    return n;
  }

  /**
   * Callees with loops stay calls: inlined, their loop-carried reads of arrays that the caller
   * rewrites would each be taped, where joint reversal snapshots the array once per call.
   */
  private static boolean hasLoop(Graph c) {
    dev.leibniz.core.analysis.Cycles cycles = new dev.leibniz.core.analysis.Cycles(c);
    for (Block b : c.blocks) {
      if (cycles.inCycle(b)) return true;
    }
    return false;
  }

  /**
   * A method written in the source (generated ones, such as a checkpointed loop's continuation, have
   * a {@code $} in their name), small, that calls no method of its own class but those generated.
   */
  private static boolean loopHelper(MethodRef m, Graph c) {
    if (m.name().indexOf('$') >= 0 || size(c) > MAX_LOOP_HELPER) return false;
    for (Block b : c.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.INVOKE && i.attr instanceof MethodRef && ((MethodRef) i.attr).owner().equals(c.owner)
            && ((MethodRef) i.attr).name().indexOf('$') < 0) return false;
      }
    }
    return true;
  }

  private static boolean returns(Graph c) {
    for (Block b : c.blocks) {
      if (b.terminator.op == Op.RETURN) return true;
    }
    return false;
  }

  private static boolean calls(Graph c, MethodRef self) {
    for (Block b : c.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.INVOKE && self.equals(i.attr)) return true;
      }
    }
    return false;
  }

  /**
   * As {@link #spliceCall}, but the instructions of {@code b} stay where they are: {@code b} ends in a jump to the
   * callee's copy and the block returned, new and empty, takes {@code b}'s terminator. The caller moves the
   * instructions after {@code call} into it (and drops {@code call}) later, all cuts of a block at once
   * ({@link BlockCuts}): moved at every cut, a block of n calls moves O(n^2) instructions (JSOFA's
   * 1365 constructions of a table in one block).
   */
  public static Block spliceCallLeavingInstructions(Graph g, Block b, Insn call, Graph callee) {
    Inliner in = new Inliner(g, null);
    in.atCallLine = !callee.owner.equals(g.owner);
    Block post = g.newBlock();
    in.spliceInto(b, call, callee, post);
    return post;
  }

  /** Replaces {@code call} (at index {@code j} of {@code b}) with a copy of {@code callee}. */
  private void splice(Block b, int j, Insn call, Graph callee) {
    Block post = g.newBlock();
    post.insns.addAll(b.insns.subList(j + 1, b.insns.size()));
    b.insns.subList(j, b.insns.size()).clear();
    spliceInto(b, call, callee, post);
  }

  /** Makes {@code b} run a copy of {@code callee} and continue in {@code post} (new, holding what followed {@code call}). */
  private void spliceInto(Block b, Insn call, Graph callee, Block post) {
    post.terminator = b.terminator;
    for (Block s : post.successors()) {
      List<Block> preds = s.preds;
      for (int p = 0; p < preds.size(); p++) {
        if (preds.get(p) == b) preds.set(p, post);
      }
    }
    Map<Value, Value> map = new HashMap<>();
    Map<Block, Block> blocks = new HashMap<>();
    for (Block cb : callee.blocks) {
      blocks.put(cb, g.newBlock());
    }
    for (int p = 0; p < callee.params.size(); p++) {
      map.put(callee.params.get(p), call.args[p]);
    }
    List<Block> returns = new ArrayList<>();
    List<Value> results = new ArrayList<>();
    for (Block cb : callee.blocks) {
      Block nb = blocks.get(cb);
      for (Phi ph : cb.phis) {
        map.put(ph, g.newPhi(nb, ph.type));
      }
    }
    for (Block cb : dev.leibniz.core.analysis.Dominators.reversePostOrder(callee)) {
      Block nb = blocks.get(cb);
      for (Insn i : cb.insns) {
        if (i.op == Op.PARAM) continue;
        Insn c = g.newInsn(i.op, i.type, i.attr, mapped(map, i.args));
        c.line = atCallLine ? call.line : i.line;
        c.origin = i.origin;
        nb.insns.add(c);
        map.put(i, c);
      }
    }
    for (Block cb : callee.blocks) {
      Block nb = blocks.get(cb);
      for (Block p : cb.preds) nb.preds.add(blocks.get(p));
      Insn t = cb.terminator;
      if (t.op == Op.RETURN) {
        Insn jump = g.newInsn(Op.GOTO, t.type, null);
        jump.targets = new Block[] {post};
        jump.line = atCallLine ? call.line : t.line;
        nb.terminator = jump;
        returns.add(nb);
        if (t.args.length == 1) results.add(map.get(t.arg(0)));
      } else {
        Insn c = g.newInsn(t.op, t.type, t.attr, mapped(map, t.args));
        c.line = atCallLine ? call.line : t.line;
        c.origin = t.origin;
        Block[] targets = new Block[t.targets.length];
        for (int k = 0; k < targets.length; k++) targets[k] = blocks.get(t.targets[k]);
        c.targets = targets;
        nb.terminator = c;
      }
      for (Phi ph : cb.phis) {
        Phi np = (Phi) map.get(ph);
        for (Value in : ph.inputs) np.inputs.add(map.get(in));
      }
    }
    Block entry = blocks.get(callee.entry());
    Insn enter = g.newInsn(Op.GOTO, org.objectweb.asm.Type.VOID_TYPE, null);
    enter.targets = new Block[] {entry};
    b.terminator = enter;
    entry.preds.add(b);
    post.preds.addAll(returns);
    if (call.hasResult() && !results.isEmpty()) {
      Value result;
      if (results.size() == 1) {
        result = results.get(0);
      } else {
        Phi ph = g.newPhi(post, call.type);
        ph.inputs.addAll(results);
        result = ph;
      }
      replaceUses(call, result);
    }
  }

  private static Value[] mapped(Map<Value, Value> map, Value[] args) {
    Value[] out = new Value[args.length];
    for (int k = 0; k < args.length; k++) {
      Value v = map.get(args[k]);
      if (v == null) throw new IllegalStateException("inliner: unmapped " + args[k]);
      out[k] = v;
    }
    return out;
  }

  private void replaceUses(Value from, Value to) {
    for (Block b : g.blocks) {
      for (Phi p : b.phis) p.inputs.replaceAll(v -> v == from ? to : v);
      for (Insn i : b.insns) replaceIn(i, from, to);
      if (b.terminator != null) replaceIn(b.terminator, from, to);
    }
  }

  private static void replaceIn(Insn i, Value from, Value to) {
    for (int k = 0; k < i.args.length; k++) {
      if (i.args[k] == from) i.args[k] = to;
    }
  }
}
