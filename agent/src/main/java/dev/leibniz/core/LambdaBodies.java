package dev.leibniz.core;

import dev.leibniz.core.ir.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which lambda bodies of a class get companions (docs/architecture.md, "Lambdas"): a lambda object
 * is matched to its body at run time by its shape alone, so only bodies whose shape is unique in
 * their class qualify.
 */
final class LambdaBodies {
  private LambdaBodies() {}

  /**
   * The bodies ({@code lambda$...} methods of this class) of the lambdas this class creates whose
   * function can carry a derivative and that capture no differentiable value: a dispatched
   * companion call on such a lambda finds the body's companion (Helpers.lambdaCompanion). A body
   * that cannot be differentiated simply gets none, and the call names the lambda's class.
   */
  static Set<String> of(ClassNode cn, Set<String> methods) {
    Map<String, Integer> shapes = shapes(cn);
    Set<String> out = new LinkedHashSet<>();
    for (InvokeDynamicInsnNode d : sites(cn)) {
      Handle impl = (Handle) d.bsmArgs[1];
      String key = impl.getName() + impl.getDesc();
      // At run time a lambda object is matched to its body by this shape only: a shape shared
      // with another site (a method reference included) gets no companion, so no guess is made.
      if (impl.getOwner().equals(cn.name) && impl.getName().startsWith("lambda$") && methods.contains(key)
          && shapes.get(shape(d)) == 1 && differentiable(d) && !capturesDifferentiable(d.desc)) {
        out.add(key);
      } else if (methods.contains(forwarderKey(d)) && shapes.get(shape(d)) == 1) {
        out.add(forwarderKey(d));
      }
    }
    return out;
  }

  /**
   * For each method reference ({@code Math::sin}, {@code Foo::bar}, {@code this::g}) of a unique
   * shape: a static method {@code leibniz$mref$<shape>} taking the captured values then the
   * function's parameters and calling the referenced method. It is never added to the class; its
   * companions are (a lambda body's, found at run time by the shape: Helpers.lambdaCompanion).
   */
  static List<MethodNode> forwarders(ClassNode cn) {
    Map<String, Integer> shapes = shapes(cn);
    List<MethodNode> out = new ArrayList<>();
    Set<String> names = new java.util.HashSet<>();
    for (InvokeDynamicInsnNode d : sites(cn)) {
      Handle impl = (Handle) d.bsmArgs[1];
      boolean body = impl.getName().startsWith("lambda$") && impl.getOwner().equals(cn.name);
      if ((body && !capturesDifferentiable(d.desc)) || (!body && capturesDifferentiable(d.desc))
          || shapes.get(shape(d)) != 1 || !differentiable(d)
          || !d.bsmArgs[0].equals(d.bsmArgs[2]) || !names.add(forwarderName(d))) {
        continue;
      }
      if (body && capturesArray(d) && mayWriteArrays(bodyOf(cn, impl))) continue;
      MethodNode f = forwarder(d, impl);
      if (f != null) out.add(f);
    }
    return out;
  }

  /** The forwarder's name: the shape made a method name (Helpers.lambdaCompanion makes the same). */
  static String forwarderName(InvokeDynamicInsnNode d) {
    return Companions.HELPER_PREFIX + "mref$" + shape(d).replace('/', '_').replace(';', '_').replace('[', 'A').replace("(", "").replace(")", "_R");
  }

