package dev.leibniz.core.outline;

import static dev.leibniz.core.outline.Checkpointer.push;

import dev.leibniz.core.Companions;
import dev.leibniz.core.outline.Checkpointer.Carried;
import dev.leibniz.core.outline.Checkpointer.Loop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * One checkpointed loop ({@link Checkpointer}): builds its segment method and puts the run-time
 * choice and the driver loop before the loop's head in the method.
 *
 * <p>The segment {@code m$ckptN(double[] frame, long[] more, int k, refs...)} loads the carried
 * locals from the frame, runs the loop's own code for at most {@code k} trips, stores the carried
 * locals it writes back and sets {@code more[0]} to 1 when the loop is not finished (0 when its test
 * failed; a passive {@code long[]}, so that reading it leaves no adjoint in the driver's reverse loop,
 * which also carries the {@code int} and {@code long} locals; joint reversal snapshots it too).
 * Its locals are the method's, shifted past its parameters.
 */
final class Segment {
  /**
   * The most levels a counted loop's schedule may have: 2 is checkpoints and one segment's tape;
   * each level more is a tier of checkpoints inside a segment of the level above (a nested segment
   * method {@code m$ckptN$nL}), one more forward run of the loop.
   */
  static final int MAX_LEVELS = 4;
  private final String owner;
  private final boolean itf;
  private final MethodNode method;
  private final Loop loop;
  private final String name;
  private final boolean isStatic;
  private final int base;
  private final String[] refTypes;
  private final int shift; // method slot s >= base is slot s + shift in the segment
  /** The first instruction of the driver {@link #build} put before the loop (a counted loop's trip count). */
  final LabelNode start = new LabelNode();

  Segment(String owner, boolean itf, MethodNode method, Loop loop, String name) {
    this.owner = owner;
    this.itf = itf;
    this.method = method;
    this.loop = loop;
    this.name = name;
    this.isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
    this.base = isStatic ? 0 : 1;
    this.refTypes = new String[loop.refs.size()];
    for (int k = 0; k < refTypes.length; k++) {
      refTypes[k] = referenceType(method, loop.refs.get(k), loop.head);
      if (refTypes[k] == null) throw new IllegalStateException("type of local " + loop.refs.get(k) + " unknown");
    }
    this.shift = 3 + refTypes.length;
  }

  private String desc() {
    return desc(2);
  }

  /** The name of the segment method of {@code level}: the segment itself at 2, a nested one above. */
  private String name(int level) {
    return level == 2 ? name : name + "$n" + level;
  }

  /** {@code (double[] frame, long[] more, int k, refs...)}, with {@code int c} after {@code k} above level 2. */
  private String desc(int level) {
    StringBuilder d = new StringBuilder(level == 2 ? "([D[JI" : "([D[JII");
    for (String t : refTypes) d.append(t);
    return d.append(")V").toString();
  }

  /** Builds the segment and rewrites the method's loop entry; returns the segment. */
  MethodNode build() {
    MethodNode s = segment();
    if (loop.counted) driver();
    else growthDriver();
    return s;
  }

