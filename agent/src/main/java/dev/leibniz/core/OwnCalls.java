package dev.leibniz.core;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Handle;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which methods of a class an outlining try must differentiate again ({@code ClassDifferentiator.probe}):
 * those it changed, the methods that call them (directly or not: they inline or call what changed),
 * and everything those call. A method refers to another when its code names the other's name and
 * descriptor in a call, an {@code invokedynamic}'s arguments or a constant handle, whatever owner
 * is named: more than the calls that reach it, never fewer.
 */
final class OwnCalls {
  private OwnCalls() {}

  /** The methods of {@code todo} (in its order) that {@code changed}, their callers or what those call, transitively. */
  static Set<String> around(ClassNode cn, Set<String> todo, Set<String> changed) {
    Map<String, Set<String>> callees = new HashMap<>();
    Map<String, Set<String>> callers = new HashMap<>();
    for (MethodNode m : cn.methods) {
      String key = m.name + m.desc;
      if (!todo.contains(key)) continue;
      Set<String> named = named(m, todo);
      callees.put(key, named);
      for (String callee : named) callers.computeIfAbsent(callee, k -> new HashSet<>()).add(key);
    }
    Set<String> start = new HashSet<>(changed);
    start.retainAll(todo);
    Set<String> affected = reach(start, callers);
    Set<String> needed = reach(affected, callees);
    Set<String> out = new LinkedHashSet<>();
    for (String key : todo) {
      if (needed.contains(key)) out.add(key);
    }
    return out;
  }

  /** {@code from} and everything {@code edges} lead to from it. */
  private static Set<String> reach(Set<String> from, Map<String, Set<String>> edges) {
    Set<String> seen = new HashSet<>(from);
    Deque<String> work = new ArrayDeque<>(from);
    while (!work.isEmpty()) {
      for (String next : edges.getOrDefault(work.pop(), Set.of())) {
        if (seen.add(next)) work.push(next);
      }
    }
    return seen;
  }

  /** The methods of {@code todo} that {@code m}'s code names. */
  private static Set<String> named(MethodNode m, Set<String> todo) {
    Set<String> out = new HashSet<>();
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof MethodInsnNode c) {
        add(c.name + c.desc, todo, out);
      } else if (n instanceof InvokeDynamicInsnNode d) {
        for (Object arg : d.bsmArgs) {
          if (arg instanceof Handle h) add(h.getName() + h.getDesc(), todo, out);
        }
      } else if (n instanceof LdcInsnNode l && l.cst instanceof Handle h) {
        add(h.getName() + h.getDesc(), todo, out);
      }
    }
    return out;
  }

  private static void add(String key, Set<String> todo, Set<String> out) {
    if (todo.contains(key)) out.add(key);
  }
}
