package dev.leibniz.core.outline;

import dev.leibniz.core.Companions;
import dev.leibniz.core.outline.Checkpointer.Loop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * The checkpointed path of a counted loop, moved out of line so that the method's common path stays
 * small: a loop short enough never to be checkpointed (every call of GMM's helpers) then runs
 * through code the JIT can inline into its caller, without the budget test, the segment driver and
 * their adjoint (about 400 bytes of a split helper's forward sweep).
 *
 * <p>The method keeps, before the loop's head, only {@code if (bound - counter > SMALL / bytesPerTrip
 * && (bound - counter) * bytesPerTrip > budget) return m$ckptN$from(locals...)}: the continuation is the method from the loop's full driver
 * ({@link Segment}) to its end, its parameters the method's locals at the loop's head in their own
 * slots (an {@code int} 0 where a slot holds nothing there), so its code is the method's code
 * unchanged. It is a segment by its name ({@link Checkpointer#isSegment}): reversed jointly, its
 * diagnostics those of the method. Only for a static method whose locals at the head are primitives
 * or arrays of primitives, outside any other loop, and whose code after the head never jumps before it.
 */
final class Continuation {
  private final String owner;
  private final boolean itf;
  private final String name;
  private final Type returnType;
  private final List<Type> slots = new ArrayList<>(); // per parameter: its type, null for an empty slot (an int 0)
  private final String desc;

  private Continuation(String owner, boolean itf, String name, Type returnType, List<Type> slots) {
    this.owner = owner;
    this.itf = itf;
    this.name = name;
    this.returnType = returnType;
    this.slots.addAll(slots);
    StringBuilder d = new StringBuilder("(");
    for (Type t : slots) d.append(t == null ? "I" : t.getDescriptor());
    this.desc = d.append(')').append(returnType.getDescriptor()).toString();
  }

  /** The continuation for {@code loop} of {@code method} (not yet rewritten), or null when it has none. */
  static Continuation of(String owner, boolean itf, MethodNode method, Loop loop, String name) {
    if ((method.access & Opcodes.ACC_STATIC) == 0 || !loop.counted || loop.headFrame == null) return null;
    Frame<BasicValue> frame = loop.headFrame;
    List<Type> slots = new ArrayList<>();
    int last = 0; // slots up to the last one holding a value
    for (int s = 0; s < frame.getLocals(); s++) {
      Type t = frame.getLocal(s).getType();
      if (t == null) {
        slots.add(null);
        continue;
      }
      switch (t.getSort()) {
        case Type.INT: case Type.FLOAT:
          slots.add(t);
          break;
        case Type.LONG: case Type.DOUBLE:
          slots.add(t);
          s++; // its second half
          break;
        case Type.OBJECT: case Type.ARRAY: {
          String declared = Segment.referenceType(method, s, loop.head);
          if (declared == null || declared.length() != 2 || declared.charAt(0) != '[' || declared.charAt(1) == 'L') return null;
          slots.add(Type.getType(declared));
          break;
        }
        default:
          return null; // a return address
      }
      last = slots.size();
    }
    List<Type> params = new ArrayList<>(slots.subList(0, last));
    int size = 0;
    for (Type t : params) size += t == null ? 1 : t.getSize();
    if (size > 250) return null;
    return new Continuation(owner, itf, name, Type.getReturnType(method.desc), params);
  }

  /** True when no instruction of {@code rewritten} from {@code start} on jumps before it (the method's code from there stands alone). */
  static boolean standsAlone(MethodNode rewritten, LabelNode start) {
    InsnList code = rewritten.instructions;
    int from = code.indexOf(start);
    for (int i = from; i < code.size(); i++) {
      for (LabelNode t : Cuts.targets(code.get(i))) {
        if (code.indexOf(t) < from) return false;
      }
    }
    return true;
  }

  /** The continuation method: {@code rewritten}'s code (with its full drivers) from {@code start} to its end. */
  MethodNode build(MethodNode rewritten, LabelNode start) {
    int access = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
    MethodNode c = new MethodNode(Opcodes.ASM9, access, name, desc, null, null);
    Map<LabelNode, LabelNode> labels = new HashMap<>();
    for (AbstractInsnNode x : rewritten.instructions) {
      if (x instanceof LabelNode) labels.put((LabelNode) x, new LabelNode());
    }
    for (AbstractInsnNode x = start; x != null; x = x.getNext()) {
      if (x.getType() != AbstractInsnNode.FRAME) c.instructions.add(x.clone(labels));
    }
    c.maxLocals = rewritten.maxLocals;
    c.maxStack = rewritten.maxStack;
    return c;
  }

  /**
   * Before {@code loop}'s head in {@code method} (a copy of the method the continuation was made
   * from): when the loop's record would be over {@link Checkpointer#SMALL} bytes and over the tape
   * budget, the rest of the method is the continuation's business.
   */
  void call(MethodNode method, Loop loop) {
    InsnList out = new InsnList();
    LabelNode enter = new LabelNode();
    int trips = method.maxLocals, snapshot = trips + 2, scratch = snapshot + 2, perTrip = scratch + 2;
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
    // and checkpointed by the schedule (over the budget, and the checkpoints smaller than the record;
    // silently: the continuation's driver says it): the continuation is reversed jointly (its
    // forward runs twice), which only checkpointing, recomputing anyway, may cost (a loop taped
    // whole stays here)
    Schedule.snapshotBytes(out, method, loop, snapshot, scratch);
    Schedule.plan(out, owner, itf, loop, trips, snapshot, perTrip, loop.maxLevels, -1);
    out.add(new InsnNode(Opcodes.L2I));
    out.add(new InsnNode(Opcodes.ICONST_1));
    out.add(new JumpInsnNode(Opcodes.IF_ICMPLE, enter));
    method.maxLocals = perTrip + 2;
    int slot = 0, stack = 0;
    for (Type t : slots) {
      if (t == null) {
        out.add(new InsnNode(Opcodes.ICONST_0));
      } else {
        out.add(new VarInsnNode(t.getOpcode(Opcodes.ILOAD), slot));
      }
      slot += t == null ? 1 : t.getSize();
      stack += t == null ? 1 : t.getSize();
    }
    out.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner, name, desc, itf));
    out.add(new InsnNode(returnType.getOpcode(Opcodes.IRETURN)));
    out.add(enter);
    method.instructions.insertBefore(loop.head, out);
    method.maxStack = Math.max(method.maxStack, Math.max(stack, 12));
  }

  /**
   * Makes every return of {@code method} jump to one at its end, the value in a new local: each
   * return of a split forward sweep ends with the frame's pushes and the stores of the tape
   * positions (about 120 bytes), which the call of a continuation would otherwise add once more.
   */
  static void oneReturn(MethodNode method) {
    List<AbstractInsnNode> returns = new ArrayList<>();
    for (AbstractInsnNode x : method.instructions) {
      if (x.getOpcode() >= Opcodes.IRETURN && x.getOpcode() <= Opcodes.RETURN) returns.add(x);
    }
    if (returns.size() < 2) return;
    Type type = Type.getReturnType(method.desc);
    int slot = method.maxLocals;
    LabelNode end = new LabelNode();
    for (AbstractInsnNode x : returns) {
      InsnList jump = new InsnList();
      if (type.getSort() != Type.VOID) jump.add(new VarInsnNode(type.getOpcode(Opcodes.ISTORE), slot));
      jump.add(new JumpInsnNode(Opcodes.GOTO, end));
      method.instructions.insertBefore(x, jump);
      method.instructions.remove(x);
    }
    method.instructions.add(end);
    if (type.getSort() != Type.VOID) method.instructions.add(new VarInsnNode(type.getOpcode(Opcodes.ILOAD), slot));
    method.instructions.add(new InsnNode(type.getOpcode(Opcodes.IRETURN)));
    method.maxLocals = slot + type.getSize();
  }
}
