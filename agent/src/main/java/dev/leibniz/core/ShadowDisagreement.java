package dev.leibniz.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The classes nobody annotated that have shadows in this class's transformation but not in a marked callee's class's
 * (README, "Objects": that decision is taken per class transformed, from the writes its marked methods reach), and that
 * the call can hand over: the class of a parameter, the receiver or the result, or of an object their fields hold, at any
 * depth. A caller writing {@code o.cell.v} passes an {@code Outer} annotated in both classes, so the callee's companion
 * has the very parameter list the caller asks for, yet reads {@code o.cell.v} as a constant: its derivative would be
 * dropped with no word in the caller. Such a callee is differentiated here instead, with this class's shadows.
 */
final class ShadowDisagreement {
  /** Classes walked at most per call, so that a deep library graph costs bounded time. */
  private static final int CLASS_BUDGET = 200;

  private ShadowDisagreement() {}

  /** The classes (internal names) with shadows here only that the call of {@code d} can reach; empty when none. */
  static Set<String> of(ClassNode caller, ClassLibrary.Declaration d, ClassLibrary library) {
    Set<String> missing = new LinkedHashSet<>(ClassDifferentiator.unannotatedShadowClasses(caller, library).keySet());
    if (missing.isEmpty() || d.owner().name.equals(caller.name)) return Set.of();
    missing.removeAll(ClassDifferentiator.unannotatedShadowClasses(d.owner(), library).keySet());
    if (missing.isEmpty()) return Set.of();
    Set<String> reached = reachable(d, library);
    Set<String> out = new LinkedHashSet<>();
    for (String c : missing) {
      for (String r : reached) {
        if (library.isSubtype(c, r)) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /** The classes of the callee's parameters, receiver and result, and those their instance fields declare, transitively. */
  private static Set<String> reachable(ClassLibrary.Declaration d, ClassLibrary library) {
    MethodNode mn = d.method();
    Deque<String> work = new ArrayDeque<>();
    for (Type t : Type.getArgumentTypes(mn.desc)) push(work, t);
    push(work, Type.getReturnType(mn.desc));
    if ((mn.access & Opcodes.ACC_STATIC) == 0) work.add(d.owner().name);
    Set<String> seen = new HashSet<>();
    while (!work.isEmpty() && seen.size() < CLASS_BUDGET) {
      String c = work.poll();
      if (!seen.add(c)) continue;
      int depth = 0;
      for (ClassNode k = library.classNode(c); k != null && depth++ < 64; k = k.superName == null ? null : library.classNode(k.superName)) {
        for (FieldNode f : k.fields) {
          if ((f.access & Opcodes.ACC_STATIC) == 0) push(work, Type.getType(f.desc));
        }
      }
    }
    return seen;
  }

  private static void push(Deque<String> work, Type t) {
    Type e = t.getSort() == Type.ARRAY ? t.getElementType() : t;
    if (e.getSort() == Type.OBJECT && !ClassLibrary.isJdk(e.getInternalName())) work.add(e.getInternalName());
  }
}
