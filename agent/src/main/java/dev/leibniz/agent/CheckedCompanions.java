package dev.leibniz.agent;

import dev.leibniz.core.ClassFinder;
import dev.leibniz.core.Companions;
import dev.leibniz.core.JavaSignature;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The run-time self-check's instrumentation ({@code check=FRACTION}), applied by the agent to a
 * class the core has already given its companions; the core's output is not changed otherwise.
 * Each public companion {@code m$tangent} / {@code m$adjoint} generated for a method {@code m} is
 * renamed {@code leibniz$unchecked$m$tangent} (private) and replaced by a wrapper of the same name,
 * descriptor and access that asks {@link SelfCheck#sample()} whether to check this call: if not,
 * it calls the renamed companion (one static call and a comparison more than without the check);
 * if so, it hands the arguments, and handles ({@code ldc}) of {@code m} and of both unchecked
 * companions, to {@link SelfCheck#run}, which checks them at this point and makes the call.
 * Without the option nothing here runs: the companions are the core's, with no branch at all.
 *
 * <p>Skipped (left unchecked): interfaces, class files older than Java 7 (no method-handle
 * constants), abstract and native methods (their companions dispatch or throw), and methods that
 * change state their caller sees ({@link StateWrites}: the check re-runs the method).
 */
final class CheckedCompanions {
  static final String UNCHECKED = Companions.HELPER_PREFIX + "unchecked$";
  private static final String HOOK = Type.getInternalName(SelfCheck.class);
  private static final String RUN_DESC = "(Ljava/lang/Class;Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodHandle;"
      + "Ljava/lang/invoke/MethodHandle;ILjava/lang/String;[Ljava/lang/Object;)Ljava/lang/Object;";

  private CheckedCompanions() {}

  /**
   * {@code transformed} with its companions wrapped, or {@code transformed} itself when none can be;
   * {@code finder} reads the classes its methods call ({@link StateWrites}).
   */
  static byte[] wrap(byte[] original, byte[] transformed, ClassFinder finder) {
    ClassNode cn = new ClassNode();
    new ClassReader(transformed).accept(cn, 0);
    if ((cn.access & Opcodes.ACC_INTERFACE) != 0 || (cn.version & 0xFFFF) < Opcodes.V1_7) {
      return transformed;
    }
    Set<String> before = methodKeys(original);
    List<MethodNode> methods = List.copyOf(cn.methods);
    boolean any = false;
    StateWrites states = new StateWrites(cn, finder);
    for (MethodNode primal : methods) {
      if (primal.name.startsWith("<") || (primal.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0
          || !before.contains(primal.name + primal.desc)) {
        continue;
      }
      MethodNode tangent = generated(cn, before, Companions.tangentName(primal.name), Companions.tangentDesc(primal.desc));
      MethodNode adjoint = generated(cn, before, Companions.adjointName(primal.name), Companions.adjointDesc(primal.desc));
      if (tangent == null && adjoint == null || states.changesCallersState(primal)) continue;
      String where = where(cn, primal);
      int floats = computesInFloat(cn, primal) ? SelfCheck.FLOAT_PRECISION : 0;
      int tangentAccess = tangent == null ? 0 : unchecked(tangent), adjointAccess = adjoint == null ? 0 : unchecked(adjoint);
      if (tangent != null) addWrapper(cn, primal, tangent, tangentAccess, tangent, adjoint, floats, where);
      if (adjoint != null) addWrapper(cn, primal, adjoint, adjointAccess, tangent, adjoint, SelfCheck.ADJOINT | floats, where);
      any = true;
    }
    if (!any) return transformed;
    ClassWriter w = new ClassWriter(0);
    cn.accept(w);
    return w.toByteArray();
  }

  /**
   * Whether {@code m}, or a method of the same class it calls, computes in {@code float} (a float
   * local, constant, operation or conversion, or a call taking or returning one): its companions
   * are then only as exact as {@code float}, and the check uses float tolerances.
   */
  static boolean computesInFloat(ClassNode cn, MethodNode m) {
    return anyInstruction(cn, m, CheckedCompanions::isFloatInsn, new HashSet<>());
  }

  private static boolean isFloatInsn(AbstractInsnNode n) {
    int op = n.getOpcode();
    return op == Opcodes.FCONST_0 || op == Opcodes.FCONST_1 || op == Opcodes.FCONST_2 || op == Opcodes.FLOAD
        || op == Opcodes.FSTORE || op == Opcodes.FALOAD || op == Opcodes.FASTORE || (op >= Opcodes.FADD && op <= Opcodes.FNEG
        && (op - Opcodes.IADD) % 4 == 2) || op == Opcodes.I2F || op == Opcodes.L2F || op == Opcodes.D2F || op == Opcodes.F2D
        || op == Opcodes.F2I || op == Opcodes.F2L || op == Opcodes.FCMPL || op == Opcodes.FCMPG || op == Opcodes.FRETURN
        || (n instanceof LdcInsnNode && ((LdcInsnNode) n).cst instanceof Float)
        || (n instanceof MethodInsnNode && takesOrGivesFloat(((MethodInsnNode) n).desc));
  }

  /** Whether an instruction of {@code m}, or of a method of the same class it calls, satisfies {@code test}. */
  private static boolean anyInstruction(ClassNode cn, MethodNode m, Predicate<AbstractInsnNode> test, Set<String> seen) {
    if (!seen.add(m.name + m.desc)) return false;
    for (AbstractInsnNode n : m.instructions) {
      if (test.test(n)) return true;
      if (n instanceof MethodInsnNode && ((MethodInsnNode) n).owner.equals(cn.name)) {
        MethodInsnNode call = (MethodInsnNode) n;
        for (MethodNode callee : cn.methods) {
          if (callee.name.equals(call.name) && callee.desc.equals(call.desc) && anyInstruction(cn, callee, test, seen)) return true;
        }
      }
    }
    return false;
  }

  private static boolean takesOrGivesFloat(String desc) {
    Type m = Type.getMethodType(desc);
    for (Type t : m.getArgumentTypes()) {
      if (isFloat(t)) return true;
    }
    return isFloat(m.getReturnType());
  }

  private static boolean isFloat(Type t) {
    return (t.getSort() == Type.ARRAY ? t.getElementType() : t).getSort() == Type.FLOAT;
  }

  private static Set<String> methodKeys(byte[] classFile) {
    ClassNode cn = new ClassNode();
    new ClassReader(classFile).accept(cn, ClassReader.SKIP_CODE);
    Set<String> keys = new HashSet<>();
    for (MethodNode m : cn.methods) keys.add(m.name + m.desc);
    return keys;
  }

  /** The public companion {@code name desc} the core added (not one the class declared itself). */
  private static MethodNode generated(ClassNode cn, Set<String> before, String name, String desc) {
    if (before.contains(name + desc)) return null;
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name) && m.desc.equals(desc) && (m.access & Opcodes.ACC_PUBLIC) != 0) return m;
    }
    return null;
  }

  /** {@code double com.acme.Model.f(double) at Model.java:12}, for the warning. */
  private static String where(ClassNode cn, MethodNode primal) {
    String s = JavaSignature.type(Type.getReturnType(primal.desc)) + " " + cn.name.replace('/', '.') + "." + primal.name
        + JavaSignature.parameters(primal.desc);
    for (AbstractInsnNode n : primal.instructions) {
      if (n instanceof LineNumberNode) {
        return s + " at " + (cn.sourceFile == null ? "line" : cn.sourceFile) + ":" + ((LineNumberNode) n).line;
      }
    }
    return s;
  }

  /** Renames {@code companion} {@code leibniz$unchecked$...}, private; returns its access before. */
  private static int unchecked(MethodNode companion) {
    int access = companion.access;
    companion.name = UNCHECKED + companion.name;
    companion.access = (access & ~(Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) | Opcodes.ACC_PRIVATE | Opcodes.ACC_SYNTHETIC;
    return access;
  }

  /**
   * Adds the sampling wrapper in place of {@code companion} (already renamed; {@code access} its
   * access before); the handles it passes are those of the renamed companions.
   */
  private static void addWrapper(ClassNode cn, MethodNode primal, MethodNode companion, int access, MethodNode tangent,
      MethodNode adjoint, int mode, String where) {
    String publicName = companion.name.substring(UNCHECKED.length());
    boolean isStatic = (access & Opcodes.ACC_STATIC) != 0;
    MethodNode w = new MethodNode(access & ~Opcodes.ACC_SYNCHRONIZED, publicName, companion.desc, null,
        companion.exceptions == null ? null : companion.exceptions.toArray(new String[0]));
    w.visitCode();
    w.visitMethodInsn(Opcodes.INVOKESTATIC, HOOK, "sample", "()Z", false);
    Label checked = new Label();
    w.visitJumpInsn(Opcodes.IFNE, checked);
    int slots = loadArguments(w, companion.desc, isStatic);
    w.visitMethodInsn(isStatic ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL, cn.name, companion.name, companion.desc, false);
    Type result = Type.getReturnType(companion.desc);
    w.visitInsn(result.getOpcode(Opcodes.IRETURN));
    w.visitLabel(checked);
    w.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
    w.visitLdcInsn(Type.getObjectType(cn.name));
    w.visitLdcInsn(handle(cn, primal, isStatic));
    pushHandle(w, cn, tangent, isStatic);
    pushHandle(w, cn, adjoint, isStatic);
    w.visitLdcInsn(isStatic ? mode : mode | SelfCheck.RECEIVER);
    w.visitLdcInsn(where);
    boxArguments(w, companion.desc, isStatic);
    w.visitMethodInsn(Opcodes.INVOKESTATIC, HOOK, "run", RUN_DESC, false);
    unbox(w, result);
    w.visitInsn(result.getOpcode(Opcodes.IRETURN));
    w.visitMaxs(Math.max(slots, 12), slots);
    w.visitEnd();
    cn.methods.add(w);
  }

  private static Handle handle(ClassNode cn, MethodNode m, boolean isStatic) {
    return new Handle(isStatic ? Opcodes.H_INVOKESTATIC : Opcodes.H_INVOKESPECIAL, cn.name, m.name, m.desc, false);
  }

  private static void pushHandle(MethodVisitor w, ClassNode cn, MethodNode m, boolean isStatic) {
    if (m == null) w.visitInsn(Opcodes.ACONST_NULL); else w.visitLdcInsn(handle(cn, m, isStatic));
  }

  /** Loads the receiver (if any) and every argument; returns the slots they take. */
  private static int loadArguments(MethodVisitor w, String desc, boolean isStatic) {
    int slot = 0;
    if (!isStatic) w.visitVarInsn(Opcodes.ALOAD, slot++);
    for (Type t : Type.getArgumentTypes(desc)) {
      w.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
      slot += t.getSize();
    }
    return slot;
  }

  /** A new {@code Object[]} with the receiver (if any) and the arguments, primitives boxed. */
  private static void boxArguments(MethodVisitor w, String desc, boolean isStatic) {
    Type[] args = Type.getArgumentTypes(desc);
    int first = isStatic ? 0 : 1;
    w.visitLdcInsn(first + args.length);
    w.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
    if (!isStatic) {
      w.visitInsn(Opcodes.DUP);
      w.visitInsn(Opcodes.ICONST_0);
      w.visitVarInsn(Opcodes.ALOAD, 0);
      w.visitInsn(Opcodes.AASTORE);
    }
    int slot = first;
    for (int k = 0; k < args.length; k++) {
      w.visitInsn(Opcodes.DUP);
      w.visitLdcInsn(first + k);
      w.visitVarInsn(args[k].getOpcode(Opcodes.ILOAD), slot);
      box(w, args[k]);
      w.visitInsn(Opcodes.AASTORE);
      slot += args[k].getSize();
    }
  }

  private static void box(MethodVisitor w, Type t) {
    String owner = boxOf(t);
    if (owner != null) w.visitMethodInsn(Opcodes.INVOKESTATIC, owner, "valueOf", "(" + t.getDescriptor() + ")L" + owner + ";", false);
  }

  private static void unbox(MethodVisitor w, Type t) {
    if (t.getSort() == Type.VOID) {
      w.visitInsn(Opcodes.POP);
      return;
    }
    String owner = boxOf(t);
    if (owner == null) {
      w.visitTypeInsn(Opcodes.CHECKCAST, t.getInternalName());
      return;
    }
    w.visitTypeInsn(Opcodes.CHECKCAST, owner);
    w.visitMethodInsn(Opcodes.INVOKEVIRTUAL, owner, t.getClassName() + "Value", "()" + t.getDescriptor(), false);
  }

  private static String boxOf(Type t) {
    switch (t.getSort()) {
      case Type.BOOLEAN: return "java/lang/Boolean";
      case Type.CHAR: return "java/lang/Character";
      case Type.BYTE: return "java/lang/Byte";
      case Type.SHORT: return "java/lang/Short";
      case Type.INT: return "java/lang/Integer";
      case Type.LONG: return "java/lang/Long";
      case Type.FLOAT: return "java/lang/Float";
      case Type.DOUBLE: return "java/lang/Double";
      default: return null;
    }
  }
}
