package dev.leibniz.core.emit;

import static org.objectweb.asm.Opcodes.ATHROW;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.IFEQ;
import static org.objectweb.asm.Opcodes.IF_ACMPEQ;
import static org.objectweb.asm.Opcodes.IF_ACMPNE;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * A companion's own run-time refusals — "no companion for an instance of X" at a dispatched call,
 * an override whose code the adjoint cannot reverse, a stale companion after retransformation, an
 * alias guard — are an {@code IllegalStateException} or {@code IllegalArgumentException} whose
 * message starts with {@value #PREFIX}. Where the primal completes a try body, a companion that
 * threw one there must not take the user's recovering {@code catch (Exception e)}: that would give
 * the fallback's derivative for the body's value, without a word. The landing pad rethrows them
 * ({@code RecoveringTrys}), as it does a {@code VirtualMachineError}. Only these two exact JDK
 * classes are tested (their {@code getMessage} is the JDK's: no user code runs on the pad); a user
 * exception with that prefix would be rethrown too, which is loud, never wrong.
 */
final class CompanionRefusals {
  /** How every run-time refusal of generated code and its helpers begins. */
  static final String PREFIX = "leibniz: ";

  private CompanionRefusals() {}

  /**
   * {@code if ((e.getClass() == IllegalStateException.class || e.getClass() == IllegalArgumentException.class)
   * && String.valueOf(e.getMessage()).startsWith("leibniz: ")) throw e;}, the exception on the stack before and after.
   */
  static InsnList rethrow() {
    InsnList out = new InsnList();
    LabelNode ours = new LabelNode(), other = new LabelNode();
    out.add(new InsnNode(DUP));
    out.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false));
    out.add(new LdcInsnNode(Type.getObjectType("java/lang/IllegalStateException")));
    out.add(new JumpInsnNode(IF_ACMPEQ, ours));
    out.add(new InsnNode(DUP));
    out.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Object", "getClass", "()Ljava/lang/Class;", false));
    out.add(new LdcInsnNode(Type.getObjectType("java/lang/IllegalArgumentException")));
    out.add(new JumpInsnNode(IF_ACMPNE, other));
    out.add(ours);
    out.add(new InsnNode(DUP));
    out.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/Throwable", "getMessage", "()Ljava/lang/String;", false));
    out.add(new MethodInsnNode(INVOKESTATIC, "java/lang/String", "valueOf", "(Ljava/lang/Object;)Ljava/lang/String;", false));
    out.add(new LdcInsnNode(PREFIX));
    out.add(new MethodInsnNode(INVOKEVIRTUAL, "java/lang/String", "startsWith", "(Ljava/lang/String;)Z", false));
    out.add(new JumpInsnNode(IFEQ, other));
    out.add(new InsnNode(ATHROW));
    out.add(other);
    return out;
  }
}
