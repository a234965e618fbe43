package dev.leibniz.core.outline;

import dev.leibniz.core.lift.LeaderFrames;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
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
 * <p>A counted loop {@code for (...; i < n; i++) body} (javac's shape: the test at the head, an
 * {@code iinc} and a {@code goto} back at the end, {@code n} a local the loop does not write) gets,
 * before its head, a run-time choice: when its trip count times an estimate of the bytes its adjoint
 * records per trip exceeds the tape budget, the loop runs as a sequence of calls of a private
 * <em>segment</em> method {@code m$ckptN(double[] frame, int k, refs...)}, each running at most
 * {@code k} trips, with the loop-carried state in {@code frame}; otherwise it runs as it is. The
 * segment is reversed jointly (never split, {@link #isSegment}): the adjoint's forward sweep calls
 * it and records a snapshot of its frame (the checkpoint, on the reference tape); the reverse sweep
 * calls the segment's adjoint on each snapshot, last segment first, which re-runs those {@code k}
 * trips taping them and reverses them at once. Memory: {@code trips / k} snapshots plus one
 * segment's tape; time: two forward sweeps (recompute factor 2) over the loop.
 *
 * <p>The budget is read by the rewritten code at each entry of a long loop from the system property
 * {@value #BUDGET_PROPERTY} (bytes; the agent's {@code tape=SIZE} option sets it), defaulting to a
 * quarter of {@code Runtime.maxMemory()}; the core itself stays a pure function of the class file.
 * Loops whose estimated record is under {@value #SMALL} bytes never read it.
 *
 * <p>The loop-carried state: {@code double}, {@code float} and {@code int} locals the loop reads
 * or writes travel in the frame (widened exactly); reference locals the loop reads are passed as
 * arguments, and arrays among them that the loop writes are snapshotted with each checkpoint by
 * joint reversal (their whole contents: memory grows with their size times the number of
 * checkpoints). A loop that writes a reference local, uses a {@code long} local, the receiver or an
 * object other than an array (it may have a shadow, which joint reversal does not snapshot), writes
 * a field or a static, calls an instance or interface method, returns, or is left by a branch other
 * than its test, is left as it is (no checkpointing).
 */
public final class Checkpointer {
  /** Infix of a segment's name before its number: {@code m$ckpt0}. */
  public static final String SEGMENT = "$ckpt";
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
      for (Loop loop : loops) {
        String name = method.name + SEGMENT + segments.size();
        segments.add(new Segment(owner, itf, copy, loop, name).build());
        plans.add(plan(className, method, loop, name));
      }
      return new Rewritten(copy, segments, plans);
    } catch (AnalyzerException | RuntimeException e) {
      if (Boolean.getBoolean("leibniz.debugOutline")) e.printStackTrace();
      return null;
    }
  }

  private static String plan(String className, MethodNode method, Loop loop, String segment) {
    return "leibniz: checkpointing planned for the loop at " + className.replace('/', '.') + "." + method.name
        + (loop.line > 0 ? " line " + loop.line : "") + ": about " + loop.bytesPerTrip + " bytes of tape per trip; when"
        + " trips x " + loop.bytesPerTrip + " exceeds the tape budget (" + BUDGET_PROPERTY + ", agent option tape=SIZE),"
        + " segments of k = min(ceil(sqrt(trips)), budget / " + 4 * loop.bytesPerTrip + ") trips (" + segment
        + "), one checkpoint of " + loop.carried.size() + " values per segment, recompute factor 2";
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

  /** A local carried in the frame: slot, sort (DOUBLE, FLOAT, INT), index in the frame, written by the loop. */
  record Carried(int slot, int sort, int index, boolean written) {}

  /** A candidate loop: head label, test, increment and back jump, with what it carries. */
  static final class Loop {
    LabelNode head;
    LabelNode exit;
    int from; // index of the head label
    int to; // index of the back goto
    AbstractInsnNode back; // the back goto
    int counter;
    int bound;
    int line = -1;
    int bytesPerTrip;
    final List<Carried> carried = new ArrayList<>();
    final List<Integer> refs = new ArrayList<>(); // reference slots passed as arguments

    /** The outermost candidate loops of {@code m}, in code order. */
    static List<Loop> find(String owner, MethodNode m) throws AnalyzerException {
      InsnList code = m.instructions;
      Map<Integer, Frame<BasicValue>> frames = new HashMap<>();
      boolean[] leaders = LeaderFrames.leaders(code);
      LeaderFrames.of(owner, m, leaders, (i, f) -> frames.put(i, new Frame<>(f)));
      List<Loop> all = new ArrayList<>();
      for (int g = 0; g < code.size(); g++) {
        AbstractInsnNode x = code.get(g);
        if (x.getOpcode() != Opcodes.GOTO) continue;
        int h = code.indexOf(((JumpInsnNode) x).label);
        if (h >= g) continue;
        Loop loop = candidate(m, h, g, frames);
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

    private static Loop candidate(MethodNode m, int h, int g, Map<Integer, Frame<BasicValue>> frames) {
      InsnList code = m.instructions;
      int a = next(code, h);
      int b = next(code, a + 1);
      int c = next(code, b + 1);
      if (c >= g || code.get(a).getOpcode() != Opcodes.ILOAD || code.get(b).getOpcode() != Opcodes.ILOAD
          || code.get(c).getOpcode() != Opcodes.IF_ICMPGE) {
        return null;
      }
      Loop loop = new Loop();
      loop.head = (LabelNode) code.get(h);
      loop.from = h;
      loop.to = g;
      loop.back = code.get(g);
      loop.counter = ((VarInsnNode) code.get(a)).var;
      loop.bound = ((VarInsnNode) code.get(b)).var;
      loop.exit = ((JumpInsnNode) code.get(c)).label;
      if (next(code, g + 1) != next(code, code.indexOf(loop.exit))) return null; // the test's exit is right after the loop
      int inc = previous(code, g - 1);
      if (!(code.get(inc) instanceof IincInsnNode) || ((IincInsnNode) code.get(inc)).var != loop.counter
          || ((IincInsnNode) code.get(inc)).incr != 1) {
        return null;
      }
      Frame<BasicValue> frame = frames.get(h);
      if (frame == null || frame.getStackSize() != 0) return null;
      BitSet reads = new BitSet(), writes = new BitSet();
      int bytes = 4;
      boolean floating = false;
      for (int i = h; i <= g; i++) {
        AbstractInsnNode x = code.get(i);
        int op = x.getOpcode();
        if (x instanceof LineNumberNode && loop.line < 0) loop.line = ((LineNumberNode) x).line;
        if (x instanceof VarInsnNode) {
          (op >= Opcodes.ISTORE ? writes : reads).set(((VarInsnNode) x).var);
          if (op == Opcodes.LLOAD || op == Opcodes.LSTORE) return null;
        } else if (x instanceof IincInsnNode) {
          reads.set(((IincInsnNode) x).var);
          if (i != inc) writes.set(((IincInsnNode) x).var);
        } else if (x instanceof JumpInsnNode) {
          LabelNode target = ((JumpInsnNode) x).label;
          int t = code.indexOf(target);
          // Only the head test may leave: a segment takes any jump to the exit for the loop's end
          // (a break, a second condition after &&), and its driver would then run the loop on.
          if (target == loop.exit ? i != c : t < h || t > g) return null;
          if (op != Opcodes.GOTO) bytes += 4;
        } else if (x instanceof TableSwitchInsnNode || x instanceof LookupSwitchInsnNode) {
          return null;
        } else if (x instanceof MethodInsnNode) {
          if (op != Opcodes.INVOKESTATIC || isSegment(((MethodInsnNode) x).name)) return null;
          Type r = Type.getReturnType(((MethodInsnNode) x).desc);
          bytes += ((MethodInsnNode) x).owner.startsWith("java/") ? 8 : 64;
          if (r.getSort() == Type.DOUBLE || r.getSort() == Type.FLOAT) {
            bytes += 8;
            floating = true;
          }
        } else if (op >= Opcodes.IRETURN && op <= Opcodes.RETURN || op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC
            || op == Opcodes.MONITORENTER || op == Opcodes.INVOKEDYNAMIC || op == Opcodes.JSR) {
          return null;
        } else if (producesFloating(op)) {
          bytes += 8;
          floating = true;
        }
      }
      if (writes.get(loop.bound) || writes.get(loop.counter)) return null;
      if (!floating) return null; // nothing to tape but branches: not worth a segment
      loop.bytesPerTrip = bytes;
      if (alwaysSmall(m, loop)) return null;
      BitSet used = (BitSet) reads.clone();
      used.or(writes);
      int index = 0;
      for (int s = used.nextSetBit(0); s >= 0; s = used.nextSetBit(s + 1)) {
        BasicValue v = s < frame.getLocals() ? frame.getLocal(s) : null;
        Type t = v == null ? null : v.getType();
        if (t == null) continue; // defined inside the loop
        switch (t.getSort()) {
          case Type.DOUBLE: case Type.FLOAT: case Type.INT:
            loop.carried.add(new Carried(s, t.getSort(), index++, writes.get(s) || s == loop.counter));
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
      return loop;
    }

    /**
     * True when the loop's trips are known when the class loads (its bound and its counter's start
     * stored only from constants) and their record stays under {@link #SMALL}: the driver would
     * never run a segment, so the segment is not made.
     */
    private static boolean alwaysSmall(MethodNode m, Loop loop) {
      long[] bound = constants(m, loop.bound), start = constants(m, loop.counter);
      return bound != null && start != null && (bound[1] - start[0]) * loop.bytesPerTrip <= SMALL;
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
     * True when reference local {@code slot} holds an array at the loop's head: the local variable
     * table says so, or it is a parameter of an array type. The receiver and other objects are not.
     */
    private static boolean isArray(MethodNode m, int slot, int head) {
      boolean isStatic = (m.access & Opcodes.ACC_STATIC) != 0;
      if (slot == 0 && !isStatic) return false;
      String type = Segment.referenceType(m, slot, (LabelNode) m.instructions.get(head));
      return type != null && type.startsWith("[");
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
