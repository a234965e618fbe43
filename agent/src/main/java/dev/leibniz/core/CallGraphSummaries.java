package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A property of a callee that holds when its own code has it or when a callee it calls has it, computed once per
 * callee from its class file ({@link SingularSummaries}, {@link RoundingSummaries}). The subclass says what makes a
 * method's own code have it and which calls pass it on; this class reads the code and solves the call graph.
 *
 * <p>A query reads every method the callee reaches that no earlier query answered, then answers them all at once, as
 * a least fixed point over that call graph (a method has it when its own code does, or when a callee does): mutually
 * recursive methods get the same answer whichever is asked first. (A provisional "no" for a method still being read,
 * kept as its answer, gave {@code B} of {@code A → B → A, A → sqrt} a "no" when {@code A} was asked first.)
 */
abstract class CallGraphSummaries {
  private final SourceClass source;
  private final ClassLibrary library;
  /** Final answers, by {@code owner.name+desc}. */
  private final Map<String, Boolean> known = new HashMap<>();

  CallGraphSummaries(SourceClass source, ClassLibrary library) {
    this.source = source;
    this.library = library;
  }

  /** The answer for a method whose code is not read (a math function, a platform method), else null. */
  abstract Boolean leaf(MethodRef m);

  /** The answer for a method whose code cannot be read (abstract, native, a class not found). */
  abstract boolean unreadable();

  /** Whether instruction {@code i} of a method's own code gives the method the property. */
  abstract boolean hasIt(AbstractInsnNode i);

  /** Whether {@code call}, of a callee that has the property, passes it on to the calling method. */
  abstract boolean passesOn(MethodInsnNode call);

  /** A method read in a query: whether its own code has the property, and the callees that are still open. */
  private static final class Node {
    boolean has;
    final List<String> callees = new ArrayList<>();
  }

  final boolean holds(MethodRef m) {
    Boolean leaf = leaf(m);
    if (leaf != null) return leaf;
    String key = key(m);
    Boolean k = known.get(key);
    if (k != null) return k;
    Map<String, Node> graph = new LinkedHashMap<>();
    Deque<MethodRef> open = new ArrayDeque<>();
    open.push(m);
    while (!open.isEmpty()) {
      MethodRef r = open.pop();
      String rk = key(r);
      if (graph.containsKey(rk) || known.containsKey(rk)) continue;
      graph.put(rk, read(r, open));
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Node n : graph.values()) {
        if (n.has) continue;
        for (String c : n.callees) {
          Node cn = graph.get(c);
          if (cn != null ? cn.has : known.getOrDefault(c, false)) {
            n.has = true;
            changed = true;
            break;
          }
        }
      }
    }
    graph.forEach((name, n) -> known.put(name, n.has));
    return known.get(key);
  }

  private static String key(MethodRef m) {
    return m.owner() + "." + m.name() + m.desc();
  }

  /** {@code m}'s node: its own code's answer, and its callees still open (pushed on {@code open}). */
  private Node read(MethodRef m, Deque<MethodRef> open) {
    Node n = new Node();
    boolean own = m.owner().equals(source.cn.name);
    MethodNode mn = own ? source.methods.get(m.name() + m.desc()) : null;
    if (own && mn == null && m.name().startsWith(Companions.HELPER_PREFIX)) {
      return n; // the agent's own helpers, copied in later (the tape budget of a checkpointed loop)
    }
    if (mn == null) {
      ClassLibrary.Declaration d = library.resolve(m);
      mn = d == null ? null : d.method();
    }
    if (mn == null || mn.instructions == null || mn.instructions.size() == 0) {
      n.has = unreadable();
      return n;
    }
    for (AbstractInsnNode i : mn.instructions) {
      if (hasIt(i)) {
        n.has = true;
        return n;
      }
      if (!(i instanceof MethodInsnNode c) || !passesOn(c)) continue;
      MethodRef callee = new MethodRef(c.getOpcode(), c.owner, c.name, c.desc, c.itf);
      if (leaf(callee) != null) continue; // a leaf that has the property is hasIt's to say
      n.callees.add(key(callee));
      open.push(callee);
    }
    return n;
  }
}
