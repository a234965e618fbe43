package dev.leibniz.core.objects;

import dev.leibniz.core.NotDifferentiable;
import dev.leibniz.core.ir.Block;
import dev.leibniz.core.ir.Value;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.Insn;
import dev.leibniz.core.ir.Op;
import dev.leibniz.core.lift.PhiCleaner;

/**
 * Scalar replacement of aggregates before differentiation (as LLVM's SROA runs before Enzyme):
 * rounds of {@link ObjectInliner} (the code of the objects the graph creates comes in) and
 * {@link ScalarReplacement} (objects that do not escape become their fields), until nothing
 * changes; an object taken apart may free the objects it held for the next round. Objects that
 * stay keep the reason in {@link Graph#keptObjects}, which the activity analysis names when an
 * active value reaches one.
 */
public final class ObjectsToValues {
  private static final int MAX_ROUNDS = 12;

  private ObjectsToValues() {}

  /** Where a graph comes from: lifted (and inlined) afresh on each call. */
  public interface GraphSource {
    Graph get() throws NotDifferentiable;
  }

  /**
   * The graph of {@code source} with its created objects that do not escape replaced by their
   * fields. A constructor inlined into an object that then escapes would leave an object the JVM
   * sees uninitialised, so the graph is made again with those constructors left as calls. The
   * accessors of records with {@code shadows} are read as their components first ({@link RecordAccessors}).
   */
  public static Graph run(GraphSource source, ObjectCode code, dev.leibniz.core.ir.Shadows shadows) throws NotDifferentiable {
    Set<Object> keepConstructors = new HashSet<>();
    Set<Object> keepLocks = new HashSet<>();
    Map<Object, String> firstReasons = new java.util.HashMap<>(); // the escape, not "its constructor stays a call"
    Graph g = source.get();
    PairFunctions.rewrite(g);
    RecordAccessors.inline(g, code, shadows);
    for (int attempt = 0; attempt < 4 && createsObjects(g, code); attempt++) {
      ObjectInliner inliner = new ObjectInliner(g, code, keepConstructors, keepLocks);
      for (int round = 0; round < MAX_ROUNDS; round++) {
        boolean inlined = inliner.run();
        inlined |= PairFunctions.rewrite(g); // the pairs of the code just inlined
        // constructions that compute, brought in by the code just inlined, split as the lifted graph's are (SourceClass.prepare)
        if (inlined) ValuedConstructions.splitComputed(g, code, shadows);
        // a method of a taken-apart object that only throws (MOEA's Validate.that(..).fails(..)) leaves its call's
        // continuation unreached: removed, with its edge into the merge after the check
        if (inlined && ConstantBranches.removeUnreachable(g)) PhiCleaner.clean(g);
        boolean pruned = ConstantBranches.prune(g); // `new` is never null: a library's null test of its output
        pruned |= ResultArrays.forward(g); // a helper's `return new Vec2[] {p, v}` read back as next[0], next[1]
        pruned |= MadeFieldReads.forward(g, code); // `result.polar.setPolar(..)` on the Polar its constructor made
        boolean replaced = new ScalarReplacement(g, code, inliner.notInlined).run();
        if (replaced) PhiCleaner.clean(g);
        boolean streams = StreamPipelines.rewrite(g); // before LambdaCalls: the loops call the lambdas
        boolean lambdas = LambdaCalls.run(g, code);
        if (!inlined && !pruned && !replaced && !streams && !lambdas) break;
      }
      ScalarReplacement last = new ScalarReplacement(g, code, inliner.notInlined);
      last.findEscapes();
      Set<Object> broken = new HashSet<>();
      for (Map.Entry<Value, String> e : last.escapes().entrySet()) {
        // a sub-object kept only by a holder whose constructor will run as it is: gone with the holder's inlined code
        // (its site may be shared with a sub-object that is taken apart, the same constructor inlined twice)
        Value holder = last.holderOf(e.getKey());
        boolean goesWithHolder = holder != null && inliner.constructed.contains(holder) && last.escapes().containsKey(holder);
        if (inliner.constructed.contains(e.getKey()) && !goesWithHolder) broken.add(origin(e.getKey()));
        firstReasons.putIfAbsent(origin(e.getKey()), e.getValue());
        g.keptObjects.put(e.getKey(), firstReasons.get(origin(e.getKey())));
      }

      // an object whose synchronized method lost its lock stays: lifted again with that method a call
      Set<Object> locked = new HashSet<>();
      for (Value kept : last.escapes().keySet()) {
        if (inliner.unlocked.contains(kept)) locked.add(origin(kept));
      }
      g.hasForeignCode |= inliner.foreign;
      if (broken.isEmpty() && locked.isEmpty()) return g;
      keepConstructors.addAll(broken);
      keepLocks.addAll(locked);
      g = source.get();
      PairFunctions.rewrite(g);
      RecordAccessors.inline(g, code, shadows);
    }
    return g;
  }

  /** What identifies an allocation site across liftings: its bytecode instruction. */
  static Object origin(Value v) {
    Object o = ((Insn) v).origin;
    return o != null ? o : ALL;
  }

  /** Stands for every allocation site when one has no bytecode instruction. */
  static final Object ALL = new Object();

  private static boolean createsObjects(Graph g, ObjectCode code) {
    if (LambdaCalls.hasCandidates(g, code)) return true; // a lambda capturing numbers, or held in a static final: LambdaCalls
    if (StreamPipelines.has(g)) return true; // a stream made here: StreamPipelines
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        boolean objectResult = (i.op == Op.NEW || i.op == Op.INVOKE) && i.type.getSort() == org.objectweb.asm.Type.OBJECT;
        if (objectResult && !TrackedObjects.isJdk(i.type.getInternalName())) return true; // made here or by a factory
        if (ObjectInliner.boxesForConstant(i, code)) return true; // a number boxed for a constant's generic method
      }
    }
    return false;
  }
}
