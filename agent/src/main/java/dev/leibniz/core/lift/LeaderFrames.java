package dev.leibniz.core.lift;

import java.util.ArrayDeque;
import java.util.Deque;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * The types of locals and stack slots at each block leader, by ASM's {@link BasicInterpreter}:
 * what ASM's {@code Analyzer} computes, but with frames stored only at leaders and one scratch frame
 * walked through each block. The {@code Analyzer} keeps a frame of every local at every instruction,
 * which for a generated straight-line method of 50 KB (20,000 instructions, 5,000 locals) is
 * hundreds of megabytes and seconds of work (past ASM's allocation limit it refuses the method);
 * this is linear in the method's size for straight-line code. Methods with exception handlers or
 * subroutines are not given here (the lifter refuses them first).
 */
public final class LeaderFrames {
  private LeaderFrames() {}

  /**
   * The frame at each instruction index where {@code leader} is set, null where the leader cannot
   * be reached (and at every other index).
   */
  @SuppressWarnings("unchecked")
  static Frame<BasicValue>[] of(String owner, MethodNode method, boolean[] leader) throws AnalyzerException {
    return of(owner, method, leader, null);
  }

  /** Sees the frame before each instruction as a block is walked (the last walk of a block is its fixed point). */
  public interface Observer {
    void before(int index, Frame<BasicValue> frame);
  }

  /** As {@link #of(String, MethodNode, boolean[])}, showing {@code observer} (if not null) every frame walked. */
  public static Frame<BasicValue>[] of(String owner, MethodNode method, boolean[] leader, Observer observer) throws AnalyzerException {
    InsnList code = method.instructions;
    BasicInterpreter interpreter = new BasicInterpreter();
    Frame<BasicValue>[] frames = (Frame<BasicValue>[]) new Frame<?>[code.size() + 1];
    frames[0] = entryFrame(owner, method, interpreter);
    Deque<Integer> work = new ArrayDeque<>();
    boolean[] queued = new boolean[code.size() + 1];
    work.add(0);
    queued[0] = true;
    Frame<BasicValue> scratch = new Frame<>(frames[0]);
    while (!work.isEmpty()) {
      int begin = work.poll();
      queued[begin] = false;
      scratch.init(frames[begin]);
      for (int i = begin; i < code.size(); i++) {
        if (i > begin && leader[i]) { // falls through into the next block
          flow(frames, scratch, i, interpreter, work, queued);
          break;
        }
        AbstractInsnNode n = code.get(i);
        if (observer != null) observer.before(i, scratch);
        int type = n.getType();
        if (type == AbstractInsnNode.LABEL || type == AbstractInsnNode.LINE || type == AbstractInsnNode.FRAME) continue;
        try {
          scratch.execute(n, interpreter);
        } catch (AnalyzerException | RuntimeException e) {
          throw new AnalyzerException(n, "error at instruction " + i + ": " + e.getMessage(), e);
        }
        if (n instanceof JumpInsnNode) {
          flow(frames, scratch, code.indexOf(((JumpInsnNode) n).label), interpreter, work, queued);
          if (n.getOpcode() == Opcodes.GOTO) break;
        } else if (n instanceof TableSwitchInsnNode) {
          for (LabelNode l : ((TableSwitchInsnNode) n).labels) flow(frames, scratch, code.indexOf(l), interpreter, work, queued);
          flow(frames, scratch, code.indexOf(((TableSwitchInsnNode) n).dflt), interpreter, work, queued);
          break;
        } else if (n instanceof LookupSwitchInsnNode) {
          for (LabelNode l : ((LookupSwitchInsnNode) n).labels) flow(frames, scratch, code.indexOf(l), interpreter, work, queued);
          flow(frames, scratch, code.indexOf(((LookupSwitchInsnNode) n).dflt), interpreter, work, queued);
          break;
        } else if ((n.getOpcode() >= Opcodes.IRETURN && n.getOpcode() <= Opcodes.RETURN) || n.getOpcode() == Opcodes.ATHROW) {
          break;
        }
        if (i + 1 == code.size()) throw new AnalyzerException(n, "execution can fall off the end of the code");
      }
    }
    return frames;
  }

  /** Merges the state leaving a block into the frame of leader {@code target}; queues it when that changed. */
  /** Leaders: the entry, branch targets, and the instructions after branches and exits. */
  public static boolean[] leaders(InsnList code) {
    boolean[] leader = new boolean[code.size() + 1];
    leader[0] = true;
    for (int i = 0; i < code.size(); i++) {
      AbstractInsnNode n = code.get(i);
      if (n instanceof JumpInsnNode) {
        leader[code.indexOf(((JumpInsnNode) n).label)] = true;
        leader[i + 1] = true;
      } else if (n instanceof TableSwitchInsnNode) {
        TableSwitchInsnNode s = (TableSwitchInsnNode) n;
        s.labels.forEach(l -> leader[code.indexOf(l)] = true);
        leader[code.indexOf(s.dflt)] = true;
        leader[i + 1] = true;
      } else if (n instanceof LookupSwitchInsnNode) {
        LookupSwitchInsnNode s = (LookupSwitchInsnNode) n;
        s.labels.forEach(l -> leader[code.indexOf(l)] = true);
        leader[code.indexOf(s.dflt)] = true;
        leader[i + 1] = true;
      } else if ((n.getOpcode() >= Opcodes.IRETURN && n.getOpcode() <= Opcodes.RETURN) || n.getOpcode() == Opcodes.ATHROW) {
        leader[i + 1] = true;
      }
    }
    return leader;
  }

  private static void flow(Frame<BasicValue>[] frames, Frame<BasicValue> out, int target, BasicInterpreter interpreter,
      Deque<Integer> work, boolean[] queued) throws AnalyzerException {
    boolean changed;
    if (frames[target] == null) {
      frames[target] = new Frame<>(out);
      changed = true;
    } else {
      changed = frames[target].merge(out, interpreter);
    }
    if (changed && !queued[target]) {
      queued[target] = true;
      work.add(target);
    }
  }

  /** The parameters in their slots, every other local uninitialised, an empty stack (as the Analyzer starts). */
  private static Frame<BasicValue> entryFrame(String owner, MethodNode method, BasicInterpreter interpreter) {
    Frame<BasicValue> f = new Frame<>(method.maxLocals, method.maxStack);
    Type ownerType = Type.getObjectType(owner);
    Type[] args = Type.getArgumentTypes(method.desc);
    boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
    f.setReturn(interpreter.newReturnTypeValue(Type.getReturnType(method.desc)));
    int slot = 0;
    if (!isStatic) {
      f.setLocal(slot, interpreter.newParameterValue(true, slot, ownerType));
      slot++;
    }
    for (Type t : args) {
      f.setLocal(slot, interpreter.newParameterValue(!isStatic, slot, t));
      slot++;
      if (t.getSize() == 2) f.setLocal(slot, interpreter.newEmptyValue(slot++));
    }
    while (slot < method.maxLocals) f.setLocal(slot, interpreter.newEmptyValue(slot++));
    return f;
  }
}
