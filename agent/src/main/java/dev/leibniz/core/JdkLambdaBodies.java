package dev.leibniz.core;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The lambdas the JDK's functional interfaces make themselves ({@code DoubleUnaryOperator.andThen}, {@code compose},
 * {@code identity}, {@code Function.andThen}...): their bodies are private synthetic methods of the JDK interface
 * ({@code lambda$andThen$1}), whose code is only calls of the interface's public methods on the captured operators.
 * The JDK's code is never differentiated where it lives (no companion can be added to it, and {@link ClassLibrary}
 * reads no JDK class), so such a body is copied, as it is, into the forwarder that the first dispatch differentiates
 * ({@link OnDemand#ofJdkLambda}): an instance body's {@code this} is the forwarder's first parameter, the captured
 * operator the body's receiver, so the slots line up and the copy needs no rewriting. Its calls of the captured
 * operators are then the forwarder's own interface calls, dispatched as any other is.
 */
final class JdkLambdaBodies {
  private JdkLambdaBodies() {}

  /** The JDK's packages whose lambdas are taken: the functional interfaces, whose bodies compose their operators. */
  static boolean taken(String creator) {
    return creator.startsWith("java/util/function/");
  }

  /** The class file of the JDK class {@code owner} read through {@code finder}, or null. */
  static ClassNode read(ClassFinder finder, String owner) {
    return ClassLibrary.parse(finder.find(owner));
  }

  /**
   * The forwarder {@code forwarder} (made by {@link LambdaBodies#forwarder}: captured values, then the function's
   * parameters) given a copy of the JDK body {@code impl}'s code in place of its call; null when the body is not one
   * of {@code creator}'s {@code lambda$} methods or its code does more than call public methods ({@link #plain}).
   */
  static MethodNode inline(ClassFinder finder, ClassNode creator, Handle impl, MethodNode forwarder) {
    if (!impl.getOwner().equals(creator.name) || !impl.getName().startsWith("lambda$")) return null;
    MethodNode body = null;
    for (MethodNode m : creator.methods) if (m.name.equals(impl.getName()) && m.desc.equals(impl.getDesc())) body = m;
    if (body == null || !plain(finder, body)) return null;
    boolean instance = (body.access & Opcodes.ACC_STATIC) == 0;
    // the forwarder's parameters must be the body's locals: the receiver (captured first), then the body's own (no
    // captured double passed as its bits)
    String locals = instance ? "(" + Type.getObjectType(creator.name).getDescriptor() + body.desc.substring(1) : body.desc;
    if (!forwarder.desc.equals(locals)) return null;
    Map<LabelNode, LabelNode> labels = new HashMap<>();
    for (AbstractInsnNode n : body.instructions) if (n instanceof LabelNode) labels.put((LabelNode) n, new LabelNode());
    forwarder.instructions.clear();
    for (AbstractInsnNode n : body.instructions) {
      if (n instanceof FrameNode || n instanceof LineNumberNode) continue;
      forwarder.instructions.add(n.clone(labels));
    }
    forwarder.tryCatchBlocks = new java.util.ArrayList<>();
    forwarder.maxLocals = Math.max(forwarder.maxLocals, body.maxLocals);
    forwarder.maxStack = Math.max(forwarder.maxStack, body.maxStack);
    return forwarder;
  }

  /**
   * True when {@code body}'s code can run in a class of another package: no handler, no field, no {@code new}, no
   * lambda of its own, only calls of public methods of public classes (the interface's abstract method on a captured
   * operator, read from their class files).
   */
  private static boolean plain(ClassFinder finder, MethodNode body) {
    if (body.tryCatchBlocks != null && !body.tryCatchBlocks.isEmpty()) return false;
    for (AbstractInsnNode n : body.instructions) {
      switch (n.getType()) {
        case AbstractInsnNode.FIELD_INSN, AbstractInsnNode.TYPE_INSN, AbstractInsnNode.MULTIANEWARRAY_INSN,
            AbstractInsnNode.LDC_INSN, AbstractInsnNode.JUMP_INSN, AbstractInsnNode.TABLESWITCH_INSN,
            AbstractInsnNode.LOOKUPSWITCH_INSN -> {
          return false;
        }
        default -> { }
      }
      if (n instanceof InvokeDynamicInsnNode) return false;
      if (n instanceof MethodInsnNode && !publicMethod(finder, (MethodInsnNode) n)) return false;
    }
    return true;
  }

  private static boolean publicMethod(ClassFinder finder, MethodInsnNode c) {
    if (c.getOpcode() == Opcodes.INVOKESPECIAL) return false;
    ClassNode owner = read(finder, c.owner);
    if (owner == null || (owner.access & Opcodes.ACC_PUBLIC) == 0) return false;
    for (MethodNode m : owner.methods) {
      if (m.name.equals(c.name) && m.desc.equals(c.desc)) return (m.access & Opcodes.ACC_PUBLIC) != 0;
    }
    return false; // inherited: not looked for
  }
}