  /**
   * The forwarder of {@code d}. A captured {@code double}, {@code float} or array of them is passed
   * as its bits ({@code long}, {@code int}) or as an {@code Object}: the captured values are constants
   * for whoever calls the lambda (an active value cannot reach a lambda: an active argument to
   * {@code invokedynamic} is refused), so the forwarder's companions give them no derivative.
   */
  static MethodNode forwarder(InvokeDynamicInsnNode d, Handle impl) {
    String desc = shape(d);
    Type[] all = Type.getArgumentTypes(desc);
    int capturedCount = Type.getArgumentTypes(d.desc).length;
    Type[] carried = all.clone();
    for (int k = 0; k < capturedCount; k++) carried[k] = carrier(all[k]);
    Type[] implArgs = Type.getArgumentTypes(impl.getDesc());
    int opcode;
    switch (impl.getTag()) {
      case org.objectweb.asm.Opcodes.H_INVOKESTATIC: opcode = org.objectweb.asm.Opcodes.INVOKESTATIC; break;
      case org.objectweb.asm.Opcodes.H_INVOKEVIRTUAL: opcode = org.objectweb.asm.Opcodes.INVOKEVIRTUAL; break;
      case org.objectweb.asm.Opcodes.H_INVOKEINTERFACE: opcode = org.objectweb.asm.Opcodes.INVOKEINTERFACE; break;
      case org.objectweb.asm.Opcodes.H_INVOKESPECIAL: // a private lambda body capturing this
        if (!impl.getName().startsWith("lambda$")) return null;
        opcode = org.objectweb.asm.Opcodes.INVOKESPECIAL;
        break;
      default: return null; // constructors
    }
    int self = opcode == org.objectweb.asm.Opcodes.INVOKESTATIC ? 0 : 1;
    if (all.length != implArgs.length + self || !Type.getReturnType(desc).equals(Type.getReturnType(impl.getDesc()))) return null;
    for (int k = 0; k < implArgs.length; k++) if (!all[k + self].equals(implArgs[k])) return null;
    if (self == 1 && all[0].getSort() != Type.OBJECT) return null;
    String carriedDesc = Type.getMethodDescriptor(Type.getReturnType(desc), carried);
    MethodNode f = new MethodNode(org.objectweb.asm.Opcodes.ASM9, org.objectweb.asm.Opcodes.ACC_PRIVATE
        | org.objectweb.asm.Opcodes.ACC_STATIC | org.objectweb.asm.Opcodes.ACC_SYNTHETIC, forwarderName(d), carriedDesc, null, null);
    int slot = 0;
    for (int k = 0; k < all.length; k++) {
      f.instructions.add(new org.objectweb.asm.tree.VarInsnNode(carried[k].getOpcode(org.objectweb.asm.Opcodes.ILOAD), slot));
      if (carried[k].getSort() == Type.LONG && all[k].getSort() == Type.DOUBLE) {
        f.instructions.add(new org.objectweb.asm.tree.MethodInsnNode(org.objectweb.asm.Opcodes.INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D", false));
      } else if (carried[k].getSort() == Type.INT && all[k].getSort() == Type.FLOAT) {
        f.instructions.add(new org.objectweb.asm.tree.MethodInsnNode(org.objectweb.asm.Opcodes.INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false));
      } else if (!carried[k].equals(all[k])) {
        f.instructions.add(new org.objectweb.asm.tree.TypeInsnNode(org.objectweb.asm.Opcodes.CHECKCAST, all[k].getInternalName()));
      }
      if (k == 0 && self == 1 && !all[0].getInternalName().equals(impl.getOwner())) {
        f.instructions.add(new org.objectweb.asm.tree.TypeInsnNode(org.objectweb.asm.Opcodes.CHECKCAST, impl.getOwner()));
      }
      slot += carried[k].getSize();
    }
    f.instructions.add(new org.objectweb.asm.tree.MethodInsnNode(opcode, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface()));
    f.instructions.add(new org.objectweb.asm.tree.InsnNode(Type.getReturnType(desc).getOpcode(org.objectweb.asm.Opcodes.IRETURN)));
    f.maxLocals = slot;
    f.maxStack = Math.max(slot, Type.getReturnType(desc).getSize()) + 1;
    return f;
  }

  static boolean capturesArray(InvokeDynamicInsnNode d) {
    for (Type t : Type.getArgumentTypes(d.desc)) if (Types.isDifferentiableArray(t)) return true;
    return false;
  }

  static MethodNode bodyOf(ClassNode cn, Handle impl) {
    for (MethodNode m : cn.methods) if (m.name.equals(impl.getName()) && m.desc.equals(impl.getDesc())) return m;
    return null;
  }

  /**
   * True when a body may write into an array (a store, or a call given an array): a captured array
   * it writes would carry values from one call into the next, whose derivatives a forwarder, which
   * treats captured values as constants, would cut. Such a lambda gets no companions (and is named).
   */
  static boolean mayWriteArrays(MethodNode body) {
    if (body == null) return true;
    for (AbstractInsnNode n : body.instructions) {
      int op = n.getOpcode();
      if (op == org.objectweb.asm.Opcodes.DASTORE || op == org.objectweb.asm.Opcodes.FASTORE || op == org.objectweb.asm.Opcodes.AASTORE
          || n instanceof InvokeDynamicInsnNode) {
        return true;
      }
      if (n instanceof org.objectweb.asm.tree.MethodInsnNode) {
        for (Type t : Type.getArgumentTypes(((org.objectweb.asm.tree.MethodInsnNode) n).desc)) {
          if (t.getSort() == Type.ARRAY || t.getDescriptor().equals("Ljava/lang/Object;")) return true;
        }
      }
    }
    return false;
  }

  /** How a captured value reaches the forwarder without a derivative: its bits, or an Object (Helpers.lambdaCompanion). */
  static Type carrier(Type t) {
    if (t.getSort() == Type.DOUBLE) return Type.LONG_TYPE;
    if (t.getSort() == Type.FLOAT) return Type.INT_TYPE;
    if (Types.isDifferentiableArray(t)) return Type.getType(Object.class);
    return t;
  }

  static List<InvokeDynamicInsnNode> sites(ClassNode cn) {
    List<InvokeDynamicInsnNode> sites = new ArrayList<>();
    for (MethodNode m : cn.methods) {
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof InvokeDynamicInsnNode && lambdaSite((InvokeDynamicInsnNode) n)) sites.add((InvokeDynamicInsnNode) n);
      }
    }
    return sites;
  }