  /**
   * The nested segments of levels 3 to {@link #MAX_LEVELS}: {@code m$ckptN$nL(frame, more, k, c,
   * refs...)} runs up to {@code c} segments of the level below (until the loop is finished, {@code
   * more[0] == 0}). Each is a segment by its name, so reversed jointly: its adjoint re-runs it,
   * snapshotting each call of the level below, and reverses those calls last first, each re-running
   * its own. Memory: {@code c} checkpoints per level; time: one more forward run per level.
   */
  List<MethodNode> nested() {
    List<MethodNode> out = new ArrayList<>();
    for (int level = 3; level <= loop.maxLevels; level++) {
      int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (isStatic ? Opcodes.ACC_STATIC : 0);
      MethodNode s = new MethodNode(Opcodes.ASM9, access, name(level), desc(level), null, null);
      InsnList code = s.instructions;
      int frame = base, more = base + 1, k = base + 2, c = base + 3, count = base + 4 + refTypes.length;
      LabelNode top = new LabelNode(), done = new LabelNode();
      code.add(new VarInsnNode(Opcodes.ILOAD, c));
      code.add(new VarInsnNode(Opcodes.ISTORE, count));
      code.add(top);
      if (!isStatic) code.add(new VarInsnNode(Opcodes.ALOAD, 0));
      code.add(new VarInsnNode(Opcodes.ALOAD, frame));
      code.add(new VarInsnNode(Opcodes.ALOAD, more));
      code.add(new VarInsnNode(Opcodes.ILOAD, k));
      if (level > 3) code.add(new VarInsnNode(Opcodes.ILOAD, c));
      for (int r = 0; r < refTypes.length; r++) code.add(new VarInsnNode(Opcodes.ALOAD, base + 4 + r));
      code.add(new MethodInsnNode(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, owner, name(level - 1), desc(level - 1), itf));
      code.add(new VarInsnNode(Opcodes.ALOAD, more)); // passive, as in the driver
      code.add(new InsnNode(Opcodes.ICONST_0));
      code.add(new InsnNode(Opcodes.LALOAD));
      code.add(new InsnNode(Opcodes.LCONST_0));
      code.add(new InsnNode(Opcodes.LCMP));
      code.add(new JumpInsnNode(Opcodes.IFEQ, done));
      code.add(new IincInsnNode(count, -1));
      code.add(new VarInsnNode(Opcodes.ILOAD, count));
      code.add(new JumpInsnNode(Opcodes.IFGT, top));
      code.add(done);
      code.add(new InsnNode(Opcodes.RETURN));
      s.maxLocals = count + 1;
      s.maxStack = 6 + refTypes.length;
      out.add(s);
    }
    return out;
  }

  private MethodNode segment() {
    int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC | (isStatic ? Opcodes.ACC_STATIC : 0);
    MethodNode s = new MethodNode(Opcodes.ASM9, access, name, desc(), null, null);
    InsnList out = s.instructions;
    int frameSlot = base, moreSlot = base + 1, kSlot = base + 2, budget = method.maxLocals + shift;
    for (int r = 0; r < refTypes.length; r++) {
      out.add(new VarInsnNode(Opcodes.ALOAD, base + 3 + r));
      out.add(new VarInsnNode(Opcodes.ASTORE, loop.refs.get(r) + shift));
    }
    for (Carried c : loop.carried) load(out, c, frameSlot, moreSlot, c.slot() + shift);
    out.add(new VarInsnNode(Opcodes.ILOAD, kSlot));
    out.add(new VarInsnNode(Opcodes.ISTORE, budget));
    LabelNode top = new LabelNode(), done = new LabelNode(), more = new LabelNode();
    Map<LabelNode, LabelNode> labels = new HashMap<>();
    for (AbstractInsnNode x : method.instructions) {
      if (x instanceof LabelNode) labels.put((LabelNode) x, new LabelNode());
    }
    labels.put(loop.head, top);
    for (LabelNode exit : loop.exits) labels.put(exit, done);
    out.add(top);
    out.add(new VarInsnNode(Opcodes.ILOAD, budget));
    out.add(new JumpInsnNode(Opcodes.IFLE, more));
    out.add(new IincInsnNode(budget, -1));
    for (AbstractInsnNode x = loop.head.getNext(); x != loop.back.getNext(); x = x.getNext()) {
      if (x.getType() == AbstractInsnNode.FRAME) continue;
      AbstractInsnNode y = x.clone(labels);
      if (y instanceof VarInsnNode) ((VarInsnNode) y).var = slot(((VarInsnNode) y).var);
      if (y instanceof IincInsnNode) ((IincInsnNode) y).var = slot(((IincInsnNode) y).var);
      out.add(y);
    }
    out.add(done);
    finish(out, frameSlot, moreSlot, 0);
    out.add(more);
    finish(out, frameSlot, moreSlot, 1);
    s.maxLocals = method.maxLocals + shift + 1;
    s.maxStack = Math.max(method.maxStack, 6);
    return s;
  }

  private int slot(int s) {
    return s < base ? s : s + shift;
  }

