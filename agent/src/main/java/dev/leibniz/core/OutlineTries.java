package dev.leibniz.core;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What the outlining search of one class found too large at each try ({@link ClassDifferentiator}'s {@code outlined}),
 * keyed by the class as tried (its methods cut at that try's budgets, byte for byte), for one call of {@link
 * ClassDifferentiator#differentiate}: made there, dropped with it, never shared between threads or transformations.
 *
 * <p>The oversized retry ({@code oversizedIfNeeded}) searched every budget again, with companions over the compile limit
 * kept instead of failed, and found the same methods too large at the same tries (JBullet's {@code MatrixUtil}: its
 * Jacobi loop's driver at each of the six budgets; {@code TransformUtil}: a part no budget cuts smaller); it now takes
 * the first run's answer at a try it made, differentiating the whole class only at the try it keeps, as after probes,
 * where a disagreement searches again with a whole attempt per try. Within one run a try made twice (two budgets
 * cutting a method alike: Hivemall's {@code MatrixUtils}) is differentiated once.
 *
 * <p>The retry's reuse is checked, not proven: there a caller of a companion over the limit is built instead of failed
 * and might be too large itself at a try in between, which the check of the try kept would not see (the budgets chosen
 * could then differ from a search anew). {@code OutlineTriesTest} and the slow corpus classes give the same output.
 */
final class OutlineTries {
  /** A try: the class as tried and which of its methods were given to the search (not cut there). */
  private record Key(ByteBuffer classFile, List<String> extra) {}

  private final Map<Key, Set<String>> first = new HashMap<>();
  private final Map<Key, Set<String>> oversized = new HashMap<>();
  /** How many tries took an earlier answer instead of a probe or a whole attempt: what a test counts. */
  int reused;

  /** The key of a try of {@code cn} with {@code extra} given (computed on a copy: writing a class resolves its labels). */
  static Object key(ClassNode cn, List<MethodNode> extra) {
    ClassWriter w = new ClassWriter(0);
    ClassDifferentiator.copy(cn).accept(w);
    List<String> names = new ArrayList<>();
    for (MethodNode m : extra) names.add(m.name + m.desc);
    return new Key(ByteBuffer.wrap(w.toByteArray()), List.copyOf(names));
  }

  /** What was found too large at try {@code key} in this run or, in the oversized retry, in the first run; null when not tried. */
  Set<String> found(Object key, boolean oversize) {
    Set<String> found = (oversize ? oversized : first).get(key);
    if (found == null && oversize) found = first.get(key);
    if (found != null) reused++;
    return found;
  }

  void record(Object key, boolean oversize, Set<String> found) {
    (oversize ? oversized : first).putIfAbsent((Key) key, java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(found))); // in its order: it orders the next try's cuts
  }
}
