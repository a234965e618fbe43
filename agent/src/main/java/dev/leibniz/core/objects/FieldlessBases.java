package dev.leibniz.core.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Superclasses that add nothing to an object: every class between a class and {@code Object} (none of the JDK's)
 * declares no instance field, and its no-argument constructor does nothing but call its own superclass's ({@code
 * aload_0; invokespecial super.<init>()V; return}: no other code, no call on {@code this}, no static write). Commons
 * Geometry's {@code Vector3D extends MultiDimensionalEuclideanVector extends EuclideanVector}, both abstract and
 * field-less. An object of such a class is exactly its own fields, as one extending {@code Object} directly is, so
 * a constructor that calls {@code super()} and stores its parameters is plain ({@link NewResults#plainConstructor}).
 */
public final class FieldlessBases {
  private FieldlessBases() {}

  /**
   * True when every superclass of {@code c} up to {@code Object} (read by {@code classes}, null when unknown) is
   * field-less and constructed by {@code super()} alone; true for a class extending {@code Object}.
   */
  public static boolean only(ClassNode c, Function<String, ClassNode> classes) {
    for (String s = c.superName; !"java/lang/Object".equals(s); ) {
      if (addsNothing(s)) return true;
      if (s == null || isJdk(s) || classes == null) return false;
      ClassNode base = classes.apply(s);
      if (base == null || (base.access & Opcodes.ACC_INTERFACE) != 0 || hasInstanceField(base)
          || !onlyCallsSuper(base)) return false;
      s = base.superName;
    }
    return true;
  }

  /**
   * {@code java.lang.Number}: the one JDK base taken as adding nothing (Uncommons Maths' {@code Probability extends
   * Number}), by the Java SE specification: it declares no instance field and its only constructor is {@code
   * super()}. Other JDK classes are not read (their class files may not be), so they stay refused.
   */
  public static boolean addsNothing(String jdkClass) {
    return "java/lang/Number".equals(jdkClass);
  }

  public static boolean isJdk(String name) {
    return name.startsWith("java/") || name.startsWith("javax/") || name.startsWith("jdk/") || name.startsWith("sun/");
  }

  private static boolean hasInstanceField(ClassNode c) {
    for (FieldNode f : c.fields) {
      if ((f.access & Opcodes.ACC_STATIC) == 0) return true;
    }
    return false;
  }

  /** {@code c}'s constructor {@code ()V} is exactly {@code aload_0; invokespecial <its superclass>.<init>()V; return}. */
  private static boolean onlyCallsSuper(ClassNode c) {
    for (MethodNode m : c.methods) {
      if (m.name.equals("<init>") && m.desc.equals("()V")) return superCallOnly(m, c.superName);
    }
    return false;
  }

  private static boolean superCallOnly(MethodNode m, String superName) {
    List<AbstractInsnNode> code = new ArrayList<>();
    for (AbstractInsnNode n : m.instructions) {
      if (n.getOpcode() >= 0) code.add(n);
    }
    return code.size() == 3 && code.get(0).getOpcode() == Opcodes.ALOAD && ((VarInsnNode) code.get(0)).var == 0
        && isSuperCall(code.get(1), superName) && code.get(2).getOpcode() == Opcodes.RETURN;
  }

  /** {@code n} is {@code invokespecial superName.<init>()V}. */
  static boolean isSuperCall(AbstractInsnNode n, String superName) {
    return n.getOpcode() == Opcodes.INVOKESPECIAL && n instanceof MethodInsnNode m && m.owner.equals(superName)
        && m.name.equals("<init>") && m.desc.equals("()V");
  }
}
