package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A static method of another class seen with some of its parameters declared with the class of the objects a call
 * passes them: Commons Geometry's {@code Vectors.checkedNorm(Vector<?> vec)}, which calls {@code vec.norm()}, given a
 * vector with a shadow ({@code EuclideanVector.getCheckedNorm()} passes {@code this}). Declared with the interface, the
 * parameter has no shadow slot, so the companions would drop the vector's derivative; the view {@code
 * checkedNorm(EuclideanVector)} takes it with its shadow, and its calls on the parameter name the argument's class
 * ({@code invokevirtual EuclideanVector.norm()}), which the JVM selects exactly as the original for every object of that
 * class or below: the calls are then judged, bound, dispatched or guarded as calls on such an object, with its shadow.
 * A specialisation per argument class, keyed {@code owner.name+desc} with the view's descriptor; the emitted code calls
 * the original method ({@link ClassLibrary#restoreArgumentViews}), which the arguments fit. The classes keep their code:
 * the copy is only differentiated ({@link DefaultMethodView}).
 */
final class ArgumentView {
  private ArgumentView() {}

  /**
   * The view of static {@code method} of {@code owner} with the parameters {@code retyped} (index to class) declared
   * with those classes, or null when it cannot be made (a parameter replaced in its slot, a call on one whose code is
   * not known from its class, code that cannot be analysed).
   */
  static ClassLibrary.Declaration of(ClassLibrary library, ClassNode owner, MethodNode method, Map<Integer, Type> retyped) {
    if ((method.access & (Opcodes.ACC_STATIC)) == 0 || (method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0
        || method.name.startsWith("<")) {
      return null;
    }
    Type[] params = Type.getArgumentTypes(method.desc);
    Map<Integer, Type> bySlot = new java.util.HashMap<>();
    int slot = 0;
    for (int k = 0; k < params.length; k++) {
      if (retyped.containsKey(k)) bySlot.put(slot, retyped.get(k));
      slot += params[k].getSize();
    }
    // the copy also when no call is made on the parameters (the shadow still flows in); none when a parameter is
    // replaced in its slot, or a call on it has no known code for its class (the shadow would be lost there)
    MethodNode copy = SlotCalls.rewrite(owner.name, method, bySlot.keySet(), (n, onSlot) -> {
      if (onSlot < 0 || (n.getOpcode() != Opcodes.INVOKEVIRTUAL && n.getOpcode() != Opcodes.INVOKEINTERFACE)) return SlotCalls.Step.KEEP;
      return retarget(library, (MethodInsnNode) n, bySlot.get(onSlot)) ? SlotCalls.Step.CHANGED : SlotCalls.Step.ABANDON;
    }, true);
    if (copy == null) return null;
    for (int k = 0; k < params.length; k++) {
      if (retyped.containsKey(k)) params[k] = retyped.get(k);
    }
    copy.desc = Type.getMethodDescriptor(Type.getReturnType(method.desc), params);
    copy.signature = null; // the generic signature names the declared types
    copy.localVariables = null;
    return DefaultMethodView.in(owner, owner.sourceFile, copy);
  }

  /**
   * Names class {@code c} in {@code call} (made on an object of class {@code c} or below) when that selects the same
   * code for every such object — the method {@code c} resolves to is the named one or overrides it whatever the packages
   * (both public or protected; an interface's are public), and is neither private nor static. The call is then a call
   * on a {@code c}: bound statically when {@code c} or the method is final, else dispatched on the object's class as
   * such calls are ({@code Vector3D.norm()}, which {@code Vector3D.Unit} overrides: each class's companion, checked).
   */
  private static boolean retarget(ClassLibrary library, MethodInsnNode call, Type c) {
    String cls = c.getInternalName();
    ClassNode node = library.classNode(cls);
    if (node == null || (node.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ABSTRACT)) != 0) return false;
    MethodRef bound = new MethodRef(Opcodes.INVOKEVIRTUAL, cls, call.name, call.desc, false);
    ClassLibrary.Declaration named = library.declaration(new MethodRef(call.getOpcode(), call.owner, call.name, call.desc, call.itf));
    ClassLibrary.Declaration runs = library.declaration(bound);
    if (named == null || runs == null || !open(named.method()) || !open(runs.method())) return false;
    call.owner = cls;
    call.itf = false;
    call.setOpcode(Opcodes.INVOKEVIRTUAL);
    return true;
  }

  private static boolean open(MethodNode m) {
    return (m.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0 && (m.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) == 0;
  }
}
