package dev.leibniz.corpus;

import dev.leibniz.testing.Transformed;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Whether an entry's values pass through float inside, though its signature is all double: the entry or a
 * same-class helper it calls narrows to float or computes in float (Clad's fn4 sums doubles into a
 * {@code float res}). Its derivatives then pass through float too, rounded differently by each mode, so the
 * harness checks it with the tolerances of float code.
 */
final class FloatRounding {
  private FloatRounding() {}

  static boolean inside(Method entry) {
    ClassNode cn = new ClassNode();
    new ClassReader(Transformed.bytesOf(entry.getDeclaringClass())).accept(cn, 0);
    Deque<String> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    todo.add(entry.getName() + Type.getMethodDescriptor(entry));
    while (!todo.isEmpty()) {
      String key = todo.pop();
      if (!seen.add(key)) continue;
      for (MethodNode m : cn.methods) {
        if (!(m.name + m.desc).equals(key)) continue;
        for (AbstractInsnNode in : m.instructions) {
          if (isFloat(in.getOpcode())) return true;
          if (in instanceof MethodInsnNode call && call.owner.equals(cn.name)) todo.add(call.name + call.desc);
        }
      }
    }
    return false;
  }

  private static boolean isFloat(int op) {
    return op == Opcodes.D2F || op == Opcodes.F2D || op >= Opcodes.FADD && op <= Opcodes.FREM && op % 4 == 2;
  }
}
