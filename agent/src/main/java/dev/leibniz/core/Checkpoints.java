package dev.leibniz.core;

import dev.leibniz.core.outline.Checkpointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The class as the companions are generated from when some of its loops get a checkpointed form
 * ({@link Checkpointer}): a copy with those methods rewritten and their segments added.
 *
 * @param cn the rewritten copy
 * @param segments the segment methods (also in {@code cn}), which the companions call
 * @param plans one line per checkpointed loop, for {@code verbose}
 * @param rewritten the keys ({@code name + desc}) of the methods rewritten
 */
record Checkpoints(ClassNode cn, List<MethodNode> segments, List<String> plans, Set<String> rewritten) {
  /**
   * Methods with more bytecode than this are not rewritten: their companions approach the compile
   * limit, and outlining (which keeps a loop in one part) is their business.
   */
  static final int LARGEST = ClassDifferentiator.HUGE_METHOD_LIMIT / 4;

  /** The rewritten class, or null when no method of {@code differentiated} has a loop to checkpoint. */
  static Checkpoints of(ClassNode original, Set<String> differentiated) {
    ClassNode cn = null;
    List<MethodNode> segments = new ArrayList<>();
    List<String> plans = new ArrayList<>();
    Set<String> rewritten = new java.util.HashSet<>();
    boolean itf = (original.access & Opcodes.ACC_INTERFACE) != 0;
    for (int i = 0; i < original.methods.size(); i++) {
      MethodNode m = original.methods.get(i);
      if (!differentiated.contains(m.name + m.desc) || ClassDifferentiator.codeSize(m) > LARGEST) continue;
      Checkpointer.Rewritten r = Checkpointer.rewrite(original.name, itf, original.name, m);
      if (r == null) continue;
      if (cn == null) cn = ClassDifferentiator.copy(original);
      cn.methods.set(i, r.method());
      rewritten.add(m.name + m.desc);
      segments.addAll(r.segments());
      plans.addAll(r.plans());
    }
    if (cn == null) return null;
    cn.methods.addAll(segments);
    return new Checkpoints(cn, segments, plans, rewritten);
  }
}
