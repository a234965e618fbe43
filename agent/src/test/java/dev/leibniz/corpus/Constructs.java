package dev.leibniz.corpus;

import dev.leibniz.testing.Transformed;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The constructs an entry's class contains, read from its bytecode (the entry and the helpers copied
 * with it), for the corpus report and README: what kinds of "ordinary numeric Java" the corpus covers.
 */
final class Constructs {
  private Constructs() {}

  static Set<String> of(Class<?> type) {
    ClassNode cn = new ClassNode();
    new ClassReader(Transformed.bytesOf(type)).accept(cn, 0);
    Set<String> found = new TreeSet<>();
    for (MethodNode m : cn.methods) {
      boolean initializer = m.name.equals("<init>") || m.name.equals("<clinit>");
      AbstractInsnNode[] insns = m.instructions.toArray();
      for (int i = 0; i < insns.length; i++) {
        AbstractInsnNode in = insns[i];
        int op = in.getOpcode();
        if (in instanceof MethodInsnNode call) {
          call(cn.name, call, found);
        } else if (in instanceof InvokeDynamicInsnNode indy) {
          Handle bsm = indy.bsm;
          found.add(bsm.getOwner().equals("java/lang/invoke/StringConcatFactory") ? "string concatenation" : "lambda");
        } else if (in instanceof FieldInsnNode f && !initializer) {
          if (op == Opcodes.PUTFIELD || op == Opcodes.PUTSTATIC) found.add("field write");
          else if (op == Opcodes.GETFIELD) found.add("instance field read");
        } else if (in instanceof TypeInsnNode t && op == Opcodes.NEW && !initializer) {
          found.add(t.desc.endsWith("Exception") || t.desc.endsWith("Error") ? "throw" : "object allocation");
        } else if (in instanceof JumpInsnNode jump && m.instructions.indexOf(jump.label) < i) {
          found.add("loop");
        } else if (op == Opcodes.DALOAD || op == Opcodes.DASTORE || op == Opcodes.FALOAD || op == Opcodes.FASTORE) {
          found.add("array");
        } else if (!initializer && (op == Opcodes.NEWARRAY || op == Opcodes.ANEWARRAY || op == Opcodes.MULTIANEWARRAY)) {
          found.add("array allocation");
        } else if (op == Opcodes.ATHROW) {
          found.add("throw");
        } else if (op >= Opcodes.FADD && op <= Opcodes.FREM && op % 4 == 2) {
          found.add("float arithmetic");
        }
      }
    }
    return found;
  }

  private static void call(String self, MethodInsnNode call, Set<String> found) {
    String owner = call.owner;
    if (owner.endsWith("/FastMath")) found.add("FastMath");
    else if (owner.equals("java/lang/Math") || owner.equals("java/lang/StrictMath")) found.add("Math");
    else if (owner.equals("java/lang/StringBuilder") || owner.equals("java/lang/String")) found.add("string concatenation");
    else if (call.name.equals("<init>")) return;
    else if (owner.startsWith("[")) found.add("array clone");
    else if (owner.equals(self)) found.add(call.getOpcode() == Opcodes.INVOKESTATIC ? "same-class static helper" : "same-class instance helper");
    else if (call.getOpcode() == Opcodes.INVOKESTATIC) found.add(owner.startsWith("java/") ? "JDK static call" : "static call into another class");
    else if (call.getOpcode() == Opcodes.INVOKEINTERFACE) found.add("interface call");
    else found.add("virtual call on another object");
  }
}
