package dev.leibniz.core;

import java.util.function.BiPredicate;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * An interface's default method seen as a method of a class that inherits it (JVMS 5.4.3.3: a
 * call {@code c.m()} of class {@code C} that no class in {@code C}'s chain declares runs the
 * maximally-specific superinterface method). Differentiated as a method of {@code C}, its receiver
 * is a {@code C}: it carries {@code C}'s shadow when the class has one, so a default method reading
 * the object's state through the interface's abstract getters ({@code weight() * x}) differentiates
 * with respect to the fields behind them. For that the copy's calls of interface methods on
 * {@code this} (methods of an interface {@code C} implements, not private) become calls of {@code
 * C}'s methods ({@code invokevirtual}), which the JVM resolves and selects exactly as it selects the
 * interface's for a receiver of class {@code C}. The class keeps its code: the copy is only
 * differentiated (its companions live in the calling class, as for any method of another class).
 */
final class DefaultMethodView {
  private DefaultMethodView() {}

  /**
   * The view of {@code method} of interface {@code itf} from class {@code owner}, or null when its
   * code cannot be analysed. {@code implemented.test(owner, i)}: {@code owner} implements {@code i}.
   */
  static ClassLibrary.Declaration of(ClassNode owner, ClassNode itf, MethodNode method, BiPredicate<String, String> implemented) {
    if (owner == null || (owner.access & Opcodes.ACC_INTERFACE) != 0) return null;
    MethodNode copy = copy(method);
    Frame<SourceValue>[] frames;
    try {
      frames = new Analyzer<>(new SourceInterpreter()).analyze(itf.name, copy);
    } catch (AnalyzerException | RuntimeException e) {
      return null;
    }
    boolean thisKept = true; // `this` is never overwritten in its slot
    for (AbstractInsnNode n : copy.instructions) {
      if (n.getOpcode() == Opcodes.ASTORE && ((VarInsnNode) n).var == 0) thisKept = false;
    }
    AbstractInsnNode[] insns = copy.instructions.toArray();
    for (int k = 0; k < insns.length; k++) {
      if (!(insns[k] instanceof MethodInsnNode) || insns[k].getOpcode() != Opcodes.INVOKEINTERFACE || frames[k] == null) continue;
      MethodInsnNode call = (MethodInsnNode) insns[k];
      if (!thisKept || !implemented.test(owner.name, call.owner) || isPrivate(call, itf)) continue;
      int args = org.objectweb.asm.Type.getArgumentTypes(call.desc).length;
      Frame<SourceValue> f = frames[k];
      if (onThis(f.getStack(f.getStackSize() - args - 1))) {
        copy.instructions.set(call, new MethodInsnNode(Opcodes.INVOKEVIRTUAL, owner.name, call.name, call.desc, false));
      }
    }
    return in(owner, itf.sourceFile, copy); // the code's lines are the interface's
  }

  /**
   * {@code copy} as a method of a stand-in for class {@code owner} (its members, plus the copy), read with the
   * lines of {@code sourceFile}: the classes keep their code, the copy is only differentiated (also ReceiverView).
   */
  static ClassLibrary.Declaration in(ClassNode owner, String sourceFile, MethodNode copy) {
    ClassNode view = new ClassNode();
    view.name = owner.name;
    view.access = owner.access;
    view.superName = owner.superName;
    view.interfaces = owner.interfaces;
    view.fields = owner.fields;
    view.visibleAnnotations = owner.visibleAnnotations;
    view.invisibleAnnotations = owner.invisibleAnnotations;
    view.version = owner.version;
    view.sourceFile = sourceFile;
    view.methods = new java.util.ArrayList<>(owner.methods);
    view.methods.add(copy);
    return new ClassLibrary.Declaration(view, copy);
  }

  /** True when the value on the stack is the receiver: loaded from slot 0, and only from there. */
  static boolean onThis(SourceValue v) {
    if (v.insns.isEmpty()) return false;
    for (AbstractInsnNode src : v.insns) {
      if (src.getOpcode() != Opcodes.ALOAD || ((VarInsnNode) src).var != 0) return false;
    }
    return true;
  }

  private static boolean isPrivate(MethodInsnNode call, ClassNode itf) {
    if (!call.owner.equals(itf.name)) return false;
    for (MethodNode m : itf.methods) {
      if (m.name.equals(call.name) && m.desc.equals(call.desc)) return (m.access & Opcodes.ACC_PRIVATE) != 0;
    }
    return false;
  }

  /** A deep copy of {@code m} (instructions, handlers, locals), so the declaring type's own node stays as read. */
  static MethodNode copy(MethodNode m) {
    MethodNode c = new MethodNode(Opcodes.ASM9, m.access, m.name, m.desc, m.signature,
        m.exceptions == null ? null : m.exceptions.toArray(new String[0]));
    m.accept(c);
    c.maxStack = m.maxStack;
    c.maxLocals = m.maxLocals;
    return c;
  }
}
