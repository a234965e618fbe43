package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import dev.leibniz.core.rules.MathRules;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which callees may have a partial that is infinite where they are finite (a call, transitively,
 * of a function {@link MathRules#infiniteAtFinitePoint}: {@code sqrt} at 0...), computed once per
 * callee from its class file. Across a call to such a callee a tangent or an adjoint may become
 * infinite while every value is finite, so the caller applies its zero partials there with a
 * strong zero ({@code core.analysis.NonFiniteDerivatives}). A callee whose code cannot be read
 * (abstract, an interface method, a class not found) counts as one; the platform's own methods
 * count only when they are such functions, the agent's helpers never.
 *
 * <p>A query reads every method the callee reaches that no earlier query answered, then answers
 * them all at once, as a least fixed point over that call graph (a method is one when its own
 * code is, or when a callee is): mutually recursive methods get the same answer whichever is
 * asked first. (A provisional "no" for a method still being read, kept as its answer, gave {@code
 * B} of {@code A → B → A, A → sqrt} a "no" when {@code A} was asked first.)
 */
final class SingularSummaries {
  private final SourceClass source;
  private final ClassLibrary library;
  /** Final answers, by {@code owner.name+desc}. */
  private final Map<String, Boolean> known = new HashMap<>();

  SingularSummaries(SourceClass source, ClassLibrary library) {
    this.source = source;
    this.library = library;
  }

  /** A method read in a query: whether its own code makes it one, and the callees that are still open. */
  private static final class Node {
    boolean singular;
    final List<String> callees = new ArrayList<>();
  }

  boolean mayHaveInfinitePartial(MethodRef m) {
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
        if (n.singular) continue;
        for (String c : n.callees) {
          Node cn = graph.get(c);
          if (cn != null ? cn.singular : known.getOrDefault(c, false)) {
            n.singular = true;
            changed = true;
            break;
          }
        }
      }
    }
    graph.forEach((name, n) -> known.put(name, n.singular));
    return known.get(key);
  }

  /** The answer for a math function or a platform method (no code read), else null. */
  private static Boolean leaf(MethodRef m) {
    if (MathRules.find(m) != null) return MathRules.infiniteAtFinitePoint(m);
    if (ClassLibrary.isJdk(m.owner())) return false;
    return null;
  }

  /**
   * True when {@code call} is a one-argument function of an integer just converted ({@code
   * Math.sqrt((double) trips)}, a checkpointed loop's segment length): its argument carries no
   * derivative, so its partial never meets one.
   */
  private static boolean ofWholeNumber(MethodInsnNode call) {
    if (!call.desc.equals("(D)D")) return false;
    AbstractInsnNode arg = call.getPrevious();
    while (arg != null && arg.getOpcode() < 0) arg = arg.getPrevious(); // labels, lines, frames
    return arg != null && (arg.getOpcode() == Opcodes.I2D || arg.getOpcode() == Opcodes.L2D);
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
      n.singular = true; // code that cannot be read
      return n;
    }
    for (AbstractInsnNode i : mn.instructions) {
      if (i instanceof InvokeDynamicInsnNode d && !d.bsm.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
        n.singular = true; // a lambda's body is not read here
        return n;
      }
      if (!(i instanceof MethodInsnNode c)) continue;
      MethodRef callee = new MethodRef(c.getOpcode(), c.owner, c.name, c.desc, c.itf);
      Boolean leaf = leaf(callee);
      if (leaf != null) {
        if (leaf && !ofWholeNumber(c)) {
          n.singular = true;
          return n;
        }
        continue;
      }
      n.callees.add(key(callee));
      open.push(callee);
    }
    return n;
  }
}
