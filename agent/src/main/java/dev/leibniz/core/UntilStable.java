package dev.leibniz.core;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.objectweb.asm.tree.MethodNode;

/**
 * Builds the companions of a set of methods that call each other: when one fails, its callers may
 * fail too (they would call a companion that does not exist), so everything is built again until
 * no new failure appears.
 */
final class UntilStable {
  private UntilStable() {}

  /** Builds one method's companion, or says why it cannot. */
  interface Build {
    MethodNode of(String key) throws NotDifferentiable;
  }

  /** The companions of the keys in {@code todo} that did not fail; failures are added to {@code failed}. */
  static Map<String, MethodNode> build(Collection<String> todo, Map<String, NotDifferentiable> failed, Build build) {
    Map<String, MethodNode> made = new LinkedHashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      made.clear();
      for (String key : todo) {
        if (failed.containsKey(key)) continue;
        try {
          made.put(key, build.of(key));
        } catch (NotDifferentiable e) {
          failed.put(key, e);
          changed = true;
        } catch (RuntimeException e) {
          failed.put(key, new NotDifferentiable(-1, "", "internal error: " + e + " at "
              + Arrays.toString(Arrays.copyOf(e.getStackTrace(), 8))));
          changed = true;
        }
      }
    }
    return made;
  }
}