  /** Stores the written carried locals and whether the loop goes on ({@code more[0]}), and returns. */
  private void finish(InsnList out, int frameSlot, int moreSlot, int more) {
    for (Carried c : loop.carried) {
      if (c.written()) store(out, c, frameSlot, moreSlot, c.slot() + shift);
    }
    out.add(new VarInsnNode(Opcodes.ALOAD, moreSlot));
    out.add(new InsnNode(Opcodes.ICONST_0));
    out.add(new InsnNode(Opcodes.LCONST_0 + more));
    out.add(new InsnNode(Opcodes.LASTORE));
    out.add(new InsnNode(Opcodes.RETURN));
  }

  /**
   * Before the loop's head: {@code trips = n - i}; when {@code trips * bytesPerTrip} is over
   * {@link Checkpointer#SMALL} and over the budget, the carried locals go into a new frame, the
   * segment runs until the loop is finished, the written locals come back and the loop's head
   * finds it finished; otherwise the loop runs as it is.
   */
  private void driver() {
    int trips = method.maxLocals, snapshot = trips + 2, k = snapshot + 2, frame = k + 1, more = frame + 1, scratch = more + 1;
    int perTrip = scratch + 2, levels = perTrip + 2, c = levels + 1;
    InsnList out = new InsnList();
    // Both ways reach the head through one block, so the loop keeps a single entry (its trip counter
    // stays a local) and a single exit (its invariants are taped once per run): after the segments
    // the counter equals the bound and the head's test leaves the loop at once.
    LabelNode enter = new LabelNode();
    out.add(start);
    out.add(new VarInsnNode(Opcodes.ILOAD, loop.bound));
    out.add(new InsnNode(Opcodes.I2L));
    out.add(new VarInsnNode(Opcodes.ILOAD, loop.counter));
    out.add(new InsnNode(Opcodes.I2L));
    out.add(new InsnNode(Opcodes.LSUB));
    out.add(new VarInsnNode(Opcodes.LSTORE, trips));
    Schedule.perTrip(out, loop, perTrip);
    out.add(new VarInsnNode(Opcodes.LLOAD, trips));
    out.add(new LdcInsnNode(Checkpointer.SMALL));
    out.add(new VarInsnNode(Opcodes.LLOAD, perTrip));
    out.add(new InsnNode(Opcodes.LDIV));
    out.add(new InsnNode(Opcodes.LCMP));
    out.add(new JumpInsnNode(Opcodes.IFLE, enter));
    // the schedule, from the bytes of a checkpoint (the arrays the loop writes, their lengths read
    // now), the tape per trip and the budget (a copied helper, which reads it without allocating):
    // levels 1 when the record fits the budget (or is smaller than the checkpoints would be)
    Schedule.snapshotBytes(out, method, loop, snapshot, scratch);
    Schedule.plan(out, owner, itf, loop, trips, snapshot, perTrip, loop.maxLevels, 0);
    out.add(new InsnNode(Opcodes.L2I));
    out.add(new VarInsnNode(Opcodes.ISTORE, levels));
    out.add(new VarInsnNode(Opcodes.ILOAD, levels));
    out.add(new InsnNode(Opcodes.ICONST_1));
    out.add(new JumpInsnNode(Opcodes.IF_ICMPLE, enter));
    Schedule.plan(out, owner, itf, loop, trips, snapshot, perTrip, loop.maxLevels, 1);
    out.add(new InsnNode(Opcodes.L2I));
    out.add(new VarInsnNode(Opcodes.ISTORE, k));
    Schedule.plan(out, owner, itf, loop, trips, snapshot, perTrip, loop.maxLevels, 2);
    out.add(new InsnNode(Opcodes.L2I));
    out.add(new VarInsnNode(Opcodes.ISTORE, c));
    runSegments(out, k, c, levels, frame, more);
    // after a break (or a second test) the head's test need not fail: leave through the exit, where the segment stopped
    if (loop.leavesEarly) out.add(new JumpInsnNode(Opcodes.GOTO, loop.exit));
    out.add(enter);
    out.add(new InsnNode(Opcodes.NOP));
    method.instructions.insertBefore(loop.head, out);
    method.maxLocals = c + 1;
    method.maxStack = Math.max(method.maxStack, Math.max(12, 7 + refTypes.length));
  }

