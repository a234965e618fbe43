package dev.leibniz.core.outline;

import dev.leibniz.core.lift.LeaderFrames;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Moves the body of a loop too large for one companion into a private method of its own, called
 * once per trip: {@code m$loop0(double[] frame, params...)}. The loop stays where it is; its body
 * becomes "store the carried values in the frame, call, load the values it wrote back". The body
 * method is an ordinary same-class helper, so it gets private companions: the tangent of the loop
 * calls the body's tangent per trip (primal and tangent carried values in the frame and its shadow),
 * the adjoint reverses it split (its forward recording {@code m$loop0$adjoint$split} per trip in the
 * forward sweep, on the caller's tape, and {@code m$loop0$adjoint$split$reverse} per trip in the
 * reverse sweep). A body that is itself too large is cut further by {@link Outliner} (straight-line
 * parts, loops nested in it in turn).
 *
 * <p>The body is the largest stretch inside the loop (between its head and its back jump) that is
 * entered only at its start and left only at its end (a jump to its end, such as {@code continue},
 * stays inside; a {@code break} or a {@code return} shortens it), with an empty operand stack at
 * both. A body so moved that is itself too large is cut only where no jump crosses: a
 * {@code continue} early in it crosses every later cut, so such a body stays whole and keeps its
 * size diagnostic ({@code LoopBodyCountersTest}); a {@code continue} near its end costs nothing. Locals: the parameters are passed as arguments (their current values); {@code double} and
 * {@code float} locals the body uses travel in a {@code double[]} frame (widened exactly), {@code int}
 * and {@code long} ones in a passive {@code long[]} frame (both allocated once per call of the
 * method), so a counter read in the body (say {@code coef[i % 2]}) is never taken for an active
 * value; a reference the body reads and does not write is passed as an argument (a parameter as
 * itself, another local as an extra argument of the type ASM's verifier gives it), one it writes
 * must be used only inside the body. The body's reverse is split per trip: each trip's forward
 * recording keeps on the tape what its reverse needs, so the passive frame's final contents are
 * never read back.
 */
final class LoopBodies {
  /** Suffix of a body method's name before its number: {@code m$loop0}. */
  static final String LOOP = "$loop";
  /** Suffix of a branch arm's method name before its number: {@code m$arm0}. */
  static final String ARM = "$arm";

  private LoopBodies() {}

  /**
   * One body moved out: instructions {@code [from, to)} of the method; {@code exits}: a label of each
   * place outside it, other than {@code to}, that a branch in it goes to ({@code break}, a labelled
   * {@code continue}); {@code returns}: whether it returns from the method.
   */
  private record Region(int from, int to, List<LabelNode> exits, boolean returns) {
    Region(int from, int to) {
      this(from, to, List.of(), false);
    }

    /** Whether the caller must ask the body how it ended (an exit or a return besides falling through). */
    boolean leaves() {
      return !exits.isEmpty() || returns;
    }
  }

  /** A reference local the body reads and the method wrote before: passed as an argument of its type. */
  private record Extra(int slot, Type type) {}

  /**
   * {@code method} with the body of each loop over {@code budget} bytes of bytecode moved into a
   * method of its own, and those methods; null when there is no such body.
   */
  static Outliner.Outlined extract(String owner, boolean itf, MethodNode method, int budget) throws AnalyzerException {
    InsnList code = method.instructions;
    Cuts shape = Cuts.of(owner, method); // sizes, parameter slots and their first writes
    int n = code.size();
    int[] height = new int[n];
    java.util.Arrays.fill(height, -1);
    LeaderFrames.of(owner, method, LeaderFrames.leaders(code), (i, f) -> height[i] = f.getStackSize());
    Shape s = new Shape(owner, method, shape, height);
    List<Region> regions = s.regions(budget);
    if (regions.isEmpty()) return null;
    return new Builder(owner, itf, method, s, regions, LOOP).build();
  }

  /**
   * {@code method}, over {@code budget} bytes, with its largest stretches that no straight cut
   * reaches moved into methods of their own ({@code m$arm0...}): an {@code if} or {@code else} arm,
   * a {@code case}, code after an early {@code return} or an arm that returns, each entered only at
   * its start (the same regions, frames and exit dispatch as a loop body, called once where it was).
   * A stretch holding a whole-number test ({@link Outliner#testsWholeNumbers}) is not moved: the test
   * stays where the method's returns carry its NaN. Null when there is no such stretch over half the budget.
   */
  static Outliner.Outlined arms(String owner, boolean itf, MethodNode method, int budget) throws AnalyzerException {
    InsnList code = method.instructions;
    Cuts shape = Cuts.of(owner, method);
    int n = code.size();
    if (shape.sizeBefore[n] <= budget) return null;
    int[] height = new int[n];
    java.util.Arrays.fill(height, -1);
    LeaderFrames.of(owner, method, LeaderFrames.leaders(code), (i, f) -> height[i] = f.getStackSize());
    Shape s = new Shape(owner, method, shape, height);
    s.arms = true;
    List<Region> regions = new ArrayList<>();
    s.cover(0, n - 1, budget, regions);
    if (regions.isEmpty()) return null;
    regions.sort((p, q) -> Integer.compare(p.from, q.from));
    return new Builder(owner, itf, method, s, regions, ARM).build();
  }

  /** The branches, loops and local accesses of a method, and where a body may be taken out. */
  private static final class Shape {
    final InsnList code;
    final Cuts cuts;
    final int[] height;
    final int[] effective;
    final List<int[]> branches = new ArrayList<>(); // {source, effective target}
    /** Arms, not loop bodies: a stretch must leave at least a tenth of the range it is taken from, and hold no whole-number test. */
    boolean arms;

    Shape(String owner, MethodNode method, Cuts cuts, int[] height) {
      this.owner = owner;
      this.method = method;
      this.code = method.instructions;
      this.cuts = cuts;
      this.height = height;
      int n = code.size();
      effective = new int[n + 1];
      effective[n] = n;
      for (int i = n - 1; i >= 0; i--) effective[i] = code.get(i).getOpcode() >= 0 ? i : effective[i + 1];
      for (int i = 0; i < n; i++) {
        for (LabelNode t : Cuts.targets(code.get(i))) branches.add(new int[] {i, effective[code.indexOf(t)]});
      }
    }

    int size(int from, int to) {
      return cuts.sizeBefore[to] - cuts.sizeBefore[from];
    }

    /** The bodies to move out: outermost loops first, a loop inside a chosen body left to the body's own outlining. */
    List<Region> regions(int budget) {
      List<int[]> loops = new ArrayList<>(); // {head, back jump}
      for (int[] b : branches) {
        if (b[1] <= b[0]) loops.add(new int[] {b[1], b[0]});
      }
      loops.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(q[1], p[1]));
      List<Region> chosen = new ArrayList<>();
      for (int[] loop : loops) {
        if (size(loop[0], loop[1]) <= budget) continue;
        boolean inside = false;
        for (Region r : chosen) inside |= loop[0] < r.to && loop[1] >= r.from;
        if (inside) continue;
        cover(loop[0], loop[1], budget, chosen);
      }
      chosen.sort((p, q) -> Integer.compare(p.from, q.from));
      return chosen;
    }

    /**
     * Moves the largest valid stretch of {@code [lo, hi]} out, then the largest of what is left on
     * either side of it, while they are over half the budget: statements that cannot move (a swap of
     * two arrays, {@code double[] t = cur; cur = nxt; nxt = t;}) stay in the loop between two bodies.
     */
    private void cover(int lo, int hi, int budget, List<Region> chosen) {
      if (size(lo, hi) <= budget / 2) return;
      Region best = best(lo, hi, false);
      Region leaving = best(lo, hi, true); // may break or return
      // a body that leaves only by its end costs no dispatch: taken unless it leaves much of the loop behind
      if (best == null || leaving != null && size(best.from, best.to) < size(leaving.from, leaving.to) * 9 / 10) best = leaving;
      if (best == null || size(best.from, best.to) <= budget / 2) return;
      chosen.add(best);
      cover(lo, best.from, budget, chosen);
      cover(best.to, hi, budget, chosen);
    }

    /** The largest valid body between {@code head} and {@code back} (inclusive), or null; with {@code exits}, one that may leave elsewhere. */
    private Region best(int head, int back, boolean exits) {
      List<Integer> points = new ArrayList<>();
      for (int i = head; i <= back; i++) {
        if (code.get(i).getOpcode() >= 0 && height[i] == 0) points.add(i);
      }
      Region best = null;
      int bestSize = 0;
      for (int p = 0; p < points.size() && p < 256; p++) {
        int from = points.get(p);
        if (size(from, back) <= bestSize) break;
        for (int q = points.size() - 1; q > p; q--) {
          int to = points.get(q);
          if (size(from, to) <= bestSize) break;
          if (arms && (size(from, to) > size(head, back) * 9 / 10 || Outliner.testsWholeNumbers(code, from, to))) continue;
          if (valid(from, to, exits)) {
            best = exits ? withExits(from, to) : new Region(from, to);
            bestSize = size(from, to);
            break;
          }
        }
      }
      return best;
    }

    /**
     * Entered only at {@code from}, left only to {@code to} (with {@code exits}: or by a branch to an
     * empty stack elsewhere, or a return of nothing or a number), and every local it uses can be given to it.
     */
    private boolean valid(int from, int to, boolean exits) {
      for (int[] b : branches) {
        boolean sourceIn = b[0] >= from && b[0] < to;
        boolean targetIn = b[1] > from && b[1] < to;
        if (!sourceIn && targetIn) return false;
        if (sourceIn && !targetIn && b[1] != to && !(exits && b[1] < height.length && height[b[1]] == 0)) return false;
      }
      int returnSort = Type.getReturnType(method.desc).getSort();
      boolean numericReturn = returnSort != Type.OBJECT && returnSort != Type.ARRAY;
      for (int i = from; i < to; i++) {
        int op = code.get(i).getOpcode();
        if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN && !(exits && numericReturn)) return false;
      }
      BitSet refsRead = new BitSet(), refsWritten = new BitSet();
      for (int i = from; i < to; i++) {
        AbstractInsnNode x = code.get(i);
        int op = x.getOpcode();
        if (op == Opcodes.JSR || op == Opcodes.RET) return false;
        if (x instanceof VarInsnNode) {
          int slot = ((VarInsnNode) x).var;
          if (op == Opcodes.ALOAD) refsRead.set(slot);
          if (op == Opcodes.ASTORE) refsWritten.set(slot);
        }
      }
      for (int slot = refsRead.nextSetBit(0); slot >= 0; slot = refsRead.nextSetBit(slot + 1)) {
        if (refsWritten.get(slot)) continue; // checked below: local to the body
        if (slot < cuts.paramSlots && cuts.firstWrite[slot] == Integer.MAX_VALUE) continue; // passed as itself
        if (slot < cuts.paramSlots || refType(from, slot) == null) return false; // else an extra argument
      }
      for (int slot = refsWritten.nextSetBit(0); slot >= 0; slot = refsWritten.nextSetBit(slot + 1)) {
        if (usedOutside(slot, from, to, Opcodes.ALOAD, Opcodes.ASTORE) || slot < cuts.paramSlots) return false;
      }
      return true;
    }

    private final String owner;
    private final MethodNode method;
    private Frame<BasicValue>[] typed;
    private boolean typedTried;

    /** The declared type of the reference in {@code slot} before instruction {@code at} (ASM's verifier), or null. */
    Type refType(int at, int slot) {
      if (!typedTried) {
        typedTried = true;
        // ASM's Analyzer keeps a frame per instruction: not for long straight-line code with many locals
        if ((long) code.size() * method.maxLocals > 4_000_000L) return null;
        try {
          typed = new org.objectweb.asm.tree.analysis.Analyzer<>(new org.objectweb.asm.tree.analysis.SimpleVerifier(
              Type.getObjectType(owner), null, false)).analyze(owner, method);
        } catch (AnalyzerException | RuntimeException | LinkageError e) {
          typed = null; // a merge of classes it cannot load: no extra arguments
        }
      }
      if (typed == null || typed[at] == null) return null;
      BasicValue v = typed[at].getLocal(slot);
      Type t = v == null ? null : v.getType();
      return t != null && (t.getSort() == Type.ARRAY || t.getSort() == Type.OBJECT) && !"Lnull;".equals(t.getDescriptor()) ? t : null;
    }

    /** The region with the places its branches leave to (one label each) and whether it returns. */
    private Region withExits(int from, int to) {
      Map<Integer, LabelNode> exits = new java.util.TreeMap<>();
      boolean returns = false;
      for (int i = from; i < to; i++) {
        AbstractInsnNode x = code.get(i);
        for (LabelNode t : Cuts.targets(x)) {
          int e = effective[code.indexOf(t)];
          if ((e <= from || e >= to) && e != to) exits.putIfAbsent(e, t);
        }
        returns |= x.getOpcode() >= Opcodes.IRETURN && x.getOpcode() <= Opcodes.RETURN;
      }
      return new Region(from, to, new ArrayList<>(exits.values()), returns);
    }

    /**
     * The locals that may be read after the body {@code [from, to)} before they are written again:
     * those read anywhere outside it, and those the body itself may read before writing them (on its
     * next trip). Conservative: a write counts as defining a local for the rest of the body only
     * where no branch with an end inside the body jumps over it.
     */
    BitSet liveAfter(int from, int to) {
      BitSet live = new BitSet();
      for (int i = 0; i < code.size(); i++) {
        if (i == from) i = to;
        if (i >= code.size()) break;
        AbstractInsnNode x = code.get(i);
        if (x instanceof VarInsnNode && x.getOpcode() < Opcodes.ISTORE) live.set(((VarInsnNode) x).var);
        if (x instanceof IincInsnNode) live.set(((IincInsnNode) x).var);
      }
      int[] covered = new int[to - from + 1]; // difference array over the body: spans of its own branches
      for (int[] b : branches) {
        boolean inside = b[0] >= from && b[0] < to || b[1] > from && b[1] < to;
        if (!inside) continue; // the loop's own back jump, or a jump around the whole body
        int lo = Math.max(from, Math.min(b[0], b[1])), hi = Math.min(to - 1, Math.max(b[0], b[1]));
        if (lo > hi) continue;
        covered[lo - from]++;
        covered[hi - from + 1]--;
      }
      BitSet defined = new BitSet();
      int depth = 0;
      for (int i = from; i < to; i++) {
        depth += covered[i - from];
        AbstractInsnNode x = code.get(i);
        if (x instanceof IincInsnNode) {
          if (!defined.get(((IincInsnNode) x).var)) live.set(((IincInsnNode) x).var);
        } else if (x instanceof VarInsnNode) {
          int slot = ((VarInsnNode) x).var;
          if (x.getOpcode() < Opcodes.ISTORE) {
            if (!defined.get(slot)) live.set(slot);
          } else if (depth == 0) {
            defined.set(slot);
          }
        }
      }
      return live;
    }

    private boolean usedOutside(int slot, int from, int to, int load, int store) {
      for (int i = 0; i < code.size(); i++) {
        if (i == from) i = to;
        if (i >= code.size()) break;
        AbstractInsnNode x = code.get(i);
        if (x instanceof VarInsnNode && ((VarInsnNode) x).var == slot && (x.getOpcode() == load || x.getOpcode() == store)) return true;
      }
      return false;
    }
  }

  /** A value carried between the method and a body: local slot, kind, index in the frame. */
  private record Carried(int slot, int sort, int index) {}

  private static final class Builder {
    private final String owner;
    private final boolean itf;
    private final MethodNode method;
    private final Cuts cuts;
    private final List<Region> regions;
    private final boolean isStatic;
    private final InsnList code;
    private final List<List<Carried>> ins = new ArrayList<>();
    private final List<List<Carried>> outs = new ArrayList<>();
    private final List<List<Extra>> extras = new ArrayList<>();
    private final List<List<List<Carried>>> exitOuts = new ArrayList<>(); // per body, per exit: what it stores
    private final List<Carried> ends = new ArrayList<>(); // per body: the counters cell saying how it ended (or null)
    private final List<Carried> results = new ArrayList<>(); // per body: the frame cell of the value it returns (or null)
    private final Shape shape;
    private int frameLength;
    private int integralLength;
    private final String infix; // LOOP or ARM

    Builder(String owner, boolean itf, MethodNode method, Shape shape, List<Region> regions, String infix) {
      this.infix = infix;
      this.owner = owner;
      this.itf = itf;
      this.method = method;
      this.shape = shape;
      this.cuts = shape.cuts;
      this.regions = regions;
      this.isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
      this.code = method.instructions;
    }

    Outliner.Outlined build() throws AnalyzerException {
      carry();
      List<MethodNode> bodies = new ArrayList<>();
      for (int k = 0; k < regions.size(); k++) bodies.add(body(k));
      return new Outliner.Outlined(driver(bodies), bodies);
    }

    /**
     * What each body loads at its start (the non-parameter numeric locals it uses that have a value
     * where it starts) and stores at its end (the numeric locals it writes that have a value where it ends).
     */
    private void carry() throws AnalyzerException {
      Map<Integer, Frame<BasicValue>> frames = new HashMap<>();
      boolean[] observe = new boolean[code.size() + 1];
      int[] effective = shape.effective;
      for (Region r : regions) {
        observe[r.from] = true;
        observe[r.to] = true;
        for (LabelNode t : r.exits) observe[effective[code.indexOf(t)]] = true;
      }
      LeaderFrames.of(owner, method, LeaderFrames.leaders(code), (i, f) -> {
        if (observe[i]) frames.put(i, new Frame<>(f));
      });
      for (Region r : regions) {
        BitSet used = new BitSet(), written = new BitSet();
        for (int i = r.from; i < r.to; i++) {
          AbstractInsnNode x = code.get(i);
          if (x instanceof VarInsnNode) {
            used.set(((VarInsnNode) x).var);
            if (x.getOpcode() >= Opcodes.ISTORE) written.set(((VarInsnNode) x).var);
          } else if (x instanceof IincInsnNode) {
            used.set(((IincInsnNode) x).var);
            written.set(((IincInsnNode) x).var);
          }
        }
        List<Extra> passed = new ArrayList<>();
        BitSet refs = new BitSet(), refsWritten = new BitSet();
        for (int i = r.from; i < r.to; i++) {
          AbstractInsnNode x = code.get(i);
          if (x.getOpcode() == Opcodes.ALOAD) refs.set(((VarInsnNode) x).var);
          if (x.getOpcode() == Opcodes.ASTORE) refsWritten.set(((VarInsnNode) x).var);
        }
        for (int slot = refs.nextSetBit(0); slot >= 0; slot = refs.nextSetBit(slot + 1)) {
          if (refsWritten.get(slot) || slot < cuts.paramSlots && cuts.firstWrite[slot] == Integer.MAX_VALUE) continue;
          passed.add(new Extra(slot, shape.refType(r.from, slot)));
        }
        extras.add(passed);
        Map<Integer, Integer> index = new HashMap<>(), integral = new HashMap<>();
        BitSet notParams = (BitSet) used.clone();
        notParams.clear(0, cuts.paramSlots);
        ins.add(numeric(frames.get(r.from), notParams, index, integral));
        written.and(shape.liveAfter(r.from, r.to)); // a temporary of the body (t57 of a generated kernel) stays in it
        outs.add(numeric(frames.get(r.to), written, index, integral));
        List<List<Carried>> exitsOut = new ArrayList<>();
        for (LabelNode t : r.exits) exitsOut.add(numeric(frames.get(effective[code.indexOf(t)]), written, index, integral));
        exitOuts.add(exitsOut);
        ends.add(r.leaves() ? new Carried(-1, Type.INT, integral.computeIfAbsent(-1, x -> integral.size())) : null);
        Type returned = Type.getReturnType(method.desc);
        Carried result = null;
        if (r.returns && returned.getSort() != Type.VOID) {
          int sort = returned.getSort() == Type.DOUBLE || returned.getSort() == Type.FLOAT || returned.getSort() == Type.LONG
              ? returned.getSort() : Type.INT; // boolean, byte, char, short: an int on the stack
          Map<Integer, Integer> cells = sort == Type.DOUBLE || sort == Type.FLOAT ? index : integral;
          result = new Carried(-2, sort, cells.computeIfAbsent(-2, x -> cells.size()));
        }
        results.add(result);
        frameLength = Math.max(frameLength, index.size());
        integralLength = Math.max(integralLength, integral.size());
      }
    }

    /** The {@code double} and {@code float} locals get an index in the {@code double[]} frame, {@code int} and {@code long} ones in the passive {@code long[]} frame. */
    private static List<Carried> numeric(Frame<BasicValue> f, BitSet among, Map<Integer, Integer> index,
        Map<Integer, Integer> integral) {
      List<Carried> list = new ArrayList<>();
      if (f == null) return list;
      for (int s = among.nextSetBit(0); s >= 0 && s < f.getLocals(); s = among.nextSetBit(s + 1)) {
        BasicValue v = f.getLocal(s);
        if (v == null || v.getType() == null) continue;
        int sort = v.getType().getSort();
        if (sort == Type.DOUBLE || sort == Type.FLOAT) {
          list.add(new Carried(s, sort, index.computeIfAbsent(s, x -> index.size())));
        } else if (sort == Type.INT || sort == Type.LONG) {
          list.add(new Carried(s, sort, integral.computeIfAbsent(s, x -> integral.size())));
        }
      }
      return list;
    }

    private int frameSlotInBody() {
      return isStatic ? 0 : 1;
    }

    /**
     * A local's slot in body {@code k}: the receiver stays, the two frames come next, then the
     * parameters, the extra arguments, and the other locals after those.
     */
    private int bodySlot(int k, int s) {
      int base = isStatic ? 0 : 1;
      for (int j = 0; j < extras.get(k).size(); j++) { // read only: used where it arrives, a parameter the body's own cuts pass on
        if (extras.get(k).get(j).slot == s) return cuts.paramSlots + 2 + j;
      }
      return s < base ? s : s < cuts.paramSlots ? s + 2 : s + 2 + extraSlots(k);
    }

    private int extraSlots(int k) {
      return extras.get(k).size();
    }

    private String bodyName(int k) {
      return method.name + infix + k;
    }

    private String bodyDesc(int k) {
      StringBuilder d = new StringBuilder("([D[J");
      for (Type t : Type.getArgumentTypes(method.desc)) d.append(t.getDescriptor());
      for (Extra e : extras.get(k)) d.append(e.type.getDescriptor());
      return d.append(")V").toString();
    }

    private MethodNode body(int k) {
      Region r = regions.get(k);
      int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (isStatic ? Opcodes.ACC_STATIC : 0);
      MethodNode b = new MethodNode(Opcodes.ASM9, access, bodyName(k), bodyDesc(k), null, null);
      LabelNode start = new LabelNode(), end = new LabelNode();
      Map<Integer, LabelNode> exitsTo = new HashMap<>(); // by the exit's effective index: its stub in the body
      List<LabelNode> stubs = new ArrayList<>();
      for (LabelNode t : r.exits) {
        stubs.add(new LabelNode());
        exitsTo.put(shape.effective[code.indexOf(t)], stubs.get(stubs.size() - 1));
      }
      Map<LabelNode, LabelNode> labels = new HashMap<>();
      for (int i = 0; i < code.size(); i++) {
        if (!(code.get(i) instanceof LabelNode)) continue;
        LabelNode exit = exitsTo.get(shape.effective[i]);
        labels.put((LabelNode) code.get(i), i >= r.from && i < r.to ? new LabelNode() : exit != null ? exit : end);
      }
      LabelNode returned = new LabelNode();
      int temporary = method.maxLocals + 2 + extraSlots(k); // the value returned, on its way to the frame
      b.instructions.add(start);
      int line = lineBefore(r.from);
      if (line > 0) b.instructions.add(new LineNumberNode(line, start));
      int frame = frameSlotInBody();
      for (Carried c : ins.get(k)) Frames.load(b.instructions, frame, c, bodySlot(k, c.slot));
      for (int i = r.from; i < r.to; i++) {
        AbstractInsnNode x = code.get(i);
        if (x.getType() == AbstractInsnNode.FRAME) continue;
        int op = x.getOpcode();
        if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN) { // the value to the frame, then the return stub
          Carried result = results.get(k);
          if (result != null) {
            b.instructions.add(new VarInsnNode(Type.getReturnType(method.desc).getOpcode(Opcodes.ISTORE), temporary));
            Frames.store(b.instructions, frame, result, temporary);
          }
          b.instructions.add(new org.objectweb.asm.tree.JumpInsnNode(Opcodes.GOTO, returned));
          continue;
        }
        AbstractInsnNode y = x.clone(labels);
        if (y instanceof VarInsnNode) ((VarInsnNode) y).var = bodySlot(k, ((VarInsnNode) y).var);
        if (y instanceof IincInsnNode) ((IincInsnNode) y).var = bodySlot(k, ((IincInsnNode) y).var);
        b.instructions.add(y);
      }
      b.instructions.add(end);
      if (fallsThrough(r)) { // else nothing reaches its end (an arm ending in a return or a jump out): no dead code
        for (Carried c : outs.get(k)) Frames.store(b.instructions, frame, c, bodySlot(k, c.slot));
        ended(b.instructions, k, 0);
      }
      for (int j = 0; j < stubs.size(); j++) { // an exit: what its target reads, and its number
        b.instructions.add(stubs.get(j));
        for (Carried c : exitOuts.get(k).get(j)) Frames.store(b.instructions, frame, c, bodySlot(k, c.slot));
        ended(b.instructions, k, j + 1);
      }
      if (r.returns) {
        b.instructions.add(returned);
        ended(b.instructions, k, r.exits.size() + 1);
      }
      b.maxLocals = method.maxLocals + 2 + extraSlots(k) + 2;
      b.maxStack = Math.max(method.maxStack, 4);
      return b;
    }

    /** Whether region {@code r} may end at its end: its last instruction goes on, or a branch in it goes there. */
    private boolean fallsThrough(Region r) {
      int last = r.to - 1;
      while (last > r.from && code.get(last).getOpcode() < 0) last--;
      int op = code.get(last).getOpcode();
      boolean goesOn = !(op == Opcodes.GOTO || op == Opcodes.ATHROW || op == Opcodes.TABLESWITCH || op == Opcodes.LOOKUPSWITCH
          || op >= Opcodes.IRETURN && op <= Opcodes.RETURN);
      if (goesOn) return true;
      for (int[] b : shape.branches) {
        if (b[0] >= r.from && b[0] < r.to && b[1] == r.to) return true;
      }
      return false;
    }

    /** Writes how body {@code k} ended (0: fell through, then each exit, then a return) where its caller reads it, and returns. */
    private void ended(InsnList out, int k, int how) {
      Carried end = ends.get(k);
      if (end != null) {
        out.add(new VarInsnNode(Opcodes.ALOAD, frameSlotInBody() + 1));
        out.add(Frames.push(end.index));
        out.add(new LdcInsnNode((long) how));
        out.add(new InsnNode(Opcodes.LASTORE));
      }
      out.add(new InsnNode(Opcodes.RETURN));
    }

    private int lineBefore(int index) {
      for (int i = index; i >= 0; i--) {
        if (code.get(i) instanceof LineNumberNode) return ((LineNumberNode) code.get(i)).line;
      }
      return -1;
    }

    /** The method with each body replaced by its call; the two frames allocated at entry, in fresh locals. */
    private MethodNode driver(List<MethodNode> bodies) {
      MethodNode d = new MethodNode(Opcodes.ASM9, method.access, method.name, method.desc, method.signature,
          method.exceptions.toArray(new String[0]));
      method.accept(d);
      InsnList out = new InsnList();
      int frame = method.maxLocals;
      Map<LabelNode, LabelNode> fresh = new HashMap<>();
      for (AbstractInsnNode x : code) {
        if (x instanceof LabelNode) fresh.put((LabelNode) x, new LabelNode());
      }
      out.add(Frames.push(frameLength));
      out.add(new IntInsnNode(Opcodes.NEWARRAY, Opcodes.T_DOUBLE));
      out.add(new VarInsnNode(Opcodes.ASTORE, frame));
      out.add(Frames.push(integralLength));
      out.add(new IntInsnNode(Opcodes.NEWARRAY, Opcodes.T_LONG));
      out.add(new VarInsnNode(Opcodes.ASTORE, frame + 1));
      java.util.Set<LabelNode> moved = new java.util.HashSet<>();
      int k = 0;
      for (int i = 0; i < code.size(); i++) {
        if (k < regions.size() && i == regions.get(k).from) {
          Region r = regions.get(k);
          call(out, k, bodies.get(k), frame, fresh);
          for (int j = r.from; j < r.to; j++) { // their places inside the body are gone; jumps to the body's end arrive here
            if (code.get(j) instanceof LabelNode) {
              out.add(fresh.get(code.get(j)));
              moved.add((LabelNode) code.get(j));
            }
          }
          i = r.to - 1;
          k++;
          continue;
        }
        AbstractInsnNode x = code.get(i);
        if (x.getType() != AbstractInsnNode.FRAME) out.add(x.clone(fresh));
      }
      d.instructions = out;
      d.tryCatchBlocks = new ArrayList<>();
      List<LocalVariableNode> names = new ArrayList<>();
      if (method.localVariables != null) {
        for (LocalVariableNode v : method.localVariables) {
          if (moved.contains(v.start) || moved.contains(v.end) || !fresh.containsKey(v.start) || !fresh.containsKey(v.end)) continue;
          names.add(new LocalVariableNode(v.name, v.desc, v.signature, fresh.get(v.start), fresh.get(v.end), v.index));
        }
      }
      d.localVariables = names;
      d.visibleLocalVariableAnnotations = null;
      d.invisibleLocalVariableAnnotations = null;
      d.maxLocals = method.maxLocals + 4; // the two frames, a value returned from a body
      d.maxStack = Math.max(method.maxStack, method.maxLocals + 7); // receiver, two frames, parameters, extra arguments
      return d;
    }

    /** Stores the carried values in the frame, calls the body, loads back what it wrote. */
    private void call(InsnList out, int k, MethodNode body, int frame, Map<LabelNode, LabelNode> fresh) {
      for (Carried c : ins.get(k)) Frames.store(out, frame, c, c.slot);
      if (!isStatic) out.add(new VarInsnNode(Opcodes.ALOAD, 0));
      out.add(new VarInsnNode(Opcodes.ALOAD, frame));
      out.add(new VarInsnNode(Opcodes.ALOAD, frame + 1));
      int slot = isStatic ? 0 : 1;
      for (Type t : Type.getArgumentTypes(method.desc)) {
        out.add(new VarInsnNode(t.getOpcode(Opcodes.ILOAD), slot));
        slot += t.getSize();
      }
      for (Extra e : extras.get(k)) out.add(new VarInsnNode(Opcodes.ALOAD, e.slot));
      out.add(new MethodInsnNode(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, owner, body.name, body.desc, itf));
      if (ends.get(k) == null) {
        for (Carried c : outs.get(k)) Frames.load(out, frame, c, c.slot);
        return;
      }
      Region r = regions.get(k);
      LabelNode normal = new LabelNode(), next = new LabelNode();
      int ways = r.exits.size() + (r.returns ? 1 : 0);
      int[] keys = new int[ways];
      LabelNode[] ways_ = new LabelNode[ways];
      for (int j = 0; j < ways; j++) {
        keys[j] = j + 1;
        ways_[j] = new LabelNode();
      }
      out.add(new VarInsnNode(Opcodes.ALOAD, frame + 1)); // how the body ended
      out.add(Frames.push(ends.get(k).index));
      out.add(new InsnNode(Opcodes.LALOAD));
      out.add(new InsnNode(Opcodes.L2I));
      out.add(new org.objectweb.asm.tree.LookupSwitchInsnNode(normal, keys, ways_));
      out.add(normal);
      if (fallsThrough(r)) {
        for (Carried c : outs.get(k)) Frames.load(out, frame, c, c.slot);
        out.add(new org.objectweb.asm.tree.JumpInsnNode(Opcodes.GOTO, next));
      } else {
        // a body that always leaves (by its exits or returns) never ends here: going on to its end would make a path
        // that reads the locals live there, which a part entered past an earlier cut may not have (a local with no value)
        out.add(new org.objectweb.asm.tree.JumpInsnNode(Opcodes.GOTO, ways_[ways - 1]));
      }
      for (int j = 0; j < r.exits.size(); j++) { // a break (or a labelled continue): on from its target
        out.add(ways_[j]);
        for (Carried c : exitOuts.get(k).get(j)) Frames.load(out, frame, c, c.slot);
        out.add(new org.objectweb.asm.tree.JumpInsnNode(Opcodes.GOTO, fresh.get(r.exits.get(j))));
      }
      if (r.returns) { // a return from inside the body: its value is in the frame
        out.add(ways_[ways - 1]);
        Type returned = Type.getReturnType(method.desc);
        if (results.get(k) != null) {
          int temporary = method.maxLocals + 2;
          Frames.load(out, frame, results.get(k), temporary);
          out.add(new VarInsnNode(returned.getOpcode(Opcodes.ILOAD), temporary));
        }
        out.add(new InsnNode(returned.getOpcode(Opcodes.IRETURN)));
      }
      out.add(next);
    }
  }

  /**
   * Moving locals in and out of the frames: {@code double} and {@code float} through the
   * {@code double[]} frame (in slot {@code frameSlot}, an active array), {@code int} and {@code long}
   * through the {@code long[]} one (in {@code frameSlot + 1}), which holds no real number, so no
   * analysis takes a counter read from it for an active value.
   */
  private static final class Frames {
    /** {@code local = frame[index]} (narrowed back for float and int). */
    static void load(InsnList out, int frameSlot, Carried c, int local) {
      boolean integral = c.sort == Type.INT || c.sort == Type.LONG;
      out.add(new VarInsnNode(Opcodes.ALOAD, integral ? frameSlot + 1 : frameSlot));
      out.add(push(c.index));
      out.add(new InsnNode(integral ? Opcodes.LALOAD : Opcodes.DALOAD));
      switch (c.sort) {
        case Type.FLOAT: out.add(new InsnNode(Opcodes.D2F)); out.add(new VarInsnNode(Opcodes.FSTORE, local)); break;
        case Type.INT: out.add(new InsnNode(Opcodes.L2I)); out.add(new VarInsnNode(Opcodes.ISTORE, local)); break;
        case Type.LONG: out.add(new VarInsnNode(Opcodes.LSTORE, local)); break;
        default: out.add(new VarInsnNode(Opcodes.DSTORE, local)); break;
      }
    }

    /** {@code frame[index] = local} (widened for float and int). */
    static void store(InsnList out, int frameSlot, Carried c, int local) {
      boolean integral = c.sort == Type.INT || c.sort == Type.LONG;
      out.add(new VarInsnNode(Opcodes.ALOAD, integral ? frameSlot + 1 : frameSlot));
      out.add(push(c.index));
      switch (c.sort) {
        case Type.FLOAT: out.add(new VarInsnNode(Opcodes.FLOAD, local)); out.add(new InsnNode(Opcodes.F2D)); break;
        case Type.INT: out.add(new VarInsnNode(Opcodes.ILOAD, local)); out.add(new InsnNode(Opcodes.I2L)); break;
        case Type.LONG: out.add(new VarInsnNode(Opcodes.LLOAD, local)); break;
        default: out.add(new VarInsnNode(Opcodes.DLOAD, local)); break;
      }
      out.add(new InsnNode(integral ? Opcodes.LASTORE : Opcodes.DASTORE));
    }

    static AbstractInsnNode push(int value) {
      if (value <= 5) return new InsnNode(Opcodes.ICONST_0 + value);
      if (value <= Byte.MAX_VALUE) return new IntInsnNode(Opcodes.BIPUSH, value);
      if (value <= Short.MAX_VALUE) return new IntInsnNode(Opcodes.SIPUSH, value);
      return new LdcInsnNode(value);
    }
  }
}
