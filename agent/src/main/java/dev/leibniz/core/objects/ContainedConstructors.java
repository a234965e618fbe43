package dev.leibniz.core.objects;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Constructors whose only effect, on every path that returns, is writing their own object's fields (Uncommons Maths'
 * {@code Probability(double p)}: {@code if (p < 0 || p > 1) throw new IllegalArgumentException(...); this.p = p;}).
 * What a path that can only end in a throw does is not asked (the argument checks, a message logged). On a returning
 * path the code reads its parameters, fields and statics, computes with them and {@link Math}/{@link StrictMath}'s
 * functions (not {@code random}), stores into fields of {@code this} and calls {@code this(...)}, the constructor of
 * a superclass that adds nothing ({@link FieldlessBases}) or of a readable superclass that is contained itself; no
 * other call, no allocation, no array or static write, no exception handler. Such a constructor given the same
 * arguments twice, nothing run in between, takes the same path and builds equal objects with no other effect, so
 * {@link ValuedConstructions#splitComputed} may run it again to make the object it refills (and both modes again to
 * make its shadow) when the class has no constructor that builds a blank one.
 */
public final class ContainedConstructors {
  private ContainedConstructors() {}

  /** True when constructor {@code desc} of {@code c} is contained (above); superclasses read by {@code classes}. */
  public static boolean contained(ClassNode c, String desc, Function<String, ClassNode> classes) {
    return contained(c, desc, classes, 0);
  }

  private static boolean contained(ClassNode c, String desc, Function<String, ClassNode> classes, int depth) {
    if (c == null || depth > 8) return false;
    MethodNode ctor = null;
    for (MethodNode m : c.methods) {
      if (m.name.equals("<init>") && m.desc.equals(desc)) ctor = m;
    }
    if (ctor == null || ctor.instructions.size() == 0 || !ctor.tryCatchBlocks.isEmpty()) return false;
    Frame<SourceValue>[] frames;
    try {
      frames = new Analyzer<>(new SourceInterpreter()).analyze(c.name, ctor);
    } catch (AnalyzerException e) {
      return false;
    }
    boolean[] returns = returning(ctor.instructions);
    for (int k = 0; k < returns.length; k++) {
      AbstractInsnNode n = ctor.instructions.get(k);
      if (!returns[k] || n.getOpcode() < 0) continue;
      if (n instanceof VarInsnNode v && v.getOpcode() == Opcodes.ASTORE && v.var == 0) return false; // `this` replaced
      if (!allowed(n, frames[k], c, classes, depth)) return false;
    }
    return true;
  }

  private static boolean allowed(AbstractInsnNode n, Frame<SourceValue> frame, ClassNode c,
      Function<String, ClassNode> classes, int depth) {
    int op = n.getOpcode();
    switch (op) {
      case Opcodes.PUTSTATIC, Opcodes.NEW, Opcodes.NEWARRAY, Opcodes.ANEWARRAY, Opcodes.MULTIANEWARRAY, Opcodes.MONITORENTER,
          Opcodes.MONITOREXIT, Opcodes.INVOKEDYNAMIC, Opcodes.INVOKEVIRTUAL, Opcodes.INVOKEINTERFACE, Opcodes.JSR, Opcodes.RET,
          Opcodes.IASTORE, Opcodes.LASTORE, Opcodes.FASTORE, Opcodes.DASTORE, Opcodes.AASTORE, Opcodes.BASTORE, Opcodes.CASTORE,
          Opcodes.SASTORE:
        return false;
      case Opcodes.PUTFIELD:
        return frame != null && onThis(frame.getStack(frame.getStackSize() - 2));
      case Opcodes.INVOKESTATIC: {
        MethodInsnNode m = (MethodInsnNode) n;
        return (m.owner.equals("java/lang/Math") || m.owner.equals("java/lang/StrictMath")) && !m.name.equals("random");
      }
      case Opcodes.INVOKESPECIAL:
        return frame != null && superOrThis((MethodInsnNode) n, frame, c, classes, depth);
      default:
        return true;
    }
  }

  /** {@code this(...)} or a superclass's constructor, on {@code this}, contained itself or adding nothing. */
  private static boolean superOrThis(MethodInsnNode m, Frame<SourceValue> frame, ClassNode c,
      Function<String, ClassNode> classes, int depth) {
    if (!m.name.equals("<init>")) return false;
    int args = org.objectweb.asm.Type.getArgumentTypes(m.desc).length;
    if (!onThis(frame.getStack(frame.getStackSize() - 1 - args))) return false;
    if (m.owner.equals(c.name)) return contained(c, m.desc, classes, depth + 1);
    if (!m.owner.equals(c.superName)) return false;
    if (m.desc.equals("()V") && ("java/lang/Object".equals(m.owner) || FieldlessBases.addsNothing(m.owner))) return true;
    return !FieldlessBases.isJdk(m.owner) && classes != null && contained(classes.apply(m.owner), m.desc, classes, depth + 1);
  }

  /** The value is only ever local 0 as the constructor entered (`this`, never reassigned: checked by the caller). */
  private static boolean onThis(SourceValue v) {
    if (v.insns.isEmpty()) return false;
    for (AbstractInsnNode s : v.insns) {
      if (!(s instanceof VarInsnNode l) || l.getOpcode() != Opcodes.ALOAD || l.var != 0) return false;
    }
    return true;
  }

  /** For each instruction, whether some path from it reaches a {@code return}. */
  private static boolean[] returning(InsnList code) {
    int size = code.size();
    List<List<Integer>> preds = new ArrayList<>();
    for (int k = 0; k < size; k++) preds.add(new ArrayList<>());
    Deque<Integer> work = new ArrayDeque<>();
    boolean[] out = new boolean[size];
    for (int k = 0; k < size; k++) {
      AbstractInsnNode n = code.get(k);
      for (int s : successors(code, n, k)) preds.get(s).add(k);
      if (n.getOpcode() == Opcodes.RETURN) {
        out[k] = true;
        work.add(k);
      }
    }
    while (!work.isEmpty()) {
      for (int p : preds.get(work.pop())) {
        if (!out[p]) {
          out[p] = true;
          work.add(p);
        }
      }
    }
    return out;
  }

  private static List<Integer> successors(InsnList code, AbstractInsnNode n, int k) {
    List<Integer> out = new ArrayList<>();
    int op = n.getOpcode();
    if (n instanceof JumpInsnNode j) {
      out.add(code.indexOf(j.label));
      if (op == Opcodes.GOTO) return out;
    } else if (n instanceof TableSwitchInsnNode t) {
      out.add(code.indexOf(t.dflt));
      for (LabelNode l : t.labels) out.add(code.indexOf(l));
      return out;
    } else if (n instanceof LookupSwitchInsnNode t) {
      out.add(code.indexOf(t.dflt));
      for (LabelNode l : t.labels) out.add(code.indexOf(l));
      return out;
    } else if (op == Opcodes.ATHROW || op >= Opcodes.IRETURN && op <= Opcodes.RETURN) {
      return out;
    }
    if (k + 1 < code.size()) out.add(k + 1);
    return out;
  }
}
