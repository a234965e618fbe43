package dev.leibniz.core.outline;

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
 * Splits a method whose companions would be too large for the JIT into consecutive private parts,
 * before differentiation: {@code m} becomes a driver that calls {@code m$part0 ... m$partN}, and
 * the ordinary machinery differentiates the driver and each part (a part is a same-class helper, so
 * it gets private companions; in reverse mode the driver's reverse sweep calls each part's adjoint,
 * last part first). The original method is never changed: the driver and parts exist only as the
 * source the companions are generated from, and the parts are added to the class because the
 * companions call them.
 *
 * <p>Values live across a cut travel in frame arrays allocated once per call of the driver (and
 * of its companions), each carried local at one index for the whole call: {@code double},
 * {@code float} and {@code int} locals in a {@code double[]} (a float and an int widen exactly),
 * {@code long} locals, and {@code int} locals stored by one part only, in a passive {@code long[]}.
 * Each part reads the carried values it uses from the frames and writes back those it sets, so no
 * part needs more than its original parameters plus two arrays (the JVM's 255-slot limit holds
 * whenever the original method's does). The {@code double[]} frame is an ordinary array to the
 * activity analysis: it is active, gets a shadow in both modes and is snapshotted around each part
 * call in the adjoint (joint reversal: each part's adjoint recomputes the part from the frame as it
 * was). The {@code long[]} frame is passive and not snapshotted, so only a value stored by a single
 * part goes there (every later read, in the forward or the reverse sweep, sees that one value): a
 * counter such as a loop index then reads as passive ({@code coef[i % 2]} gives no table-lookup
 * warning); an {@code int} stored by several parts stays in the {@code double[]} frame, and a
 * {@code long} stored by several parts is not carried (the method is not outlined). A reference live at a cut is a
 * parameter not yet written (passed to every part), or an object the method made that nothing else holds, carried as
 * its fields in the {@code double[]} frame and made again by the next part that uses it ({@link CarriedObjects}).
 */
public final class Outliner {
  /** Suffix of a part's name before its number: {@code m$part3}. */
  public static final String PART = "$part";

  private Outliner() {}

  /** The method rewritten as a driver and its parts. */
  public record Outlined(MethodNode driver, List<MethodNode> parts) {}

  /**
   * What the outliner reads of other classes to carry objects across a cut ({@link CarriedObjects}): class files by
   * internal name (null when not found), and whether a class's constructor of a descriptor writes nothing but its own
   * object.
   */
  public record ObjectClasses(java.util.function.Function<String, org.objectweb.asm.tree.ClassNode> classes,
      java.util.function.BiPredicate<String, String> blankConstructor) {}

  /**
   * Splits {@code method} of class {@code owner} into parts of about {@code budget} bytes of
   * bytecode each, or returns null when it cannot be cut in at least two parts.
   */
  public static Outlined split(String owner, boolean ownerIsInterface, MethodNode method, int budget) {
    return split(owner, ownerIsInterface, method, budget, null, 0);
  }

  /** As above, objects the method makes carried across cuts as their fields where {@code objects} shows it may. */
  public static Outlined split(String owner, boolean ownerIsInterface, MethodNode method, int budget, ObjectClasses objects) {
    return split(owner, ownerIsInterface, method, budget, objects, 0);
  }

  /** Nesting deeper than this is not cut further (each level is a call per run, and must end). */
  private static final int DEPTH = 8;

  private static Outlined split(String owner, boolean ownerIsInterface, MethodNode method, int budget, ObjectClasses objects,
      int depth) {
    boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
    if (method.instructions.size() == 0 || !method.tryCatchBlocks.isEmpty() || (!isStatic && ownerIsInterface)
        || method.name.startsWith("<")) {
      return null;
    }
    try {
      Outlined straight = straight(owner, ownerIsInterface, method, budget, objects);
      List<MethodNode> pieces = straight == null ? List.of(method) : straight.parts();
      MethodNode driver = straight == null ? method : straight.driver();
      List<MethodNode> parts = new ArrayList<>();
      boolean loops = false;
      for (MethodNode piece : pieces) {
        Outlined bodies = LoopBodies.extract(owner, ownerIsInterface, piece, budget);
        boolean arms = false;
        if (bodies == null && returnsEarly(piece)) { // no straight cut follows a return: its arms are reached this way
          bodies = LoopBodies.arms(owner, ownerIsInterface, piece, budget);
          arms = bodies != null;
        }
        if (bodies == null) {
          parts.add(piece);
          continue;
        }
        loops = true;
        if (piece == method) driver = bodies.driver();
        else parts.add(bodies.driver());
        for (MethodNode body : bodies.parts()) { // a body too large is cut in turn (its own loops among them)
          // an arm is cut in turn only when smaller than what it came from (its frame loads and stores
          // make a small arm larger than its stretch: at the smallest budgets that would never end)
          boolean smaller = !arms || body.instructions.size() < piece.instructions.size() * 9 / 10;
          Outlined cut = depth < DEPTH && smaller ? split(owner, ownerIsInterface, body, budget, objects, depth + 1) : null;
          if (cut == null) {
            parts.add(body);
          } else {
            parts.add(cut.driver());
            parts.addAll(cut.parts());
          }
        }
      }
      if (!loops) return straight;
      return new Outlined(driver, parts);
    } catch (AnalyzerException | RuntimeException e) {
      if (Boolean.getBoolean("leibniz.debugOutline")) e.printStackTrace();
      return null; // the lifter reports what is wrong with the method itself
    }
  }

  /** Whether a {@code return} comes before the method's last instruction (no straight cut may follow it). */
  private static boolean returnsEarly(MethodNode method) {
    AbstractInsnNode last = method.instructions.getLast();
    while (last != null && last.getOpcode() < 0) last = last.getPrevious();
    for (AbstractInsnNode x = method.instructions.getFirst(); x != null && x != last; x = x.getNext()) {
      if (x.getOpcode() >= Opcodes.IRETURN && x.getOpcode() <= Opcodes.RETURN) return true;
    }
    return false;
  }

  /**
   * Whether instructions {@code [from, to)} may test a floating value for being a whole (or half)
   * number ({@code Math.floor(a) == a}, {@code (int) z == z}): a rounding (a {@code Math} or
   * {@code StrictMath} {@code floor}, {@code ceil}, {@code rint} or {@code round}, or a conversion to
   * an integer converted back) and an equality test of two floating values. Such a stretch is not
   * moved into an arm ({@link LoopBodies#arms}): the test stays where the method's floating returns
   * carry its NaN ({@code WholeNumberPoison}). Syntactic and conservative, so it only steers the
   * choice; what decides is the piece's lifted graph, helpers inlined ({@link WholeNumberTests}).
   */
  static boolean testsWholeNumbers(InsnList code, int from, int to) {
    boolean rounds = false, converted = false, equality = false;
    for (int i = from; i < to; i++) {
      AbstractInsnNode x = code.get(i);
      int op = x.getOpcode();
      if (x instanceof MethodInsnNode m && (m.owner.equals("java/lang/Math") || m.owner.equals("java/lang/StrictMath"))
          && (m.name.equals("floor") || m.name.equals("ceil") || m.name.equals("rint") || m.name.equals("round"))) {
        rounds = true;
      }
      if (op == Opcodes.D2I || op == Opcodes.D2L || op == Opcodes.F2I || op == Opcodes.F2L) converted = true;
      if (converted && (op == Opcodes.I2D || op == Opcodes.L2D || op == Opcodes.I2F || op == Opcodes.L2F)) rounds = true;
      if (op == Opcodes.DCMPL || op == Opcodes.DCMPG || op == Opcodes.FCMPL || op == Opcodes.FCMPG) {
        AbstractInsnNode next = x.getNext();
        while (next != null && next.getOpcode() < 0) next = next.getNext();
        equality |= next != null && (next.getOpcode() == Opcodes.IFEQ || next.getOpcode() == Opcodes.IFNE);
      }
    }
    return rounds && equality;
  }

  /** Straight-line parts at cuts no branch crosses (loops stay whole), or null when there are fewer than two. */
  private static Outlined straight(String owner, boolean ownerIsInterface, MethodNode method, int budget, ObjectClasses objects)
      throws AnalyzerException {
    Cuts cuts = Cuts.of(owner, method, objects == null ? Map.of()
        : CarriedObjects.of(owner, method, objects.classes(), objects.blankConstructor()));
    List<Integer> chosen = choose(cuts, method.instructions.size(), budget);
    if (chosen.isEmpty()) return null;
    return new Outliner.Builder(owner, ownerIsInterface, method, cuts, chosen).build();
  }

  /**
   * Greedy: each part ends at the last allowed cut that keeps it within the budget (or the first one
   * after). A cut crossed by a forward branch (an exit) is taken only when no clean cut gives at
   * least half the budget.
   */
  private static List<Integer> choose(Cuts cuts, int n, int budget) {
    List<Integer> chosen = new ArrayList<>(); // indices into cuts.at
    int start = 0;
    int k = 0;
    while (k < cuts.at.size()) {
      int lastClean = -1, lastAny = -1, firstOver = -1;
      for (int j = k; j < cuts.at.size(); j++) {
        int c = cuts.at.get(j);
        if (c <= start || cuts.sizeBefore[c] == cuts.sizeBefore[start]) continue;
        if (cuts.sizeBefore[c] - cuts.sizeBefore[start] > budget) {
          firstOver = j;
          break;
        }
        lastAny = j;
        if (!cuts.crossed.get(j)) lastClean = j;
      }
      int pick = lastClean >= 0 && cuts.sizeBefore[cuts.at.get(lastClean)] - cuts.sizeBefore[start] >= budget / 2 ? lastClean
          : lastAny >= 0 ? lastAny : firstOver;
      if (pick < 0 || cuts.sizeBefore[n] - cuts.sizeBefore[cuts.at.get(pick)] == 0) break;
      chosen.add(pick);
      start = cuts.at.get(pick);
      k = pick + 1;
    }
    return chosen;
  }

  /** The carried locals at one cut: slot, kind and index in its frame array. */
  private record Carried(int slot, int sort, int index, boolean passive) {
    boolean inDoubles() {
      return !passive;
    }
  }

  private static final class Builder {
    private final String owner;
    private final boolean itf;
    private final MethodNode method;
    private final Cuts cuts;
    private final List<Integer> chosen;
    private final boolean isStatic;
    private final InsnList code;
    private final List<List<Carried>> loads = new ArrayList<>(); // per part
    private final List<List<Carried>> stores = new ArrayList<>(); // per part
    private int doubles;
    private int longs;
    private int longsUsed;
    private final List<List<Integer>> exitTargets = new ArrayList<>(); // per part: targets in later parts
    private final Map<Integer, Integer> entryId = new java.util.LinkedHashMap<>(); // exit target: its entry number
    private final Map<Integer, Integer> entryCells = new HashMap<>(); // part: index of its entry cell in the long[] frame
    private final List<Map<Integer, List<Carried>>> stubs = new ArrayList<>(); // per part: what each exit stores
    private final Map<Integer, List<Carried>> entries = new HashMap<>(); // exit target: what its entry loads
    private final List<List<Integer>> objectLoads = new ArrayList<>(); // per part: the carried objects it makes again
    private final List<List<Integer>> objectStores = new ArrayList<>(); // per part: the carried objects it stores
    private final Map<Integer, Integer> objectIndex = new HashMap<>(); // carried object's slot: its first field's index

    Builder(String owner, boolean itf, MethodNode method, Cuts cuts, List<Integer> chosen) {
      this.owner = owner;
      this.itf = itf;
      this.method = method;
      this.cuts = cuts;
      this.chosen = chosen;
      this.isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
      this.code = method.instructions;
    }

    Outlined build() throws AnalyzerException {
      exits();
      carry();
      int extras = longs > 0 ? 2 : 1;
      if (cuts.paramSlots + extras > 255) return null;
      List<MethodNode> parts = new ArrayList<>();
      for (int k = 0; k <= chosen.size(); k++) {
        parts.add(part(k, extras));
      }
      return new Outlined(driver(parts, extras), parts);
    }

    private int cutIndex(int k) {
      return cuts.at.get(chosen.get(k));
    }

    /** The part holding real instruction {@code i}. */
    private int partOf(int i) {
      int k = 0;
      while (k < chosen.size() && cutIndex(k) <= i) k++;
      return k;
    }

    /**
     * The forward branches that leave their part for a later one: each part's exit targets, and an
     * entry number per target (1, 2, ...: what the part leaving writes in its target part's entry
     * cell of the {@code long[]} frame).
     */
    private void exits() {
      int[] effective = Cuts.effectiveIndex(code);
      for (int k = 0; k <= chosen.size(); k++) {
        java.util.TreeSet<Integer> targets = new java.util.TreeSet<>();
        if (k < chosen.size()) {
          int to = segmentStart(k + 1);
          for (int i = segmentStart(k); i < to; i++) {
            for (LabelNode t : Cuts.targets(code.get(i))) {
              int e = effective[code.indexOf(t)];
              if (e > cutIndex(k)) targets.add(e);
            }
          }
        }
        exitTargets.add(new ArrayList<>(targets));
        for (int t : targets) entryId.putIfAbsent(t, entryId.size() + 1);
      }
    }

    /** The index in the {@code long[]} frame of part {@code k}'s entry cell (0 there: its first instruction). */
    private int entryCell(int k) {
      return entryCells.computeIfAbsent(k, x -> longsUsed++);
    }

    /**
     * What each part loads at its start and stores at its end, and what each exit stores and each
     * entry loads. A {@code double} or {@code float} local has one index in the {@code double[]}
     * frame for the whole call, so a part loads only the live values it reads and stores only the
     * live values it writes; values it does not touch stay in the frame. Parameters not yet written
     * are not carried (each part receives them as arguments).
     *
     * <p>An {@code int} or {@code long} local has a cell in the passive {@code long[]} frame per part
     * that writes it: a part stores it in its own cell and reads it from the cell of the last part
     * before it that writes it. No cell is written twice in a call (an exit that skips a writer writes
     * that writer's cell in its stead), so the frame, which the adjoint does not snapshot, holds what
     * each part read when its adjoint re-runs it in the reverse sweep, and a counter read by later
     * parts stays passive (no false table-lookup warning).
     */
    private void carry() throws AnalyzerException {
      boolean[] observe = new boolean[code.size() + 1];
      for (int k = 0; k < chosen.size(); k++) observe[cutIndex(k)] = true;
      for (int t : entryId.keySet()) observe[t] = true;
      Map<Integer, Frame<BasicValue>> frames = new HashMap<>();
      dev.leibniz.core.lift.LeaderFrames.of(owner, method, dev.leibniz.core.lift.LeaderFrames.leaders(code), (i, f) -> {
        if (observe[i]) frames.put(i, new Frame<>(f));
      });
      List<BitSet> reads = new ArrayList<>(), writes = new ArrayList<>();
      for (int k = 0; k <= chosen.size(); k++) {
        BitSet r = new BitSet(), w = new BitSet();
        accesses(segmentStart(k), k == chosen.size() ? code.size() : segmentStart(k + 1), r, w);
        reads.add(r);
        writes.add(w);
      }
      Map<Integer, Integer> doubleIndex = new HashMap<>();
      Map<Long, Integer> cells = new HashMap<>(); // (slot, writing part): index in the long[] frame
      for (int k = 0; k <= chosen.size(); k++) {
        BitSet toLoad = (BitSet) reads.get(k).clone();
        // a local the part may write (conditionally, or in a loop it holds) that is live at its end
        // keeps the value it had at the part's start on the paths that do not write it, so the part
        // loads it (review R6-F1: else its end stored an unassigned slot). A local written on every
        // path before any read is not live at the start (Cuts), so it is not loaded
        toLoad.or(writes.get(k));
        for (int t : exitTargets.get(k)) { // an exit stores what its target reads that this part or a part it skips writes
          BitSet needed = (BitSet) writes.get(k).clone();
          for (int q = k + 1; q < partOf(t); q++) needed.or(writes.get(q));
          needed.and(cuts.liveAtTarget.get(t));
          toLoad.or(needed);
        }
        loads.add(new ArrayList<>());
        if (k > 0) {
          for (int[] v : typed(cutIndex(k - 1), cuts.live.get(chosen.get(k - 1)), frames, toLoad)) {
            Carried c = read(v, k, writes, doubleIndex, cells);
            if (c != null) loads.get(k).add(c);
          }
        }
        List<Carried> out = new ArrayList<>();
        if (k < chosen.size()) {
          for (int[] v : typed(cutIndex(k), cuts.live.get(chosen.get(k)), frames, writes.get(k))) out.add(written(v, k, doubleIndex, cells));
        }
        stores.add(out);
        Map<Integer, List<Carried>> exitStores = new java.util.LinkedHashMap<>();
        for (int t : exitTargets.get(k)) {
          List<Carried> list = new ArrayList<>();
          int q = partOf(t);
          for (int[] v : typed(t, cuts.liveAtTarget.get(t), frames, null)) {
            boolean integral = v[1] == Type.INT || v[1] == Type.LONG;
            if (writes.get(k).get(v[0])) list.add(written(v, k, doubleIndex, cells));
            for (int w = k + 1; integral && w < q; w++) { // a writer skipped: its cell gets the value it would have found
              if (writes.get(w).get(v[0])) list.add(written(v, w, doubleIndex, cells));
            }
          }
          exitStores.put(t, list);
        }
        stubs.add(exitStores);
      }
      for (int t : entryId.keySet()) {
        List<Carried> list = new ArrayList<>();
        BitSet touched = (BitSet) reads.get(partOf(t)).clone();
        touched.or(writes.get(partOf(t))); // as at a part's start: a conditional write keeps the value entered with
        for (int[] v : typed(t, cuts.liveAtTarget.get(t), frames, touched)) {
          Carried c = read(v, partOf(t), writes, doubleIndex, cells);
          if (c != null) list.add(c);
        }
        entries.put(t, list);
      }
      doubles = doubleIndex.size();
      carryObjects(frames, reads, writes);
      longsUsed = cells.size();
      entryCells.clear();
      for (int t : entryId.keySet()) entryCell(partOf(t));
      longs = longsUsed;
    }

    /**
     * The objects carried across each cut as their fields ({@link CarriedObjects}): each field at one index of the
     * {@code double[]} frame for the whole call, after the numbers'. A part that reads or writes such a local makes the
     * object again at its start from the frame when it is live there, and stores its fields at its end when it is live
     * there; a part that does not touch it leaves its fields in the frame.
     */
    private void carryObjects(Map<Integer, Frame<BasicValue>> frames, List<BitSet> reads, List<BitSet> writes) {
      for (int k = 0; k <= chosen.size(); k++) {
        BitSet touched = (BitSet) reads.get(k).clone();
        touched.or(writes.get(k));
        objectLoads.add(k > 0 ? objectsAt(cutIndex(k - 1), chosen.get(k - 1), frames, touched) : List.of());
        objectStores.add(k < chosen.size() ? objectsAt(cutIndex(k), chosen.get(k), frames, touched) : List.of());
      }
    }

    /** The carried objects of {@code among} live at cut {@code c} (instruction {@code at}), a fresh frame index for each. */
    private List<Integer> objectsAt(int at, int c, Map<Integer, Frame<BasicValue>> frames, BitSet among) {
      List<Integer> out = new ArrayList<>();
      Frame<BasicValue> f = frames.get(at);
      BitSet live = cuts.live.get(c);
      for (int s : cuts.carried.keySet()) {
        if (!live.get(s) || !among.get(s) || f == null || s >= f.getLocals() || !f.getLocal(s).isReference()) continue;
        out.add(s);
        if (!objectIndex.containsKey(s)) {
          objectIndex.put(s, doubles);
          doubles += cuts.carried.get(s).fields().size();
        }
      }
      return out;
    }

    /** {@code local = new C(); local.f = frame[i] ...}: carried object {@code slot} made again from its fields. */
    private void makeAgain(InsnList out, int slot, int frameSlot, int local) {
      CarriedObjects.Layout layout = cuts.carried.get(slot);
      out.add(new org.objectweb.asm.tree.TypeInsnNode(Opcodes.NEW, layout.type()));
      out.add(new InsnNode(Opcodes.DUP));
      out.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, layout.type(), "<init>", "()V", false));
      out.add(new VarInsnNode(Opcodes.ASTORE, local));
      int index = objectIndex.get(slot);
      for (String[] field : layout.fields()) {
        out.add(new VarInsnNode(Opcodes.ALOAD, local));
        out.add(new VarInsnNode(Opcodes.ALOAD, frameSlot));
        out.add(push(index++));
        out.add(new InsnNode(Opcodes.DALOAD));
        Type t = Type.getType(field[1]);
        if (t.getSort() != Type.DOUBLE) out.add(new InsnNode(t.getSort() == Type.FLOAT ? Opcodes.D2F : Opcodes.D2I));
        if (t.getSort() == Type.BOOLEAN) { // 0 or 1 stored: as it was
          out.add(new InsnNode(Opcodes.ICONST_1));
          out.add(new InsnNode(Opcodes.IAND));
        } else if (t.getSort() == Type.BYTE) {
          out.add(new InsnNode(Opcodes.I2B));
        } else if (t.getSort() == Type.SHORT) {
          out.add(new InsnNode(Opcodes.I2S));
        } else if (t.getSort() == Type.CHAR) {
          out.add(new InsnNode(Opcodes.I2C));
        }
        out.add(new org.objectweb.asm.tree.FieldInsnNode(Opcodes.PUTFIELD, layout.type(), field[0], field[1]));
      }
    }

    /** {@code frame[i] = local.f ...}: carried object {@code slot}'s fields stored (widened exactly). */
    private void storeFields(InsnList out, int slot, int frameSlot, int local) {
      CarriedObjects.Layout layout = cuts.carried.get(slot);
      int index = objectIndex.get(slot);
      for (String[] field : layout.fields()) {
        out.add(new VarInsnNode(Opcodes.ALOAD, frameSlot));
        out.add(push(index++));
        out.add(new VarInsnNode(Opcodes.ALOAD, local));
        out.add(new org.objectweb.asm.tree.FieldInsnNode(Opcodes.GETFIELD, layout.type(), field[0], field[1]));
        Type t = Type.getType(field[1]);
        if (t.getSort() == Type.FLOAT) out.add(new InsnNode(Opcodes.F2D));
        else if (t.getSort() != Type.DOUBLE) out.add(new InsnNode(Opcodes.I2D)); // int-like: exact (no long is carried)
        out.add(new InsnNode(Opcodes.DASTORE));
      }
    }

    /** Local {@code v = {slot, sort}} as part {@code k} reads it: an integral one from the cell of the last part before it that writes it. */
    private Carried read(int[] v, int k, List<BitSet> writes, Map<Integer, Integer> doubleIndex, Map<Long, Integer> cells) {
      if (v[1] != Type.INT && v[1] != Type.LONG) return written(v, -1, doubleIndex, cells);
      for (int w = k - 1; w >= 0; w--) {
        if (writes.get(w).get(v[0])) return written(v, w, doubleIndex, cells);
      }
      return null; // written by no part before: not carried (a parameter is passed as an argument)
    }

    /** Local {@code v = {slot, sort}} as part {@code w} stores it. */
    private Carried written(int[] v, int w, Map<Integer, Integer> doubleIndex, Map<Long, Integer> cells) {
      if (v[1] == Type.INT || v[1] == Type.LONG) {
        return new Carried(v[0], v[1], cells.computeIfAbsent(((long) v[0] << 32) | w, x -> cells.size()), true);
      }
      return new Carried(v[0], v[1], doubleIndex.computeIfAbsent(v[0], x -> doubleIndex.size()), false);
    }

    /** The locals of {@code among} (all when null) live before instruction {@code at} with a numeric value there: {slot, sort}. */
    private List<int[]> typed(int at, BitSet live, Map<Integer, Frame<BasicValue>> frames, BitSet among) {
      Frame<BasicValue> f = frames.get(at);
      List<int[]> list = new ArrayList<>();
      if (f == null) return list;
      for (int s = live.nextSetBit(0); s >= 0 && s < f.getLocals(); s = live.nextSetBit(s + 1)) {
        if (among != null && !among.get(s)) continue;
        if (s < cuts.paramSlots && cuts.firstWrite[s] >= at) continue; // passed as an argument
        BasicValue v = f.getLocal(s);
        if (v == null || v.getType() == null) continue;
        int sort = v.getType().getSort();
        if (sort == Type.DOUBLE || sort == Type.FLOAT || sort == Type.INT || sort == Type.LONG) list.add(new int[] {s, sort});
      }
      return list;
    }

    /** The local slots read and written by the instructions in {@code [from, to)}. */
    private void accesses(int from, int to, BitSet reads, BitSet writes) {
      for (int i = from; i < to; i++) {
        AbstractInsnNode x = code.get(i);
        if (x instanceof VarInsnNode) {
          (x.getOpcode() >= Opcodes.ISTORE ? writes : reads).set(((VarInsnNode) x).var);
        } else if (x instanceof IincInsnNode) {
          reads.set(((IincInsnNode) x).var);
          writes.set(((IincInsnNode) x).var);
        }
      }
    }

    /** The first index of part {@code k}: the labels and line numbers before its first instruction are its own. */
    private int segmentStart(int k) {
      if (k == 0) return 0;
      int i = cutIndex(k - 1);
      while (i > 0 && code.get(i - 1).getOpcode() < 0) i--;
      return i;
    }

    private int slot(int s, int extras) {
      int base = isStatic ? 0 : 1;
      return s < base ? s : s + extras;
    }

    private String partDesc(boolean last, int extras) {
      Type[] args = Type.getArgumentTypes(method.desc);
      StringBuilder d = new StringBuilder("([D");
      if (extras == 2) d.append("[J");
      for (Type t : args) d.append(t.getDescriptor());
      d.append(')').append(last ? Type.getReturnType(method.desc).getDescriptor() : "V");
      return d.toString();
    }

    private MethodNode part(int k, int extras) {
      boolean last = k == chosen.size();
      int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (isStatic ? Opcodes.ACC_STATIC : 0);
      MethodNode p = new MethodNode(Opcodes.ASM9, access, method.name + PART + k, partDesc(last, extras), null, null);
      int from = segmentStart(k), to = last ? code.size() : segmentStart(k + 1);
      int[] effective = Cuts.effectiveIndex(code);
      LabelNode end = new LabelNode();
      Map<Integer, LabelNode> exitsTo = new java.util.TreeMap<>(), entered = new java.util.TreeMap<>();
      for (int t : exitTargets.get(k)) exitsTo.put(t, new LabelNode());
      for (int t : entryId.keySet()) {
        if (partOf(t) == k) entered.put(t, new LabelNode());
      }
      Map<LabelNode, LabelNode> labels = new HashMap<>();
      for (int i = 0; i < code.size(); i++) {
        if (!(code.get(i) instanceof LabelNode)) continue;
        LabelNode exit = exitsTo.get(effective[i]);
        labels.put((LabelNode) code.get(i), i >= from && i < to ? new LabelNode() : exit != null ? exit : end);
      }
      int frameSlot = isStatic ? 0 : 1;
      Map<Integer, LabelNode> entryBlocks = new java.util.TreeMap<>();
      if (!entered.isEmpty()) { // entered by an exit of an earlier part: its entry cell says where
        LabelNode normal = new LabelNode();
        int[] keys = new int[entered.size()];
        LabelNode[] blocks = new LabelNode[entered.size()];
        int j = 0;
        List<Integer> byId = new ArrayList<>(entered.keySet());
        byId.sort((a, b) -> Integer.compare(entryId.get(a), entryId.get(b))); // a lookupswitch's keys ascend
        for (int t : byId) {
          keys[j] = entryId.get(t);
          blocks[j] = new LabelNode();
          entryBlocks.put(t, blocks[j++]);
        }
        p.instructions.add(new VarInsnNode(Opcodes.ALOAD, frameSlot + 1));
        p.instructions.add(push(entryCell(k)));
        p.instructions.add(new InsnNode(Opcodes.LALOAD));
        p.instructions.add(new InsnNode(Opcodes.L2I));
        p.instructions.add(new org.objectweb.asm.tree.LookupSwitchInsnNode(normal, keys, blocks));
        p.instructions.add(normal);
      }
      for (Carried c : loads.get(k)) load(p.instructions, c, frameSlot, slot(c.slot, extras));
      for (int s : objectLoads.get(k)) makeAgain(p.instructions, s, frameSlot, slot(s, extras));
      for (int i = from; i < to; i++) {
        AbstractInsnNode x = code.get(i);
        if (x.getType() == AbstractInsnNode.FRAME) continue;
        if (entered.containsKey(i)) p.instructions.add(entered.get(i));
        AbstractInsnNode y = x.clone(labels);
        if (y instanceof VarInsnNode) ((VarInsnNode) y).var = slot(((VarInsnNode) y).var, extras);
        if (y instanceof IincInsnNode) ((IincInsnNode) y).var = slot(((IincInsnNode) y).var, extras);
        p.instructions.add(y);
      }
      p.instructions.add(end);
      if (!last) {
        for (Carried c : stores.get(k)) store(p.instructions, c, frameSlot, slot(c.slot, extras));
        for (int s : objectStores.get(k)) storeFields(p.instructions, s, frameSlot, slot(s, extras));
        p.instructions.add(new InsnNode(Opcodes.RETURN));
      }
      for (Map.Entry<Integer, LabelNode> e : exitsTo.entrySet()) { // store what the target reads, mark its part's entry, return
        p.instructions.add(e.getValue());
        for (Carried c : stubs.get(k).get(e.getKey())) store(p.instructions, c, frameSlot, slot(c.slot, extras));
        p.instructions.add(new VarInsnNode(Opcodes.ALOAD, frameSlot + 1));
        p.instructions.add(push(entryCell(partOf(e.getKey()))));
        p.instructions.add(new LdcInsnNode((long) entryId.get(e.getKey())));
        p.instructions.add(new InsnNode(Opcodes.LASTORE));
        p.instructions.add(new InsnNode(Opcodes.RETURN));
      }
      for (Map.Entry<Integer, LabelNode> e : entryBlocks.entrySet()) { // load what is read from there on, jump in
        p.instructions.add(e.getValue());
        for (Carried c : entries.get(e.getKey())) load(p.instructions, c, frameSlot, slot(c.slot, extras));
        p.instructions.add(new org.objectweb.asm.tree.JumpInsnNode(Opcodes.GOTO, entered.get(e.getKey())));
      }
      p.maxLocals = method.maxLocals + extras;
      p.maxStack = Math.max(method.maxStack, 4);
      return p;
    }

    /** {@code local = frame[index]} (narrowed back for float and int). */
    private static void load(InsnList out, Carried c, int frameSlot, int local) {
      out.add(new VarInsnNode(Opcodes.ALOAD, c.inDoubles() ? frameSlot : frameSlot + 1));
      out.add(push(c.index));
      out.add(new InsnNode(c.inDoubles() ? Opcodes.DALOAD : Opcodes.LALOAD));
      switch (c.sort) {
        case Type.FLOAT: out.add(new InsnNode(Opcodes.D2F)); out.add(new VarInsnNode(Opcodes.FSTORE, local)); break;
        case Type.INT: out.add(new InsnNode(c.passive ? Opcodes.L2I : Opcodes.D2I)); out.add(new VarInsnNode(Opcodes.ISTORE, local)); break;
        case Type.LONG: out.add(new VarInsnNode(Opcodes.LSTORE, local)); break;
        default: out.add(new VarInsnNode(Opcodes.DSTORE, local)); break;
      }
    }

    /** {@code frame[index] = local} (widened for float and int). */
    private static void store(InsnList out, Carried c, int frameSlot, int local) {
      out.add(new VarInsnNode(Opcodes.ALOAD, c.inDoubles() ? frameSlot : frameSlot + 1));
      out.add(push(c.index));
      switch (c.sort) {
        case Type.FLOAT: out.add(new VarInsnNode(Opcodes.FLOAD, local)); out.add(new InsnNode(Opcodes.F2D)); break;
        case Type.INT: out.add(new VarInsnNode(Opcodes.ILOAD, local)); out.add(new InsnNode(c.passive ? Opcodes.I2L : Opcodes.I2D)); break;
        case Type.LONG: out.add(new VarInsnNode(Opcodes.LLOAD, local)); break;
        default: out.add(new VarInsnNode(Opcodes.DLOAD, local)); break;
      }
      out.add(new InsnNode(c.inDoubles() ? Opcodes.DASTORE : Opcodes.LASTORE));
    }

    private static AbstractInsnNode push(int value) {
      if (value <= 5) return new InsnNode(Opcodes.ICONST_0 + value);
      if (value <= Byte.MAX_VALUE) return new IntInsnNode(Opcodes.BIPUSH, value);
      if (value <= Short.MAX_VALUE) return new IntInsnNode(Opcodes.SIPUSH, value);
      return new LdcInsnNode(value);
    }

    /** {@code m} rewritten: allocate the frames, call each part with them and the parameters, return the last part's result. */
    private MethodNode driver(List<MethodNode> parts, int extras) {
      MethodNode d = new MethodNode(Opcodes.ASM9, method.access, method.name, method.desc, method.signature,
          method.exceptions.toArray(new String[0]));
      method.accept(d);
      d.instructions = new InsnList();
      d.tryCatchBlocks = new ArrayList<>();
      d.visibleLocalVariableAnnotations = null;
      d.invisibleLocalVariableAnnotations = null;
      LabelNode start = new LabelNode(), end = new LabelNode();
      InsnList out = d.instructions;
      out.add(start);
      int line = firstLine();
      if (line > 0) out.add(new LineNumberNode(line, start));
      int frameSlot = cuts.paramSlots;
      out.add(push(doubles));
      out.add(new IntInsnNode(Opcodes.NEWARRAY, Opcodes.T_DOUBLE));
      out.add(new VarInsnNode(Opcodes.ASTORE, frameSlot));
      if (extras == 2) {
        out.add(push(longs));
        out.add(new IntInsnNode(Opcodes.NEWARRAY, Opcodes.T_LONG));
        out.add(new VarInsnNode(Opcodes.ASTORE, frameSlot + 1));
      }
      Type[] args = Type.getArgumentTypes(method.desc);
      List<LabelNode> calls = new ArrayList<>();
      for (int k = 0; k < parts.size(); k++) calls.add(new LabelNode());
      for (int k = 0; k < parts.size(); k++) {
        MethodNode p = parts.get(k);
        out.add(calls.get(k));
        int partLine = firstLine(p.instructions);
        if (partLine > 0) out.add(new LineNumberNode(partLine, calls.get(k))); // a diagnostic about the call names the part's line
        if (!isStatic) out.add(new VarInsnNode(Opcodes.ALOAD, 0));
        out.add(new VarInsnNode(Opcodes.ALOAD, frameSlot));
        if (extras == 2) out.add(new VarInsnNode(Opcodes.ALOAD, frameSlot + 1));
        int slot = isStatic ? 0 : 1;
        for (Type t : args) {
          out.add(new VarInsnNode(t.getOpcode(Opcodes.ILOAD), slot));
          slot += t.getSize();
        }
        out.add(new MethodInsnNode(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, owner, p.name, p.desc, itf));
        java.util.Set<Integer> targets = new java.util.TreeSet<>();
        for (int t : exitTargets.get(k)) targets.add(partOf(t));
        for (int q : targets) { // the part left through an exit: go on with the part holding its target
          out.add(new VarInsnNode(Opcodes.ALOAD, frameSlot + 1));
          out.add(push(entryCell(q)));
          out.add(new InsnNode(Opcodes.LALOAD));
          out.add(new InsnNode(Opcodes.LCONST_0));
          out.add(new InsnNode(Opcodes.LCMP));
          out.add(new org.objectweb.asm.tree.JumpInsnNode(Opcodes.IFNE, calls.get(q)));
        }
      }
      out.add(new InsnNode(Type.getReturnType(method.desc).getOpcode(Opcodes.IRETURN)));
      out.add(end);
      List<LocalVariableNode> names = new ArrayList<>();
      if (method.localVariables != null) {
        for (LocalVariableNode v : method.localVariables) {
          if (v.index < cuts.paramSlots) names.add(new LocalVariableNode(v.name, v.desc, v.signature, start, end, v.index));
        }
      }
      d.localVariables = names;
      d.maxLocals = cuts.paramSlots + extras;
      d.maxStack = Math.max(4, (isStatic ? 0 : 1) + extras + cuts.paramSlots);
      return d;
    }

    private int firstLine() {
      return firstLine(code);
    }

    private static int firstLine(Iterable<AbstractInsnNode> code) {
      for (AbstractInsnNode x : code) {
        if (x instanceof LineNumberNode) return ((LineNumberNode) x).line;
      }
      return -1;
    }
  }
}