  /**
   * {@code frame = new double[size]; frame <- carried locals; more = new int[1]; do m$ckptN(frame,
   * more, k, refs...) while (more[0] != 0); carried locals written by the loop <- frame}.
   */
  private void runSegments(InsnList out, int k, int c, int levels, int frame, int more) {
    out.add(push(loop.frameSize));
    out.add(new IntInsnNode(Opcodes.NEWARRAY, Opcodes.T_DOUBLE));
    out.add(new VarInsnNode(Opcodes.ASTORE, frame));
    out.add(push(loop.moreSize));
    out.add(new IntInsnNode(Opcodes.NEWARRAY, Opcodes.T_LONG));
    out.add(new VarInsnNode(Opcodes.ASTORE, more));
    for (Carried x : loop.carried) store(out, x, frame, more, x.slot());
    // one loop of calls per number of levels (local levels, or 2 when negative), each without a branch inside
    LabelNode after = new LabelNode();
    int top = levels < 0 ? 2 : loop.maxLevels;
    for (int level = 2; level <= top; level++) {
      LabelNode run = new LabelNode(), next = new LabelNode();
      if (level < top) {
        out.add(new VarInsnNode(Opcodes.ILOAD, levels));
        out.add(push(level));
        out.add(new JumpInsnNode(Opcodes.IF_ICMPGT, next));
      }
      out.add(run);
      if (!isStatic) out.add(new VarInsnNode(Opcodes.ALOAD, 0));
      out.add(new VarInsnNode(Opcodes.ALOAD, frame));
      out.add(new VarInsnNode(Opcodes.ALOAD, more));
      out.add(new VarInsnNode(Opcodes.ILOAD, k));
      if (level > 2) out.add(new VarInsnNode(Opcodes.ILOAD, c));
      for (int r : loop.refs) out.add(new VarInsnNode(Opcodes.ALOAD, r));
      out.add(new MethodInsnNode(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, owner, name(level), desc(level), itf));
      out.add(new VarInsnNode(Opcodes.ALOAD, more)); // passive: the reverse sweep adds no adjoint for it
      out.add(new InsnNode(Opcodes.ICONST_0));
      out.add(new InsnNode(Opcodes.LALOAD));
      out.add(new InsnNode(Opcodes.LCONST_0));
      out.add(new InsnNode(Opcodes.LCMP));
      out.add(new JumpInsnNode(Opcodes.IFNE, run));
      if (level < top) {
        out.add(new JumpInsnNode(Opcodes.GOTO, after));
        out.add(next);
      }
    }
    out.add(after);
    for (Carried x : loop.carried) {
      if (x.written()) load(out, x, frame, more, x.slot());
    }
  }

