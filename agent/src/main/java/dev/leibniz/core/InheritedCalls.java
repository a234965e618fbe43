package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Calls that name the class being differentiated for a method it inherits from a superclass outside the JDK: javac
 * names the receiver's static type ({@code linkInv(f)} in a subclass of H2O's Distribution is {@code INVOKEVIRTUAL
 * Sub.linkInv}), and the core takes a call naming this class for one of its own methods, which the class does not
 * declare — it refused them with a reason that did not apply. Naming the declaring superclass instead is the same call
 * (resolution finds that declaration either way, and selection depends only on it and the receiver's class), and makes
 * it the call of another class's method that it is, differentiated as such (dispatched when overridable).
 */
final class InheritedCalls {
  private InheritedCalls() {}

  static void retarget(ClassNode cn, ClassLibrary library) {
    if (cn.superName == null || ClassLibrary.isJdk(cn.superName)) return;
    Set<String> declared = new HashSet<>();
    for (MethodNode m : cn.methods) declared.add(m.name + m.desc);
    Set<String> superclasses = new HashSet<>();
    for (ClassNode c = library.classNode(cn.superName); c != null && !ClassLibrary.isJdk(c.name);
        c = c.superName == null ? null : library.classNode(c.superName)) {
      superclasses.add(c.name);
    }
    for (MethodNode m : cn.methods) {
      for (AbstractInsnNode n : m.instructions) {
        if (!(n instanceof MethodInsnNode c) || !c.owner.equals(cn.name) || c.itf || c.name.startsWith("<")
            || c.getOpcode() == Opcodes.INVOKESPECIAL || declared.contains(c.name + c.desc) || template(cn, c, library) != null
            || !(floatingResult(c.desc) || c.desc.endsWith(")V"))) {
          continue;
        }
        ClassLibrary.Declaration d = library.resolve(new MethodRef(c.getOpcode(), cn.superName, c.name, c.desc, false));
        if (d == null || !superclasses.contains(d.owner().name) || !reachable(d.owner(), cn)) continue;
        if (floatingResult(c.desc) || writesState(d.method())) c.owner = d.owner().name;
      }
    }
  }

  /**
   * The template method that call {@code c} (naming class {@code cn}, which inherits it) runs, seen as a method of
   * {@code cn} ({@link TemplateView}), or null. Such a call keeps naming {@code cn}: the view is one of its own methods to
   * differentiate ({@link SourceClass#inheritTemplates}), whose receiver carries the class's shadow.
   */
  static ClassLibrary.Declaration template(ClassNode cn, MethodInsnNode c, ClassLibrary library) {
    if (c.getOpcode() != Opcodes.INVOKEVIRTUAL || c.itf || cn.superName == null || ClassLibrary.isJdk(cn.superName)) return null;
    ClassLibrary.Declaration d = library.declaration(new MethodRef(Opcodes.INVOKEVIRTUAL, cn.superName, c.name, c.desc, false));
    return d == null ? null : TemplateView.of(library, cn, d.owner(), d.method(), true); // its companions: cn's, guarded
  }

  /**
   * Only calls with a result that carries a derivative, a double or float or an array of them (JWave's {@code
   * WaveletTransform.forward(arrTime)} calling its {@code forward(arrTime, level)}, declared in {@code BasicTransform}
   * and overridden by each transform, returns a {@code double[]}): an inherited call with another result (an argument
   * check {@code test(values, begin, length)} returning a boolean) is kept as a call of this class, where {@link
   * DispatchedCalls} reads the code it runs and the vector tangents keep it — but for a {@code void} one that stores
   * numbers ({@link #writesState}).
   */
  private static boolean floatingResult(String desc) {
    org.objectweb.asm.Type r = org.objectweb.asm.Type.getReturnType(desc);
    int sort = (r.getSort() == org.objectweb.asm.Type.ARRAY ? r.getElementType() : r).getSort();
    return sort == org.objectweb.asm.Type.DOUBLE || sort == org.objectweb.asm.Type.FLOAT;
  }

  /**
   * Whether an inherited {@code void} method stores numbers itself: a field or an element of a floating array (vecmath's
   * {@code Tuple3d.set(x, y, z)}, which {@code Vector3d.cross} calls on {@code this} to write its result). Its derivative
   * goes out through those stores, so it is differentiated as the other class's method it is, writes and all; a {@code
   * void} check that only throws stores nothing and stays a call of this class, read as a passive call.
   */
  private static boolean writesState(MethodNode m) {
    for (AbstractInsnNode n : m.instructions) {
      int op = n.getOpcode();
      if (op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC || op == Opcodes.DASTORE || op == Opcodes.FASTORE) return true;
    }
    return false;
  }

  /** Whether {@code cn}'s code may name {@code owner}: public, or in the same package. */
  private static boolean reachable(ClassNode owner, ClassNode cn) {
    return (owner.access & Opcodes.ACC_PUBLIC) != 0 || ClassLibrary.packageOf(owner.name).equals(ClassLibrary.packageOf(cn.name));
  }
}
