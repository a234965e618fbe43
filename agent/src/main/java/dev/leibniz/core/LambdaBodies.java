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
    Map<String, Integer> shapes = new HashMap<>();
    List<InvokeDynamicInsnNode> sites = new ArrayList<>();
    for (MethodNode m : cn.methods) {
      for (AbstractInsnNode n : m.instructions) {
        if (n instanceof InvokeDynamicInsnNode && lambdaSite((InvokeDynamicInsnNode) n)) {
          sites.add((InvokeDynamicInsnNode) n);
          shapes.merge(shape((InvokeDynamicInsnNode) n), 1, Integer::sum);
        }
      }
    }
    Set<String> out = new LinkedHashSet<>();
    for (InvokeDynamicInsnNode d : sites) {
      Handle impl = (Handle) d.bsmArgs[1];
      String key = impl.getName() + impl.getDesc();
      // At run time a lambda object is matched to its body by this shape only: a shape shared
      // with another site (a method reference included) gets no companion, so no guess is made.
      if (impl.getOwner().equals(cn.name) && impl.getName().startsWith("lambda$") && methods.contains(key)
          && shapes.get(shape(d)) == 1
          && carriesDerivative(((Type) d.bsmArgs[2]).getDescriptor()) && !capturesDifferentiable(d.desc)) {
        out.add(key);
      }
    }
    return out;
  }

  private static boolean lambdaSite(InvokeDynamicInsnNode d) {
    return d.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory") && d.bsmArgs.length >= 3
        && d.bsmArgs[1] instanceof Handle && d.bsmArgs[2] instanceof Type;
  }

  /** What a lambda object shows of its site at run time: its captured types and its function's type. */
  private static String shape(InvokeDynamicInsnNode d) {
    String captured = d.desc.substring(0, d.desc.indexOf(')') + 1);
    return captured + ((Type) d.bsmArgs[2]).getDescriptor();
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