  /**
   * For a loop whose trips are unknown at entry: counts them at the head and, past {@link
   * Checkpointer#SMALL} bytes of estimated record, reads the budget once; while the record stays
   * under half of it the loop goes on as it is, after that the rest runs as segments from the
   * head's state and the driver leaves through the loop's exit (where any break leaves the segment
   * too, so nothing runs the loop on):
   *
   * <pre>
   *   count = 0; limit = SMALL / bytesPerTrip
   * again:                                       // a loop around the loop: its header keeps one back edge
   * head:
   *   if (++count > limit) goto decide           // the loop as it was follows
   *   ...
   * decide:                                      // after the method's code
   *   budget = tapeBudget(); limit = budget / (2 bytesPerTrip)
   *   if (count <= limit) { count--; goto again }
   *   k = max(1, min(budget / (4 bytesPerTrip), Integer.MAX_VALUE)); segments; goto exit
   * </pre>
   */
  private void growthDriver() {
    int count = method.maxLocals, limit = count + 2, budget = limit + 2, k = budget + 2, frame = k + 1, more = frame + 1;
    int scratch = more + 1;
    InsnList code = method.instructions;
    LabelNode exit = new LabelNode(), again = new LabelNode(), decide = new LabelNode(), segments = new LabelNode();
    code.insert(loop.back, exit); // at the exit position (a do-while's fall-through has no label)
    InsnList entry = new InsnList();
    entry.add(new InsnNode(Opcodes.LCONST_0));
    entry.add(new VarInsnNode(Opcodes.LSTORE, count));
    entry.add(new LdcInsnNode(Checkpointer.SMALL / loop.bytesPerTrip));
    entry.add(new VarInsnNode(Opcodes.LSTORE, limit));
    entry.add(again);
    entry.add(new InsnNode(Opcodes.NOP));
    code.insertBefore(loop.head, entry);
    InsnList check = new InsnList();
    check.add(new VarInsnNode(Opcodes.LLOAD, count));
    check.add(new InsnNode(Opcodes.LCONST_1));
    check.add(new InsnNode(Opcodes.LADD));
    check.add(new VarInsnNode(Opcodes.LSTORE, count));
    check.add(new VarInsnNode(Opcodes.LLOAD, count));
    check.add(new VarInsnNode(Opcodes.LLOAD, limit));
    check.add(new InsnNode(Opcodes.LCMP));
    check.add(new JumpInsnNode(Opcodes.IFGT, decide));
    code.insert(loop.head, check);
    InsnList out = new InsnList();
    out.add(decide);
    if (loop.line > 0) out.add(new org.objectweb.asm.tree.LineNumberNode(loop.line, decide));
    out.add(new LdcInsnNode(Checkpointer.BUDGET_PROPERTY));
    out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner, Companions.HELPER_PREFIX + "tapeBudget", "(Ljava/lang/String;)J", itf));
    out.add(new VarInsnNode(Opcodes.LSTORE, budget));
    out.add(new VarInsnNode(Opcodes.LLOAD, budget));
    out.add(new LdcInsnNode(2L * loop.bytesPerTrip));
    out.add(new InsnNode(Opcodes.LDIV));
    out.add(new VarInsnNode(Opcodes.LSTORE, limit));
    out.add(new VarInsnNode(Opcodes.LLOAD, count));
    out.add(new VarInsnNode(Opcodes.LLOAD, limit));
    out.add(new InsnNode(Opcodes.LCMP));
    out.add(new JumpInsnNode(Opcodes.IFGT, segments));
    out.add(new VarInsnNode(Opcodes.LLOAD, count));
    out.add(new InsnNode(Opcodes.LCONST_1));
    out.add(new InsnNode(Opcodes.LSUB));
    out.add(new VarInsnNode(Opcodes.LSTORE, count));
    out.add(new JumpInsnNode(Opcodes.GOTO, again));
    out.add(segments);
    // k = max(budget / (4 bytesPerTrip), snapshot / bytesPerTrip): a checkpoint costs no more than its segment's tape
    Schedule.snapshotBytes(out, method, loop, budget, scratch);
    Schedule.plan(out, owner, itf, loop, -1, budget, -1, 2, 1);
    out.add(new InsnNode(Opcodes.L2I));
    out.add(new VarInsnNode(Opcodes.ISTORE, k));
    runSegments(out, k, -1, -1, frame, more);
    out.add(new JumpInsnNode(Opcodes.GOTO, exit));
    code.add(out);
    method.maxLocals = scratch + 2;
    method.maxStack = Math.max(method.maxStack, Math.max(12, 7 + refTypes.length));
  }

  /**
   * {@code local = frame[index]} (narrowed back for float); an {@code int} or {@code long} from the
   * passive {@code long[] more} (an integer read from the active frame would be a value rounded from
   * an active one: a table lookup at it would be warned about, and it would be no derivative's business).
   */
  private static void load(InsnList out, Carried c, int frameSlot, int moreSlot, int local) {
    boolean whole = c.sort() == Type.INT || c.sort() == Type.LONG;
    out.add(new VarInsnNode(Opcodes.ALOAD, whole ? moreSlot : frameSlot));
    out.add(push(c.index()));
    out.add(new InsnNode(whole ? Opcodes.LALOAD : Opcodes.DALOAD));
    switch (c.sort()) {
      case Type.FLOAT: out.add(new InsnNode(Opcodes.D2F)); out.add(new VarInsnNode(Opcodes.FSTORE, local)); break;
      case Type.INT: out.add(new InsnNode(Opcodes.L2I)); out.add(new VarInsnNode(Opcodes.ISTORE, local)); break;
      case Type.LONG: out.add(new VarInsnNode(Opcodes.LSTORE, local)); break;
      default: out.add(new VarInsnNode(Opcodes.DSTORE, local)); break;
    }
  }

  /** {@code frame[index] = local} (widened for float; an {@code int} or {@code long} into {@code more}). */
  private static void store(InsnList out, Carried c, int frameSlot, int moreSlot, int local) {
    boolean whole = c.sort() == Type.INT || c.sort() == Type.LONG;
    out.add(new VarInsnNode(Opcodes.ALOAD, whole ? moreSlot : frameSlot));
    out.add(push(c.index()));
    switch (c.sort()) {
      case Type.FLOAT: out.add(new VarInsnNode(Opcodes.FLOAD, local)); out.add(new InsnNode(Opcodes.F2D)); break;
      case Type.INT: out.add(new VarInsnNode(Opcodes.ILOAD, local)); out.add(new InsnNode(Opcodes.I2L)); break;
      case Type.LONG: out.add(new VarInsnNode(Opcodes.LLOAD, local)); break;
      default: out.add(new VarInsnNode(Opcodes.DLOAD, local)); break;
    }
    out.add(new InsnNode(whole ? Opcodes.LASTORE : Opcodes.DASTORE));
  }

  /**
   * The declared type of reference local {@code slot}: from the local variable table at the loop's
   * head, else the parameter's type when the method never writes it, else the one type every store
   * into it has (a new array, a field, a call's result, a cast); null when unknown.
   */
  static String referenceType(MethodNode method, int slot, LabelNode loopHead) {
    boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
    int base = isStatic ? 0 : 1;
    int head = method.instructions.indexOf(loopHead);
    if (method.localVariables != null) {
      for (LocalVariableNode v : method.localVariables) {
        if (v.index == slot && method.instructions.indexOf(v.start) <= head && method.instructions.indexOf(v.end) > head) {
          return v.desc;
        }
      }
    }
    String found = null;
    boolean stored = false;
    for (AbstractInsnNode x : method.instructions) {
      if (x.getOpcode() != Opcodes.ASTORE || ((VarInsnNode) x).var != slot) continue;
      stored = true;
      String t = producedType(x.getPrevious());
      if (t == null || (found != null && !found.equals(t))) return null;
      found = t;
    }
    if (!stored) {
      if (slot == 0 && !isStatic) return null; // the receiver: never passed
      Type[] args = Type.getArgumentTypes(method.desc);
      int s = base;
      for (Type t : args) {
        if (s == slot) return t.getDescriptor();
        s += t.getSize();
      }
    }
    return found;
  }

  private static String producedType(AbstractInsnNode x) {
    while (x != null && x.getOpcode() < 0) x = x.getPrevious();
    if (x == null) return null;
    switch (x.getOpcode()) {
      case Opcodes.NEWARRAY:
        return "[" + "ZCFDBSIJ".charAt(((IntInsnNode) x).operand - Opcodes.T_BOOLEAN);
      case Opcodes.ANEWARRAY:
        return "[" + Type.getObjectType(((TypeInsnNode) x).desc).getDescriptor();
      case Opcodes.CHECKCAST:
        return Type.getObjectType(((TypeInsnNode) x).desc).getDescriptor();
      case Opcodes.MULTIANEWARRAY:
        return ((MultiANewArrayInsnNode) x).desc;
      case Opcodes.GETFIELD: case Opcodes.GETSTATIC:
        return ((FieldInsnNode) x).desc;
      case Opcodes.INVOKESTATIC: case Opcodes.INVOKEVIRTUAL: case Opcodes.INVOKESPECIAL: case Opcodes.INVOKEINTERFACE: {
        String r = Type.getReturnType(((MethodInsnNode) x).desc).getDescriptor();
        return r.equals("Ljava/lang/Object;") ? null : r;
      }
      default:
        return null;
    }
  }
}
