package dev.leibniz.core.outline;

import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;

/**
 * Why outlining leaves a method's largest stretch whole when the reason is a reference: an object or array the method
 * makes (or assigns) and reads later is live at every statement boundary of the stretch ({@link Cuts}: the parts of a
 * split method hand on numbers, through the frames, the parameters and the objects {@link CarriedObjects} may carry,
 * never another object made in one of them). The size diagnostic then says which local and where, instead of advising
 * helper methods: helpers that make, take or return such objects are inlined again by scalar replacement (Sceneform's
 * {@code Quaternion.lookRotation}: {@code Quaternion}s returned by calls, live until the last line multiplies them).
 */
public final class HeldObjects {
  private HeldObjects() {}

  /** The clause naming the reference that keeps {@code method}'s largest stretch uncut, or null when none does. */
  public static String of(String owner, MethodNode method) {
    Cuts c;
    try {
      c = Cuts.of(owner, method);
    } catch (AnalyzerException | RuntimeException e) {
      return null;
    }
    int n = method.instructions.size();
    int from = 0, to = n, prev = 0;
    for (int k = 0; k <= c.at.size(); k++) { // the largest stretch between consecutive cuts
      int next = k < c.at.size() ? c.at.get(k) : n;
      if (c.sizeBefore[next] - c.sizeBefore[prev] > c.sizeBefore[to] - c.sizeBefore[from] || k == 0) {
        from = prev;
        to = next;
      }
      prev = next;
    }
    Map.Entry<Integer, Integer> held = c.heldRefs.higherEntry(from);
    if (held == null || held.getKey() >= to) return null;
    return describe(method, held.getKey(), held.getValue());
  }

  private static String describe(MethodNode method, int at, int slot) {
    InsnList code = method.instructions;
    int assigned = -1, read = -1;
    for (int i = 0; i < code.size(); i++) {
      if (code.get(i) instanceof VarInsnNode v && v.var == slot) {
        if (v.getOpcode() == Opcodes.ASTORE && i < at) assigned = i;
        if (v.getOpcode() == Opcodes.ALOAD && i >= at) read = i;
      }
    }
    LocalVariableNode named = local(method, slot, at);
    String type = named != null ? Type.getType(named.desc).getClassName() : null;
    if (type != null) type = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
    String what = named != null ? "the " + type + " " + named.name : "an object in a local";
    int from = assigned >= 0 ? line(code, assigned) : -1, to = read >= 0 ? line(code, read) : -1;
    return "no cut splits it: " + what + (from >= 0 ? ", assigned at line " + from : "")
        + (to >= 0 ? ", is still read at line " + to : ", is still read after it")
        + ", and the parts of a split method hand on numbers and the parameters, and an object only when the method makes"
        + " it with new, of a class of primitive fields, and gives it to no code that may keep it, so " + (from >= 0 && to >= 0 ? "lines " + from + " to " + to : "that code") + " stay one part, with the code"
        + " inlined for the objects (their constructors, and the methods given or returning them)";
  }

  /** The local variable table's entry for {@code slot} in scope at {@code at}, or null (no debug information). */
  private static LocalVariableNode local(MethodNode method, int slot, int at) {
    if (method.localVariables == null) return null;
    for (LocalVariableNode v : method.localVariables) {
      if (v.index == slot && method.instructions.indexOf(v.start) <= at && at <= method.instructions.indexOf(v.end)) return v;
    }
    return null;
  }

  private static int line(InsnList code, int at) {
    for (AbstractInsnNode x = code.get(at); x != null; x = x.getPrevious()) {
      if (x instanceof LineNumberNode l) return l.line;
    }
    return -1;
  }
}
