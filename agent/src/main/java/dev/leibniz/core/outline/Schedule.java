package dev.leibniz.core.outline;

import static dev.leibniz.core.outline.Checkpointer.push;

import dev.leibniz.core.Companions;
import dev.leibniz.core.outline.Checkpointer.Loop;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The code a checkpointed loop's driver runs to choose its schedule when the loop is entered: the
 * bytes of one checkpoint, known only then (the frame and {@code more} arrays, plus every array the
 * loop writes, which joint reversal copies whole with each checkpoint: their lengths are read at
 * entry), and the call of the copied helper {@code checkpointPlan}, which weighs them with the tape
 * bytes per trip and the budget (levels, segment trips; {@code Helpers.checkpointPlan}).
 */
final class Schedule {
  /** A Java array header, and a reference with the header of the row it points to (estimates). */
  private static final long HEADER = 16, ROW = 24;

  private Schedule() {}

  /**
   * Stores in long local {@code acc} the bytes of one checkpoint of {@code loop}; {@code mult} is a
   * scratch long local. A multi-dimensional array is estimated from its first row at each rank (a
   * null or empty one ends the estimate); the stack is empty at every jump.
   */
  static void snapshotBytes(InsnList out, MethodNode method, Loop loop, int acc, int mult) {
    out.add(new LdcInsnNode(2 * HEADER + 8L * (loop.frameSize + loop.moreSize)));
    out.add(new VarInsnNode(Opcodes.LSTORE, acc));
    for (int slot : loop.written) {
      Type t = Type.getType(Segment.referenceType(method, slot, loop.head));
      int rank = t.getDimensions();
      long element = elementBytes(t.getElementType());
      LabelNode done = new LabelNode();
      out.add(new InsnNode(Opcodes.LCONST_1));
      out.add(new VarInsnNode(Opcodes.LSTORE, mult));
      for (int d = 0; d < rank; d++) {
        LabelNode present = new LabelNode();
        out.add(new VarInsnNode(Opcodes.ALOAD, slot));
        for (int j = 0; j < d; j++) {
          out.add(new InsnNode(Opcodes.ICONST_0));
          out.add(new InsnNode(Opcodes.AALOAD));
        }
        out.add(new InsnNode(Opcodes.DUP));
        out.add(new JumpInsnNode(Opcodes.IFNONNULL, present));
        out.add(new InsnNode(Opcodes.POP));
        out.add(new JumpInsnNode(Opcodes.GOTO, done));
        out.add(present);
        out.add(new InsnNode(Opcodes.ARRAYLENGTH));
        out.add(new InsnNode(Opcodes.I2L));
        out.add(new VarInsnNode(Opcodes.LLOAD, mult));
        out.add(new InsnNode(Opcodes.LMUL));
        out.add(new VarInsnNode(Opcodes.LSTORE, mult));
        out.add(new VarInsnNode(Opcodes.LLOAD, acc));
        out.add(new VarInsnNode(Opcodes.LLOAD, mult));
        out.add(new LdcInsnNode(d < rank - 1 ? ROW : element));
        out.add(new InsnNode(Opcodes.LMUL));
        out.add(new InsnNode(Opcodes.LADD));
        if (d == 0) {
          out.add(new LdcInsnNode(HEADER));
          out.add(new InsnNode(Opcodes.LADD));
        }
        out.add(new VarInsnNode(Opcodes.LSTORE, acc));
        if (d < rank - 1) {
          out.add(new VarInsnNode(Opcodes.LLOAD, mult));
          out.add(new InsnNode(Opcodes.LCONST_0));
          out.add(new InsnNode(Opcodes.LCMP));
          out.add(new JumpInsnNode(Opcodes.IFEQ, done));
        }
      }
      out.add(done);
    }
  }

  /** Trips of a nested loop are capped here, and each part of the product below: no {@code long} overflows. */
  private static final long TRIPS_CAP = 1L << 20, PART_CAP = 1L << 40;