  /**
   * How many sites of the class have each shape. The shape is the captured types followed by the
   * function's parameters (one descriptor): a lambda capturing an {@code Object} with function
   * {@code (D)D} and one capturing nothing with function {@code (Object, D)D} count as one shape,
   * since their bodies have the same parameters and a body is found by its parameters.
   */
  private static Map<String, Integer> shapes(ClassNode cn) {
    Map<String, Integer> shapes = new HashMap<>();
    for (InvokeDynamicInsnNode d : sites(cn)) shapes.merge(shape(d), 1, Integer::sum);
    return shapes;
  }

  static boolean differentiable(InvokeDynamicInsnNode d) {
    return carriesDerivative(((Type) d.bsmArgs[2]).getDescriptor());
  }

  /** The forwarder's key: its name and its descriptor (captured values as {@link #carrier}s). */
  private static String forwarderKey(InvokeDynamicInsnNode d) {
    Type[] all = Type.getArgumentTypes(shape(d));
    for (int k = 0; k < Type.getArgumentTypes(d.desc).length; k++) all[k] = carrier(all[k]);
    return forwarderName(d) + Type.getMethodDescriptor(Type.getReturnType(shape(d)), all);
  }

  private static boolean lambdaSite(InvokeDynamicInsnNode d) {
    return d.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory") && d.bsmArgs.length >= 3
        && d.bsmArgs[1] instanceof Handle && d.bsmArgs[2] instanceof Type;
  }

  /**
   * What a lambda object shows of its site at run time, as one method descriptor: its captured
   * types then its function's parameters, and its function's result.
   */
  static String shape(InvokeDynamicInsnNode d) {
    String captured = d.desc.substring(1, d.desc.indexOf(')'));
    String function = ((Type) d.bsmArgs[2]).getDescriptor();
    return "(" + captured + function.substring(1);
  }

  private static boolean carriesDerivative(String desc) {
    if (Types.isDifferentiable(Type.getReturnType(desc))) return true;
    for (Type t : Type.getArgumentTypes(desc)) {
      if (Types.isDifferentiableArray(t)) return true;
    }
    return false;
  }

  private static boolean capturesDifferentiable(String captureDesc) {
    for (Type t : Type.getArgumentTypes(captureDesc)) {
      if (Types.isDifferentiable(t)) return true;
    }
    return false;
  }
}
