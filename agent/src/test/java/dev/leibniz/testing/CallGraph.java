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
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
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
  /** The methods other classes can call: not private, and the static initialiser. */
  private final List<String> entries = new java.util.ArrayList<>();

  private CallGraph(byte[] classFile) {
    ClassNode cn = new ClassNode();
    new ClassReader(classFile).accept(cn, 0);
    for (MethodNode m : cn.methods) {
      Set<String> out = calls.computeIfAbsent(m.name, k -> new HashSet<>());
      for (AbstractInsnNode x : m.instructions) {
        if (x instanceof MethodInsnNode && ((MethodInsnNode) x).owner.equals(cn.name)) out.add(((MethodInsnNode) x).name);
        if (x instanceof InvokeDynamicInsnNode) { // a dispatch's fallback companion is a bootstrap argument
          for (Object arg : ((InvokeDynamicInsnNode) x).bsmArgs) {
            if (arg instanceof Handle && ((Handle) arg).getOwner().equals(cn.name)) out.add(((Handle) arg).getName());
          }
        }
      }
      if ((m.access & Opcodes.ACC_PRIVATE) == 0 || m.name.equals("<clinit>")) entries.add(m.name);
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
    Set<String> out = new LinkedHashSet<>();
    for (String g : generated) {
      String name = g.substring(owner.length() + 1, g.indexOf('('));
      // the family: a variant (m$adjoint$split...) may be emitted without m$adjoint itself
      int t = name.indexOf("$tangent"), a = name.indexOf("$adjoint");
      boolean tangent = t > 0 && (a < 0 || t < a);
      if (!tangent && a <= 0) continue;
      String family = name.substring(0, tangent ? t + "$tangent".length() : a + "$adjoint".length());
      if (!source.test(family.substring(0, family.lastIndexOf('$')))) continue;
      boolean run = reached.stream().anyMatch(r -> r.equals(family)
          || (tangent ? r.equals(family + "$pair") : r.startsWith(family + "$")));
      if (run) out.add(java.util.regex.Pattern.quote(family) + (tangent ? "(\\$pair)?" : "(\\$\\w+)*"));
    }
    return new java.util.ArrayList<>(out);
  }

  /**
   * The generated methods of {@code transformed} (those {@code original} lacks, but the copied
   * {@code leibniz$} helpers) that nothing calls: no method other classes can call (not private),
   * no method of the original class and none of the {@code privateRoots} (names of private
   * companions the run time finds by name) reaches them.
   */
  public static List<String> unreached(byte[] transformed, byte[] original, String... privateRoots) {
    CallGraph g = new CallGraph(transformed);
    Set<String> declared = new CallGraph(original).methods();
    List<String> roots = new java.util.ArrayList<>(g.entries);
    roots.addAll(declared);
    roots.addAll(List.of(privateRoots));
    Set<String> reached = g.reachable(roots);
    List<String> out = new java.util.ArrayList<>();
    for (String m : g.methods()) {
      boolean helper = m.startsWith("leibniz$") && m.indexOf('$', "leibniz$".length()) < 0;
      if (!reached.contains(m) && !helper) out.add(m);
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