  /**
   * Stores in long local {@code acc} the estimated tape bytes per trip of {@code loop}: its bytes
   * outside the nested loops whose trips are read now ({@link InnerTrips#dynamic}), plus each such
   * loop's own bytes times its trips and those of the ones around it (a bound {@code a.length} of a
   * null {@code a} leaves its part out). Without such loops: the estimate made when the class loads.
   */
  static void perTrip(InsnList out, Loop loop, int acc) {
    if (loop.dynamic.isEmpty()) {
      out.add(new LdcInsnNode((long) loop.bytesPerTrip));
      out.add(new VarInsnNode(Opcodes.LSTORE, acc));
      return;
    }
    out.add(new LdcInsnNode(loop.parts[0]));
    out.add(new VarInsnNode(Opcodes.LSTORE, acc));
    for (int q = 0; q < loop.dynamic.size(); q++) {
      if (loop.parts[q + 1] == 0) continue;
      InnerTrips.Dynamic inner = loop.dynamic.get(q);
      java.util.List<InnerTrips.Dynamic> around = new java.util.ArrayList<>();
      for (InnerTrips.Dynamic d : loop.dynamic) {
        if (d.head() <= inner.head() && inner.head() <= d.end()) around.add(d);
      }
      LabelNode skip = new LabelNode();
      for (InnerTrips.Dynamic d : around) {
        for (org.objectweb.asm.tree.AbstractInsnNode x : d.bound()) {
          if (x.getOpcode() != Opcodes.ALOAD) continue;
          out.add(new VarInsnNode(Opcodes.ALOAD, ((VarInsnNode) x).var));
          out.add(new JumpInsnNode(Opcodes.IFNULL, skip));
        }
      }
      out.add(new LdcInsnNode(loop.parts[q + 1]));
      for (InnerTrips.Dynamic d : around) {
        for (org.objectweb.asm.tree.AbstractInsnNode x : d.bound()) out.add(x.clone(java.util.Map.of()));
        out.add(new InsnNode(Opcodes.I2L));
        out.add(new LdcInsnNode(d.start() - (d.inclusive() ? 1 : 0)));
        out.add(new InsnNode(Opcodes.LSUB));
        out.add(new InsnNode(Opcodes.LCONST_0));
        out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Math", "max", "(JJ)J", false));
        out.add(new LdcInsnNode(TRIPS_CAP));
        out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Math", "min", "(JJ)J", false));
        out.add(new InsnNode(Opcodes.LMUL));
        out.add(new LdcInsnNode(PART_CAP));
        out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Math", "min", "(JJ)J", false));
      }
      out.add(new VarInsnNode(Opcodes.LLOAD, acc));
      out.add(new InsnNode(Opcodes.LADD));
      out.add(new VarInsnNode(Opcodes.LSTORE, acc));
      out.add(skip);
    }
  }

  private static long elementBytes(Type t) {
    switch (t.getSort()) {
      case Type.BOOLEAN: case Type.BYTE: return 1;
      case Type.CHAR: case Type.SHORT: return 2;
      case Type.INT: case Type.FLOAT: return 4;
      default: return 8;
    }
  }

  /**
   * Pushes (a {@code long}) {@code checkpointPlan(trips, snapshot, bytesPerTrip, maxLevels, which,
   * where)}: {@code trips} from long local {@code trips} (or -1, unknown at entry, when it is
   * negative), the snapshot bytes from long local {@code snapshot}, the bytes per trip from long
   * local {@code perTrip} (negative: the estimate made when the class loads).
   */
  static void plan(InsnList out, String owner, boolean itf, Loop loop, int trips, int snapshot, int perTrip, int maxLevels,
      int which) {
    if (trips >= 0) out.add(new VarInsnNode(Opcodes.LLOAD, trips));
    else out.add(new LdcInsnNode(-1L));
    out.add(new VarInsnNode(Opcodes.LLOAD, snapshot));
    if (perTrip >= 0) out.add(new VarInsnNode(Opcodes.LLOAD, perTrip));
    else out.add(new LdcInsnNode((long) loop.bytesPerTrip));
    out.add(push(maxLevels));
    out.add(push(which));
    out.add(new LdcInsnNode(loop.where));
    out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner, Companions.HELPER_PREFIX + "checkpointPlan",
        "(JJJIILjava/lang/String;)J", itf));
  }
}
