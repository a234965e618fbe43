package dev.leibniz.core.outline;

import dev.leibniz.core.lift.LeaderFrames;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Checkpointing of long loops in reverse mode, as a rewrite of the source before differentiation
 * (like {@link Outliner}, no builder knows about it).
 *
 * <p>A <em>counted</em> loop {@code for (...; i < n; i++) body} (javac's shape: the test at the
 * head, an {@code iinc} and a {@code goto} back at the end, {@code n} a local the loop does not
 * write) gets, before its head, a run-time choice: when its trip count times an estimate of the
 * bytes its adjoint records per trip exceeds the tape budget, the loop runs as a sequence of calls
 * of a private <em>segment</em> method {@code m$ckptN(double[] frame, long[] more, int k, refs...)},
 * each running at most {@code k} trips, with the loop-carried state in {@code frame} and
 * {@code more}; otherwise it runs as it is. A <em>general</em> loop (a {@code while} or
 * {@code do}-{@code while}, a {@code long} counter, a bound the loop changes, a {@code break}) has
 * trips unknown at entry: it counts them at its head, reads the budget once its estimated record
 * passes {@value #SMALL} bytes, and once that record passes half the budget runs the rest as
 * segments and leaves through its exit (where a segment stops, a {@code break} included). Loops
 * with an {@code int} counter compared with a constant, zero or an array's length are neither:
 * their record is bounded by what the program holds, and they are taped whole as before.
 *
 * <p>The segment is reversed jointly (never split, {@link #isSegment}): the adjoint's forward sweep
 * calls it and records a snapshot of its frame (the checkpoint, on the reference tape); the reverse
 * sweep calls the segment's adjoint on each snapshot, last segment first, which re-runs those
 * {@code k} trips taping them and reverses them at once. Memory: {@code trips / k} snapshots plus
 * one segment's tape; time: two forward sweeps (recompute factor 2) over the loop.
 *
 * <p>The budget is read by the rewritten code from the system property {@value #BUDGET_PROPERTY}
 * (bytes; the agent's {@code tape=SIZE} option sets it), defaulting to a quarter of {@code
 * Runtime.maxMemory()}; the core itself stays a pure function of the class file.
 *
 * <p>The loop-carried state: {@code double} and {@code float} locals the loop reads or writes travel
 * in the frame (widened exactly), {@code int} and {@code long} ones in the passive {@code more};
 * reference locals the loop reads (arrays of primitives) are passed as arguments, and arrays among
 * them that the loop writes are snapshotted with each checkpoint by joint reversal (their whole
 * contents: memory grows with their size times the number of checkpoints). The receiver may only be
 * read for a primitive field or an array-of-primitives field (then the loop may write no array). A
 * loop that writes a reference local, uses another object (it may have a shadow, which joint
 * reversal does not snapshot), writes a field or a static, calls an instance or interface method,
 * returns, jumps out anywhere but to the label after it, or assigns a local that has no value at
 * its head and is read after its exit, is left as it is (no checkpointing).
 */
public final class Checkpointer {
  /** Infix of a segment's name before its number: {@code m$ckpt0}. */
  public static final String SEGMENT = "$ckpt";
  /** The system property that makes the generated code print each checkpointed loop's schedule when it is chosen (the agent's {@code verbose} sets it). */
  public static final String VERBOSE_PROPERTY = "leibniz.verbose";
  /** The system property holding the tape budget in bytes. */
  public static final String BUDGET_PROPERTY = "leibniz.tape";
  /** Loops whose estimated record is at most this many bytes are never checkpointed. */
  static final long SMALL = 1L << 16;

  private Checkpointer() {}

  /** True for the name of a segment method, which must be reversed jointly (its re-run is the recomputation). */
  public static boolean isSegment(String nameOrKey) {
    return nameOrKey.contains(SEGMENT);
  }

  /** One rewritten method: its new code, its segments, and one line per checkpointed loop for {@code verbose}. */
  public record Rewritten(MethodNode method, List<MethodNode> segments, List<String> plans) {}

  /** {@code method} with each candidate loop given a checkpointed form, or null when it has none. */
  public static Rewritten rewrite(String owner, boolean itf, String className, MethodNode method) {
    if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0 || method.instructions.size() == 0
        || !method.tryCatchBlocks.isEmpty() || method.name.startsWith("<") || isSegment(method.name)
        || (itf && (method.access & Opcodes.ACC_STATIC) == 0)) {
      return null;
    }
    try {
      MethodNode copy = copy(method);
      List<Loop> loops = Loop.find(owner, copy);
      if (loops.isEmpty()) return null;
      List<MethodNode> segments = new ArrayList<>();
      List<String> plans = new ArrayList<>();
      List<Continuation> tails = new ArrayList<>();
      List<LabelNode> starts = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Loop loop : loops) {
        String name = method.name + SEGMENT + names.size(); // by loop: nested segments add names of their own
        names.add(name);
        tails.add(Continuation.of(owner, itf, copy, loop, name + "$from"));
        Segment segment = new Segment(owner, itf, copy, loop, name);
        segments.add(segment.build());
        segments.addAll(segment.nested());
        starts.add(segment.start);
        plans.add(plan(className, method, loop, name));
      }
      MethodNode slim = outOfLine(owner, itf, method, copy, tails, starts, segments, names);
      return new Rewritten(slim != null ? slim : copy, segments, plans);
    } catch (AnalyzerException | RuntimeException e) {
      if (Boolean.getBoolean("leibniz.debugOutline")) e.printStackTrace();
      return null;
    }
  }

  /**
   * {@code method} with the checkpointed paths of its loops out of line ({@link Continuation}): each
   * loop that can have one gets only the trip test and the call, the others their drivers as in
   * {@code rewritten}; the continuations join {@code segments}. Null when no loop can.
   */
  private static MethodNode outOfLine(String owner, boolean itf, MethodNode method, MethodNode rewritten,
      List<Continuation> tails, List<LabelNode> starts, List<MethodNode> segments, List<String> names) throws AnalyzerException {
    boolean any = false;
    for (int i = 0; i < tails.size(); i++) {
      if (tails.get(i) != null && (starts.get(i).getNext() == null || !Continuation.standsAlone(rewritten, starts.get(i)))) {
        tails.set(i, null);
      }
      any |= tails.get(i) != null;
    }
    if (!any) return null;
    MethodNode slim = copy(method);
    List<Loop> loops = Loop.find(owner, slim);
    if (loops.size() != tails.size()) return null;
    for (int i = 0; i < tails.size(); i++) {
      if (tails.get(i) != null) {
        segments.add(tails.get(i).build(rewritten, starts.get(i)));
        tails.get(i).call(slim, loops.get(i));
      } else {
        new Segment(owner, itf, slim, loops.get(i), names.get(i)).build(); // the same segment as before
      }
    }
    Continuation.oneReturn(slim);
    return slim;
  }

  private static String plan(String className, MethodNode method, Loop loop, String segment) {
    String at = "leibniz: checkpointing planned for the loop at " + className.replace('/', '.') + "." + method.name
        + (loop.line > 0 ? " line " + loop.line : "") + ": about " + loop.bytesPerTrip + " bytes of tape per trip; ";
    String checkpoint = " (" + segment + "), each checkpoint " + loop.frameSize + " values"
        + (loop.written.isEmpty() ? "" : " and the arrays the loop writes, their sizes read at entry") + "; the schedule is chosen"
        + " when the loop is entered (printed when leibniz.verbose is set)";
    if (loop.counted) {
      return at + "when trips x " + loop.bytesPerTrip + " exceeds the tape budget (" + BUDGET_PROPERTY
          + ", agent option tape=SIZE), up to " + loop.maxLevels + " levels of segments minimising checkpoints plus tape" + checkpoint;
    }
    return at + "trips unknown at entry: taped until trips x " + loop.bytesPerTrip + " passes half the tape budget ("
        + BUDGET_PROPERTY + ", agent option tape=SIZE; read after " + SMALL / loop.bytesPerTrip + " trips), then segments of k = max(budget / "
        + 4 * loop.bytesPerTrip + ", checkpoint bytes / " + loop.bytesPerTrip + ") trips" + checkpoint;
  }

  private static MethodNode copy(MethodNode m) {
    MethodNode c = new MethodNode(Opcodes.ASM9, m.access, m.name, m.desc, m.signature, m.exceptions.toArray(new String[0]));
    m.accept(c);
    return c;
  }

  static AbstractInsnNode push(int value) {
    if (value >= -1 && value <= 5) return new InsnNode(Opcodes.ICONST_0 + value);
    if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) return new IntInsnNode(Opcodes.BIPUSH, value);
    if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) return new IntInsnNode(Opcodes.SIPUSH, value);
    return new LdcInsnNode(value);
  }

  /** A local carried across segments: slot, sort (DOUBLE, FLOAT in the frame; INT, LONG in {@code more}), index there, written by the loop. */
  record Carried(int slot, int sort, int index, boolean written) {}

  /**
   * A candidate loop: head label, back jump, exit labels, with what it carries. <em>Counted</em>
   * (javac's {@code for (...; i < n; i++)}, the test at the head, no other exit, neither local
   * written in the body): its trips are known at entry. Otherwise <em>general</em> (a {@code while},
   * a {@code do}-{@code while}, a bound the loop changes, a {@code break}, a second exit test): its
   * trips are counted as it runs, and its driver leaves through the exit once the segments are done.
   */
  static final class Loop {
    LabelNode head;
    LabelNode exit; // counted: the head test's target; general: the first label at the exit position, or null
    final Set<LabelNode> exits = new java.util.LinkedHashSet<>(); // every label at the exit position, in code order (exit: the first)
    boolean counted;
    boolean leavesEarly; // a counted loop with another jump to its exit (a break, a second test): its driver leaves through the exit
    int from; // index of the head label
    int to; // index of the back jump
    AbstractInsnNode back; // the back jump (a goto, or a conditional jump for a do-while)
    int counter = -1;
    int bound = -1;
    int line = -1;
    int bytesPerTrip;
    Frame<BasicValue> headFrame; // the locals' kinds at the head, before any rewrite
    int frameSize; // doubles in the frame
    int moreSize; // longs in more: the flag, then the carried ints and longs
    final List<Carried> carried = new ArrayList<>();
    final List<Integer> refs = new ArrayList<>(); // reference slots passed as arguments
    List<Integer> written = List.of(); // those the loop may write: copied whole with each checkpoint
    String where; // class.method line, for verbose
    int maxLevels = 2; // 2, or Segment.MAX_LEVELS when its segments may nest
    List<InnerTrips.Dynamic> dynamic = List.of(); // nested loops whose trips are read at entry
    long[] parts = {4}; // bytes per trip outside them, then per trip of each (its innermost instructions)

    /** The outermost candidate loops of {@code m}, in code order. */
    static List<Loop> find(String owner, MethodNode m) throws AnalyzerException {
      InsnList code = m.instructions;
      Map<Integer, Frame<BasicValue>> frames = new HashMap<>();
      boolean[] leaders = LeaderFrames.leaders(code);
      LeaderFrames.of(owner, m, leaders, (i, f) -> frames.put(i, new Frame<>(f)));
      List<Loop> all = new ArrayList<>();
      for (int g = 0; g < code.size(); g++) {
        AbstractInsnNode x = code.get(g);
        if (!(x instanceof JumpInsnNode) || x.getOpcode() == Opcodes.JSR) continue;
        int h = code.indexOf(((JumpInsnNode) x).label);
        if (h >= g) continue;
        Loop loop = candidate(owner, m, h, g, frames);
        if (loop != null) all.add(loop);
      }
      List<Loop> outermost = new ArrayList<>();
      for (Loop loop : all) {
        boolean inside = false;
        for (Loop other : all) inside |= other != loop && other.from <= loop.from && loop.to <= other.to;
        if (!inside) outermost.add(loop);
      }
      outermost.sort(java.util.Comparator.comparingInt(l -> l.from));
      return outermost;
    }

    private static int next(InsnList code, int i) {
      while (i < code.size() && code.get(i).getOpcode() < 0) i++;
      return i;
    }

    private static int previous(InsnList code, int i) {
      while (i >= 0 && code.get(i).getOpcode() < 0) i--;
      return i;
    }

    /** The index of the head test's jump when the loop has javac's counted shape ({@code i < n}, {@code i++}), else -1. */
    private static int countedTest(InsnList code, Loop loop) {
      int h = loop.from, g = loop.to;
      if (loop.back.getOpcode() != Opcodes.GOTO) return -1;
      int a = next(code, h);
      int b = next(code, a + 1);
      int c = next(code, b + 1);
      if (c >= g || code.get(a).getOpcode() != Opcodes.ILOAD || code.get(b).getOpcode() != Opcodes.ILOAD
          || code.get(c).getOpcode() != Opcodes.IF_ICMPGE || !loop.exits.contains(((JumpInsnNode) code.get(c)).label)) {
        return -1;
      }
      int inc = previous(code, g - 1);
      if (!(code.get(inc) instanceof IincInsnNode) || ((IincInsnNode) code.get(inc)).var != ((VarInsnNode) code.get(a)).var
          || ((IincInsnNode) code.get(inc)).incr != 1) {
        return -1;
      }
      loop.counter = ((VarInsnNode) code.get(a)).var;
      loop.bound = ((VarInsnNode) code.get(b)).var;
      loop.exit = ((JumpInsnNode) code.get(c)).label;
      return c;
    }

    /**
     * True for a loop whose head compares an {@code int} counter, stepped only by one {@code iinc}
     * before its back jump, with zero, a constant, a local or an array's length the loop does not
     * write ({@code i < a.length}, {@code i >= 0}, {@code i < 8}): its trips are known when it is
     * entered and bounded by data the program holds or a constant. Such a loop outside javac's counted
     * shape is taped whole, as before checkpointing (no second exit edge, so its reverse keeps its
     * {@code int} trip counter, and no segment in its class).
     */
    private static boolean countedByInt(InsnList code, int h, int g) {
      int a = next(code, h), b = next(code, a + 1), c = next(code, b + 1);
      if (c >= g || code.get(a).getOpcode() != Opcodes.ILOAD) return false;
      int counter = ((VarInsnNode) code.get(a)).var;
      int other = -1, test;
      int op = code.get(b).getOpcode();
      if (op >= Opcodes.IFEQ && op <= Opcodes.IFLE) {
        test = b;
      } else if (op == Opcodes.ILOAD || intConstant(code.get(b)) != null) {
        other = op == Opcodes.ILOAD ? ((VarInsnNode) code.get(b)).var : -1;
        test = c;
      } else if (op == Opcodes.ALOAD && code.get(c).getOpcode() == Opcodes.ARRAYLENGTH) {
        other = ((VarInsnNode) code.get(b)).var;
        test = next(code, c + 1);
      } else {
        return false;
      }
      int t = test < g ? code.get(test).getOpcode() : -1;
      if (test != b && (t < Opcodes.IF_ICMPEQ || t > Opcodes.IF_ICMPLE)) return false;
      int step = previous(code, g - 1);
      if (!(code.get(step) instanceof IincInsnNode) || ((IincInsnNode) code.get(step)).var != counter) return false;
      for (int i = h; i <= g; i++) {
        AbstractInsnNode x = code.get(i);
        int var = x instanceof VarInsnNode ? ((VarInsnNode) x).var : x instanceof IincInsnNode ? ((IincInsnNode) x).var : -1;
        boolean writes = x instanceof IincInsnNode || x.getOpcode() >= Opcodes.ISTORE && x.getOpcode() <= Opcodes.ASTORE;
        if (writes && (var == other || var == counter && i != step)) return false;
      }
      return true;
    }

    private static Loop candidate(String owner, MethodNode m, int h, int g, Map<Integer, Frame<BasicValue>> frames) {
      InsnList code = m.instructions;
      Loop loop = new Loop();
      loop.head = (LabelNode) code.get(h);
      loop.from = h;
      loop.to = g;
      loop.back = code.get(g);
      for (int i = g + 1; i < code.size() && code.get(i).getOpcode() < 0; i++) {
        if (code.get(i) instanceof LabelNode) loop.exits.add((LabelNode) code.get(i));
      }
      Frame<BasicValue> frame = frames.get(h);
      if (frame == null || frame.getStackSize() != 0 || entersInside(code, h, g)) return null;
      loop.headFrame = frame;
      int test = countedTest(code, loop);
      loop.counted = test >= 0;
      if (!loop.counted && countedByInt(code, h, g)) return null;
      boolean instance = (m.access & Opcodes.ACC_STATIC) == 0;
      BitSet reads = new BitSet(), writes = new BitSet();
      long bytes = 4;
      int[] repeats = InnerTrips.of(code, h, g); // an instruction of a nested loop tapes once per inner trip
      // nested loops whose trips are read when the loop is entered: each instruction's bytes go to the
      // part of its innermost such loop, without their assumed trips (the driver multiplies them in)
      List<InnerTrips.Dynamic> dynamic = InnerTrips.dynamic(code, h, g);
      int[] part = new int[g - h + 1];
      long[] divisor = new long[g - h + 1];
      java.util.Arrays.fill(divisor, 1);
      for (int q = 0; q < dynamic.size(); q++) {
        for (int i = dynamic.get(q).head(); i <= dynamic.get(q).end(); i++) {
          part[i - h] = q + 1; // in code order: an inner loop's range overwrites its outer one's
          divisor[i - h] *= InnerTrips.UNKNOWN;
        }
      }
      long[] parts = new long[dynamic.size() + 1];
      parts[0] = 4;
      boolean floating = false, fieldArrays = false, arrayWrites = false, nestable = true;
      for (int i = h; i <= g; i++) {
        AbstractInsnNode x = code.get(i);
        int op = x.getOpcode();
        int w = repeats[i - h];
        long unit = Math.max(1, w / divisor[i - h]);
        int into = part[i - h];
        if (x instanceof LineNumberNode && loop.line < 0) loop.line = ((LineNumberNode) x).line;
        if (x instanceof VarInsnNode) {
          int var = ((VarInsnNode) x).var;
          (op >= Opcodes.ISTORE ? writes : reads).set(var);
          // the receiver only to read a primitive field (or an array field, below): an object may have
          // a shadow, which the segment's joint reversal does not snapshot, and nothing may write it
          if (instance && var == 0 && (op != Opcodes.ALOAD || !readsOwnField(owner, code, i))) return null;
        } else if (x instanceof IincInsnNode) {
          reads.set(((IincInsnNode) x).var);
          if (i != previous(code, g - 1) || test < 0) writes.set(((IincInsnNode) x).var);
        } else if (x instanceof JumpInsnNode) {
          LabelNode target = ((JumpInsnNode) x).label;
          int t = code.indexOf(target);
          // A jump to the exit other than the counted test (a break, a second condition after &&)
          // makes the loop general: its driver then leaves through the exit, never runs the loop on.
          if (loop.exits.contains(target)) {
            if (i != test) loop.leavesEarly = true;
          } else if (t < h || t > g || (target != loop.head && next(code, t) == next(code, h))) {
            return null; // out of the loop elsewhere, or back to the head bypassing its label
          }
          if (op != Opcodes.GOTO) {
            bytes += 4L * w;
            parts[into] += 4L * unit;
          }
        } else if (x instanceof TableSwitchInsnNode || x instanceof LookupSwitchInsnNode) {
          return null;
        } else if (x instanceof MethodInsnNode) {
          if (op != Opcodes.INVOKESTATIC || isSegment(((MethodInsnNode) x).name)) return null;
          String callee = ((MethodInsnNode) x).owner;
          nestable &= callee.equals("java/lang/Math") || callee.equals("java/lang/StrictMath");
          Type r = Type.getReturnType(((MethodInsnNode) x).desc);
          for (Type p : Type.getArgumentTypes(((MethodInsnNode) x).desc)) arrayWrites |= p.getSort() == Type.ARRAY;
          bytes += (((MethodInsnNode) x).owner.startsWith("java/") ? 8L : 64L) * w;
          parts[into] += (((MethodInsnNode) x).owner.startsWith("java/") ? 8L : 64L) * unit;
          if (r.getSort() == Type.DOUBLE || r.getSort() == Type.FLOAT) {
            bytes += 8L * w;
            parts[into] += 8L * unit;
            floating = true;
          }
        } else if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN || op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC
            || op == Opcodes.MONITORENTER || op == Opcodes.INVOKEDYNAMIC || op == Opcodes.JSR) {
          return null;
        } else {
          if (op == Opcodes.GETFIELD || op == Opcodes.GETSTATIC) {
            fieldArrays |= ((FieldInsnNode) x).desc.startsWith("[");
            nestable = false;
          }
          if (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE) arrayWrites = true;
          if (producesFloating(op)) {
            bytes += 8L * w;
            parts[into] += 8L * unit;
            floating = true;
          }
        }
      }
      // an array held in a field or static is not snapshotted with the checkpoints: the segments re-run
      // in the reverse sweep would read it as the method left it, should anything write it after the loop
      if (fieldArrays && (arrayWrites || mayWriteHeldArrays(m))) return null;
      if (loop.counted && (writes.get(loop.bound) || writes.get(loop.counter))) {
        loop.counted = false;
        writes.set(loop.counter); // its iinc is a write like any other now
      }
      boolean fromSegments = !loop.counted || loop.leavesEarly; // the driver leaves through the exit
      if (!loop.counted) {
        loop.counter = loop.bound = -1;
        if (loop.exit == null && !loop.exits.isEmpty()) loop.exit = loop.exits.iterator().next();
      }
      if (!floating) return null; // nothing to tape but branches: not worth a segment
      loop.bytesPerTrip = (int) Math.min(bytes, Integer.MAX_VALUE / 8); // the drivers multiply it by 4 and 2 in long
      loop.dynamic = dynamic;
      loop.parts = parts;
      // a nested segment gets the frame as a parameter: a call of a segment that reads a field (or of
      // a callee that may) is refused there, as a write of an array its caller may pass from a field
      loop.maxLevels = loop.counted && nestable ? Segment.MAX_LEVELS : 2;
      if (loop.counted && alwaysSmall(m, loop)) return null;
      BitSet used = (BitSet) reads.clone();
      used.or(writes);
      if (instance) used.clear(0); // the receiver is the segment's own
      Frame<BasicValue> atExit = frames.get(g + 1);
      int index = 0, whole = 1;
      for (int s = used.nextSetBit(0); s >= 0; s = used.nextSetBit(s + 1)) {
        BasicValue v = s < frame.getLocals() ? frame.getLocal(s) : null;
        Type t = v == null ? null : v.getType();
        Type after = atExit == null || s >= atExit.getLocals() ? null : atExit.getLocal(s).getType();
        if (t == null) {
          // defined inside the loop: a general loop's driver leaves through the exit, where it must not be read
          if (fromSegments && writes.get(s) && after != null) return null;
          continue;
        }
        if (fromSegments && writes.get(s) && after != null && !after.equals(t)) return null; // the slot reused
        switch (t.getSort()) {
          case Type.DOUBLE: case Type.FLOAT:
            loop.carried.add(new Carried(s, t.getSort(), index++, writes.get(s)));
            break;
          case Type.INT: case Type.LONG:
            loop.carried.add(new Carried(s, t.getSort(), whole++, writes.get(s) || s == loop.counter));
            break;
          case Type.OBJECT: case Type.ARRAY:
            // a carried reference written, or an object (it may have a shadow, which joint reversal cannot snapshot)
            if (writes.get(s) || !isArray(m, s, h)) return null;
            loop.refs.add(s);
            break;
          default:
            return null;
        }
      }
      loop.frameSize = index;
      loop.moreSize = whole;
      if (arrayWrites) {
        try {
          loop.written = WrittenRefs.of(owner, m, h, g, loop.refs);
        } catch (AnalyzerException e) {
          loop.written = loop.refs;
        }
      }
      loop.where = owner.replace('/', '.') + "." + m.name + (loop.line > 0 ? " line " + loop.line : "");
      return loop;
    }

    /**
     * True when method {@code m} may write an array held in a field or static anywhere (before the
     * loop within an enclosing loop, or after it): an element store, a field or static written, or
     * a call other than {@code Math}'s and {@code StrictMath}'s. Without data flow any store counts.
     */
    private static boolean mayWriteHeldArrays(MethodNode m) {
      for (AbstractInsnNode x = m.instructions.getFirst(); x != null; x = x.getNext()) {
        int op = x.getOpcode();
        if (op >= Opcodes.IASTORE && op <= Opcodes.SASTORE || op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC
            || op == Opcodes.INVOKEDYNAMIC) {
          return true;
        }
        if (x instanceof MethodInsnNode) {
          String owner = ((MethodInsnNode) x).owner;
          if (!owner.equals("java/lang/Math") && !owner.equals("java/lang/StrictMath")) return true;
        }
      }
      return false;
    }

    /** True when the instruction after the {@code ALOAD 0} at {@code i} reads a field of the class that holds a primitive or an array of them. */
    private static boolean readsOwnField(String owner, InsnList code, int i) {
      AbstractInsnNode n = code.get(next(code, i + 1));
      if (n.getOpcode() != Opcodes.GETFIELD || !((FieldInsnNode) n).owner.equals(owner)) return false;
      Type t = Type.getType(((FieldInsnNode) n).desc);
      Type element = t.getSort() == Type.ARRAY ? t.getElementType() : t;
      return element.getSort() < Type.ARRAY && (t.getSort() != Type.ARRAY || t.getDimensions() == 1);
    }

    /** True when code outside {@code [h, g]} jumps or switches into the loop other than to its head label. */
    private static boolean entersInside(InsnList code, int h, int g) {
      for (int i = 0; i < code.size(); i++) {
        if (i >= h && i <= g) continue;
        for (LabelNode l : Cuts.targets(code.get(i))) {
          int t = code.indexOf(l);
          if (t > h && t <= g) return true;
        }
      }
      return false;
    }

    /**
     * True when the loop's trips are known when the class loads (its bound and its counter's start
     * stored only from constants) and their record stays under {@link #SMALL}: the driver would
     * never run a segment, so the segment is not made.
     */
    private static boolean alwaysSmall(MethodNode m, Loop loop) {
      long[] bound = constants(m, loop.bound), start = constants(m, loop.counter);
      return bound != null && start != null && (long) (bound[1] - start[0]) * loop.bytesPerTrip <= SMALL;
    }

    /** The least and the greatest constant {@code int} local {@code slot} is stored from, or null (a parameter, another store). */
    private static long[] constants(MethodNode m, int slot) {
      int params = (Type.getArgumentsAndReturnSizes(m.desc) >> 2) - ((m.access & Opcodes.ACC_STATIC) != 0 ? 1 : 0);
      if (slot < params) return null;
      long[] range = null;
      for (AbstractInsnNode x = m.instructions.getFirst(); x != null; x = x.getNext()) {
        if (x instanceof IincInsnNode && ((IincInsnNode) x).var == slot) continue; // the counter's step
        if (!(x instanceof VarInsnNode) || ((VarInsnNode) x).var != slot || x.getOpcode() != Opcodes.ISTORE) continue;
        AbstractInsnNode v = x.getPrevious();
        while (v != null && v.getOpcode() < 0) v = v.getPrevious();
        Long c = v == null ? null : intConstant(v);
        if (c == null) return null;
        range = range == null ? new long[] {c, c} : new long[] {Math.min(range[0], c), Math.max(range[1], c)};
      }
      return range;
    }

    private static Long intConstant(AbstractInsnNode v) {
      int op = v.getOpcode();
      if (op >= Opcodes.ICONST_M1 && op <= Opcodes.ICONST_5) return (long) (op - Opcodes.ICONST_0);
      if (op == Opcodes.BIPUSH || op == Opcodes.SIPUSH) return (long) ((IntInsnNode) v).operand;
      if (v instanceof LdcInsnNode && ((LdcInsnNode) v).cst instanceof Integer) {
        return (long) (Integer) ((LdcInsnNode) v).cst;
      }
      return null;
    }

    /**
     * True when reference local {@code slot} holds an array of primitives at the loop's head: the
     * local variable table says so, or it is a parameter of such a type. The receiver, other objects
     * and arrays of objects are not.
     */
    private static boolean isArray(MethodNode m, int slot, int head) {
      boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
      if (slot == 0 && !isStatic) return false;
      String type = Segment.referenceType(m, slot, (LabelNode) m.instructions.get(head));
      // of primitives (of any rank): the elements of an array of objects may have shadows too
      return type != null && type.startsWith("[") && Type.getType(type).getElementType().getSort() < Type.ARRAY;
    }

    private static boolean producesFloating(int op) {
      switch (op) {
        case Opcodes.DADD: case Opcodes.DSUB: case Opcodes.DMUL: case Opcodes.DDIV: case Opcodes.DREM: case Opcodes.DNEG:
        case Opcodes.FADD: case Opcodes.FSUB: case Opcodes.FMUL: case Opcodes.FDIV: case Opcodes.FREM: case Opcodes.FNEG:
        case Opcodes.DALOAD: case Opcodes.FALOAD: case Opcodes.I2D: case Opcodes.I2F: case Opcodes.F2D: case Opcodes.D2F:
        case Opcodes.L2D: case Opcodes.L2F:
          return true;
        default:
          return false;
      }
    }
  }
}
