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
  /** The whole attempts made at a try, by its key and the methods given (cut or not), byte for byte. */
  private final Map<Key, Kept> attempts = new HashMap<>(), oversizedAttempts = new HashMap<>();
  /** How many whole attempts were taken from {@link #attempts}: what a test counts. */
  int attemptsReused;

  /**
   * A whole attempt at a try, {@code attempt} of type {@code ClassDifferentiator.Attempt}; {@code anyOversize} when no
   * build of it reached the compile limit where the oversized retry decides otherwise ({@code ModeUnit.reachedLimit}),
   * so the same try with or without oversized companions allowed gives the same attempt.
   */
  private record Kept(Object attempt, boolean anyOversize, boolean variantsFellShort) {}

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

  /**
   * The key of a whole attempt at a try of {@code cn} with {@code parts} given to it: the class as tried and each part's
   * code, byte for byte (a part given to the search, such as a local copy, is not always the class's own node).
   */
  static Object attemptKey(ClassNode cn, List<MethodNode> parts) {
    ClassWriter w = new ClassWriter(0);
    ClassNode holder = new ClassNode();
    holder.visit(org.objectweb.asm.Opcodes.V17, 0, "Parts", null, "java/lang/Object", null);
    for (MethodNode p : parts) {
      MethodNode copy = new MethodNode(org.objectweb.asm.Opcodes.ASM9, p.access, p.name, p.desc, p.signature,
          p.exceptions == null ? null : p.exceptions.toArray(new String[0]));
      p.accept(copy); // a copy: writing resolves labels
      holder.methods.add(copy);
    }
    holder.accept(w);
    Key tried = (Key) key(cn, List.of());
    return new Key(ByteBuffer.wrap(concat(tried.classFile(), w.toByteArray())), List.of(String.valueOf(parts.size())));
  }

  private static byte[] concat(ByteBuffer a, byte[] b) {
    byte[] out = new byte[a.remaining() + b.length];
    a.duplicate().get(out, 0, a.remaining());
    System.arraycopy(b, 0, out, out.length - b.length, b.length);
    return out;
  }

  /**
   * The whole attempt made before at try {@code key}, when it holds for {@code oversize} (made with the same flag, or no
   * build reached the limit), else null; {@code fellShort} is told whether its second order named a variant not built.
   */
  Object attempt(Object key, boolean oversize, Runnable fellShort) {
    Kept k = (oversize ? oversizedAttempts : attempts).get(key);
    if (k == null) {
      k = (oversize ? attempts : oversizedAttempts).get(key);
      if (k != null && !k.anyOversize()) k = null;
    }
    if (k == null) return null;
    attemptsReused++;
    if (k.variantsFellShort()) fellShort.run();
    return k.attempt();
  }

  void recordAttempt(Object key, boolean oversize, Object attempt, boolean reachedLimit, boolean variantsFellShort) {
    (oversize ? oversizedAttempts : attempts).putIfAbsent((Key) key, new Kept(attempt, !reachedLimit, variantsFellShort));
  }

  void record(Object key, boolean oversize, Set<String> found) {
    (oversize ? oversized : first).putIfAbsent((Key) key, java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(found))); // in its order: it orders the next try's cuts
  }
}
