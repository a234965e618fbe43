package dev.leibniz.core;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The companions of a {@code java.lang.reflect.Proxy} class refuse to run. A proxy of an interface
 * whose methods have companions implements those companions too, by calling its invocation handler
 * with the companion's {@code Method} and arguments: a handler that forwards the call to an object
 * ({@code method.invoke(target, args)}) gives that object's derivative, but one that computes its
 * result from the arguments gives a number that is not a derivative at all (its value for the
 * primal call, say), without a word — and nothing in the handler's {@code Object} result tells the
 * two apart. So every companion of a proxy class throws, naming the proxy, its interfaces and its
 * handler's class, as a call through an interface Leibniz does not mark already does for a proxy
 * receiver ({@code Helpers.generated}). The agent applies this to proxy classes as they are defined.
 */
public final class ProxyCompanions {
  private static final String PROXY = "java/lang/reflect/Proxy";

  private ProxyCompanions() {}

  /**
   * The proxy class with the body of each of its companions (a method whose name holds {@code $tangent} or
   * {@code $adjoint}) replaced by the refusal; null when {@code classFile} is not a proxy class or has none.
   */
  public static byte[] refused(byte[] classFile) {
    ClassNode cn = new ClassNode();
    new ClassReader(classFile).accept(cn, 0); // frames kept: the other methods are written back as they were
    if (!PROXY.equals(cn.superName)) return null;
    boolean any = false;
    for (MethodNode m : cn.methods) {
      if ((m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_ABSTRACT)) == 0 && isCompanion(m.name)) {
        refuse(cn, m);
        any = true;
      }
    }
    if (!any) return null;
    ClassWriter out = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cn.accept(out);
    return out.toByteArray();
  }

  private static boolean isCompanion(String name) {
    return name.contains(Companions.TANGENT) || name.contains(Companions.ADJOINT);
  }

  /** {@code throw new IllegalStateException(message + Proxy.getInvocationHandler(this).getClass().getName() + advice)}. */
  private static void refuse(ClassNode proxy, MethodNode m) {
    String interfaces = String.join(", ", proxy.interfaces).replace('/', '.');
    InsnList code = new InsnList();
    code.add(new TypeInsnNode(Opcodes.NEW, "java/lang/IllegalStateException"));
    code.add(new InsnNode(Opcodes.DUP));
    code.add(new LdcInsnNode("leibniz: " + m.name + " was called on " + proxy.name.replace('/', '.')
        + ", a java.lang.reflect.Proxy for " + interfaces + ": its invocation handler ("));
    code.add(new VarInsnNode(Opcodes.ALOAD, 0));
    code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, PROXY, "getInvocationHandler",
        "(Ljava/lang/Object;)Ljava/lang/reflect/InvocationHandler;", false));
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false));
    code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/Class", "getName", "()Ljava/lang/String;", false));
    code.add(concat());
    code.add(new LdcInsnNode(") decides at run time what each call returns, and Leibniz cannot see that code, so it has no"
        + " derivative for it; pass the object the proxy stands for to the differentiated method (unwrap the proxy),"
        + " or implement " + interfaces + " in a named class"));
    code.add(concat());
    code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false));
    code.add(new InsnNode(Opcodes.ATHROW));
    m.instructions = code;
    m.tryCatchBlocks.clear();
    if (m.localVariables != null) m.localVariables.clear();
  }

  private static MethodInsnNode concat() {
    return new MethodInsnNode(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat", "(Ljava/lang/String;)Ljava/lang/String;", false);
  }
}
