package dev.leibniz.core;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The unboxed view of a method with code whose erased result is {@code Object} (la4j's {@code <T> T apply(op, that)},
 * whose implementation returns what another dispatched call returns: {@code return that.applyAfter(op, this)}), for a
 * caller that only unboxes that result as a {@code Double} ({@link BoxedResultCalls}): the same code, each {@code return
 * r} made {@code return ((Double) r).doubleValue()}, declared with a {@code double} result beside the original. The
 * unboxing the caller does is moved into the callee, so the view's companions are the derivative of what the caller
 * reads; a call whose result each level returns is unboxed there in turn and dispatched again ({@code op.apply(a, this)}
 * to the operation's {@code Double apply}). A result that is not a {@code Double} throws the caller's own {@code
 * ClassCastException}. Only ever differentiated at a first dispatch (agent.FirstDispatch), never defined in a class.
 */
public final class UnboxedViews {
  private static final String DOUBLE = "java/lang/Double";

  private UnboxedViews() {}

  /** The view's descriptor: {@code desc} with a {@code double} result. */
  public static String viewDesc(String desc) {
    return Type.getMethodDescriptor(Type.DOUBLE_TYPE, Type.getArgumentTypes(desc));
  }

  /** True when {@code desc}'s result is the erased {@code Object} of a type variable. */
  public static boolean erasedResult(String desc) {
    return Type.getReturnType(desc).getDescriptor().equals("Ljava/lang/Object;");
  }

  /**
   * {@code base}, with class {@code owner}'s file read with the view of {@code owner.name(desc)} added (when that class
   * declares the method with code and no method of the view's descriptor).
   */
  public static ClassFinder withView(ClassFinder base, String owner, String name, String desc) {
    return ClassFinder.withEdited(base, owner, bytes -> viewed(bytes, name, desc));
  }

  private static byte[] viewed(byte[] bytes, String name, String desc) {
    if (bytes == null) return null;
    ClassNode cn = new ClassNode();
    new ClassReader(bytes).accept(cn, ClassReader.SKIP_FRAMES);
    String view = viewDesc(desc);
    MethodNode original = null;
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name) && m.desc.equals(view)) return bytes; // the class declares one: nothing to view
      if (m.name.equals(name) && m.desc.equals(desc)) original = m;
    }
    if (original == null || (original.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) return bytes;
    MethodNode copy = new MethodNode(original.access & ~Opcodes.ACC_BRIDGE, name, view, null,
        original.exceptions.toArray(new String[0]));
    original.accept(copy);
    copy.desc = view;
    copy.signature = null;
    for (AbstractInsnNode i : copy.instructions.toArray()) {
      if (i.getOpcode() != Opcodes.ARETURN) continue;
      InsnList unbox = new InsnList();
      unbox.add(new TypeInsnNode(Opcodes.CHECKCAST, DOUBLE));
      unbox.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, DOUBLE, "doubleValue", "()D", false));
      unbox.add(new InsnNode(Opcodes.DRETURN));
      copy.instructions.insertBefore(i, unbox);
      copy.instructions.remove(i);
    }
    copy.maxStack = original.maxStack + 1;
    cn.methods.add(copy);
    ClassWriter w = new ClassWriter(0);
    cn.accept(w);
    return w.toByteArray();
  }

  /**
   * The calls in the view of {@code owner.name(desc)} whose result it returns unboxed (a call directly followed by the
   * unboxing return): each is seen with a {@code double} result and dispatched again, its implementation generated and
   * judged (its writes too) at its own first dispatch, so the view's own judgement takes them to write nothing.
   */
  static Set<String> returnedCalls(ClassLibrary library, String owner, String name, String desc) {
    Set<String> out = new HashSet<>();
    ClassNode cn = library.classNode(owner);
    if (cn == null) return out;
    for (MethodNode m : cn.methods) {
      if (!m.name.equals(name) || !m.desc.equals(desc)) continue;
      for (AbstractInsnNode i = m.instructions.getFirst(); i != null; i = i.getNext()) {
        if (i instanceof MethodInsnNode c && erasedResult(c.desc) && c.getOpcode() != Opcodes.INVOKESTATIC
            && c.getOpcode() != Opcodes.INVOKESPECIAL && unboxedReturn(c.getNext())) {
          out.add(c.owner + "." + c.name + c.desc);
        }
      }
    }
    return out;
  }

  private static boolean unboxedReturn(AbstractInsnNode i) {
    AbstractInsnNode u = i == null ? null : i.getNext();
    AbstractInsnNode r = u == null ? null : u.getNext();
    return i instanceof TypeInsnNode t && t.getOpcode() == Opcodes.CHECKCAST && t.desc.equals(DOUBLE)
        && u instanceof MethodInsnNode d && d.owner.equals(DOUBLE) && d.name.equals("doubleValue") && r != null
        && r.getOpcode() == Opcodes.DRETURN;
  }
}
