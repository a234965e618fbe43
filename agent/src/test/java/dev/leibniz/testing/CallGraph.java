package dev.leibniz.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The methods of a transformed class its entry methods can call, directly or through one another
 * (by name). A C2 probe can make hot only these: a companion the generator emitted but no caller
 * reaches (an outlined piece inlined into its caller's companion, whose own companions stay unused)
 * never runs, so it is never compiled. A call of a method by itself or by its own wrapper does not
 * make it reachable.
 */
public final class CallGraph {
  private final Map<String, Set<String>> calls = new HashMap<>();

  private CallGraph(byte[] classFile) {
    ClassNode cn = new ClassNode();
    new ClassReader(classFile).accept(cn, 0);
    for (MethodNode m : cn.methods) {
      Set<String> out = calls.computeIfAbsent(m.name, k -> new HashSet<>());
      for (AbstractInsnNode x : m.instructions) {
        if (x instanceof MethodInsnNode && ((MethodInsnNode) x).owner.equals(cn.name)) out.add(((MethodInsnNode) x).name);
      }
    }
  }

  public static CallGraph of(byte[] classFile) {
    return new CallGraph(classFile);
  }

  /** The names of the methods {@code entries} call, transitively, the entries included. */
  public Set<String> reachable(List<String> entries) {
    Set<String> seen = new LinkedHashSet<>(entries);
    Deque<String> work = new ArrayDeque<>(entries);
    while (!work.isEmpty()) {
      for (String c : calls.getOrDefault(work.pop(), Set.of())) {
        if (seen.add(c)) work.push(c);
      }
    }
    return seen;
  }

  /**
   * A pattern for each companion in {@code generated} (as {@code Result.generated()} names them:
   * {@code owner.name(desc)}) whose source method (its name before {@code $tangent} or
   * {@code $adjoint}) {@code source} accepts and which {@code entries} reach in one of its forms: a
   * tangent as itself or its pair form, an adjoint as itself or any of its variants (body, split
   * sweeps, distinct or stable arguments), whichever its callers use.
   */
  public List<String> companionsRun(List<String> generated, String owner, List<String> entries,
      java.util.function.Predicate<String> source) {
    Set<String> reached = reachable(entries);
    List<String> out = new java.util.ArrayList<>();
    for (String g : generated) {
      String name = g.substring(owner.length() + 1, g.indexOf('('));
      boolean tangent = name.endsWith("$tangent");
      if (!tangent && !name.endsWith("$adjoint")) continue;
      if (!source.test(name.substring(0, name.lastIndexOf('$')))) continue;
      boolean run = reached.stream().anyMatch(r -> r.equals(name)
          || (tangent ? r.equals(name + "$pair") : r.startsWith(name + "$")));
      if (run) out.add(java.util.regex.Pattern.quote(name) + (tangent ? "(\\$pair)?" : "(\\$\\w+)*"));
    }
    return out;
  }

  /** Whether {@code caller}'s own code calls {@code callee}. */
  public boolean calls(String caller, String callee) {
    return calls.getOrDefault(caller, Set.of()).contains(callee);
  }

  /** The names of the class's methods. */
  public Set<String> methods() {
    return calls.keySet();
  }
}
