package dev.leibniz.core.objects;

import dev.leibniz.core.ir.Block;
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

  public static void run(Graph g, ObjectCode code) {
    if (!createsObjects(g)) return;
    ObjectInliner inliner = new ObjectInliner(g, code);
    ScalarReplacement last = null;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean inlined = inliner.run();
      last = new ScalarReplacement(g, code, inliner.notInlined);
      boolean replaced = last.run();
      if (replaced) PhiCleaner.clean(g);
      if (!inlined && !replaced) break;
    }
    g.hasForeignCode |= inliner.foreign;
    last = new ScalarReplacement(g, code, inliner.notInlined);
    last.findEscapes();
    for (java.util.Map.Entry<dev.leibniz.core.ir.Value, String> e : last.escapes().entrySet()) {
      g.keptObjects.put(e.getKey(), e.getValue());
    }
  }

  private static boolean createsObjects(Graph g) {
    for (Block b : g.blocks) {
      for (Insn i : b.insns) {
        if (i.op == Op.NEW && !TrackedObjects.isJdk(i.type.getInternalName())) return true;
      }
    }
    return false;
  }
}
