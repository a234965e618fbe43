package dev.leibniz.core;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceValue;
import org.objectweb.asm.tree.analysis.SourceInterpreter;

/**
 * The copy-analyse-retarget step the views share ({@link TemplateView}, {@link ReceiverView}, {@link ArgumentView}): a
 * copy of a method whose calls on the object held in some local slots (the receiver's slot 0, a parameter's), never
 * overwritten there, may be made to name a more precise class, which the JVM selects exactly as the original for such
 * an object. Each view says what it does with each instruction; the step gives the copy when one changed it.
 */
final class SlotCalls {
  private SlotCalls() {}

  /** What a view makes of one instruction of the copy. */
  enum Step { KEEP, CHANGED, ABANDON }

  interface Rewrite {
    /**
     * {@code n}, an instruction of the copy; {@code onSlot}: for a call, the slot (of those given) that holds its
     * receiver, loaded from there only, else -1. A call may be changed in place (owner, opcode, interface flag).
     */
    Step at(AbstractInsnNode n, int onSlot);
  }

  /**
   * A copy of {@code method} (analysed as code of {@code owner}) rewritten by {@code rewrite}, or null when nothing
   * changed, a step abandoned, a slot of {@code slots} is stored to, or the code cannot be analysed.
   */
  static MethodNode rewrite(String owner, MethodNode method, java.util.Set<Integer> slots, Rewrite rewrite) {
    return rewrite(owner, method, slots, rewrite, false);
  }

  /** As above; with {@code unchanged}, the copy also when nothing changed (null only when abandoned or not analysed). */
  static MethodNode rewrite(String owner, MethodNode method, java.util.Set<Integer> slots, Rewrite rewrite, boolean unchanged) {
    MethodNode copy = DefaultMethodView.copy(method);
    Frame<SourceValue>[] frames;
    try {
      frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, copy);
    } catch (AnalyzerException | RuntimeException e) {
      return null;
    }
    boolean changed = false;
    AbstractInsnNode[] insns = copy.instructions.toArray();
    for (int k = 0; k < insns.length; k++) {
      AbstractInsnNode n = insns[k];
      if (n.getOpcode() == Opcodes.ASTORE && slots.contains(((VarInsnNode) n).var)) return null; // the object replaced in its slot
      int slot = -1;
      if (n instanceof MethodInsnNode call && n.getOpcode() != Opcodes.INVOKESTATIC && frames[k] != null) {
        Frame<SourceValue> f = frames[k];
        slot = loadedFrom(f.getStack(f.getStackSize() - org.objectweb.asm.Type.getArgumentTypes(call.desc).length - 1), slots);
      }
      Step s = rewrite.at(n, slot);
      if (s == Step.ABANDON) return null;
      changed |= s == Step.CHANGED;
    }
    return changed || unchanged ? copy : null;
  }

  /**
   * Whether a call in {@code method} (analysed as code of {@code owner}) is given the object in {@code slot} as an
   * argument other than its receiver (a template passing {@code this} on: {@code Vectors.checkedNorm(this)}).
   */
  static boolean passesOn(String owner, MethodNode method, int slot) {
    Frame<SourceValue>[] frames;
    try {
      frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
    } catch (AnalyzerException | RuntimeException e) {
      return false;
    }
    AbstractInsnNode[] insns = method.instructions.toArray();
    for (int k = 0; k < insns.length; k++) {
      if (!(insns[k] instanceof MethodInsnNode call) || frames[k] == null) continue;
      Frame<SourceValue> f = frames[k];
      int args = org.objectweb.asm.Type.getArgumentTypes(call.desc).length;
      for (int i = 0; i < args; i++) {
        if (loadedFrom(f.getStack(f.getStackSize() - args + i), java.util.Set.of(slot)) == slot) return true;
      }
    }
    return false;
  }

  /** The slot of {@code slots} a value is loaded from, and only from, else -1. */
  private static int loadedFrom(SourceValue v, java.util.Set<Integer> slots) {
    int slot = -1;
    for (AbstractInsnNode src : v.insns) {
      if (src.getOpcode() != Opcodes.ALOAD || !slots.contains(((VarInsnNode) src).var)) return -1;
      int s = ((VarInsnNode) src).var;
      if (slot >= 0 && slot != s) return -1;
      slot = s;
    }
    return slot;
  }
}
