package dev.leibniz.core;

import dev.leibniz.core.ir.Graph;
import org.objectweb.asm.tree.MethodNode;

/**
 * Sees each derivative graph as {@link ClassDifferentiator} builds it, before it is emitted, next
 * to the lifted graph it came from. A companion may be built more than once (when a callee fails
 * and the class is redone) or built and then refused (too large): only those in {@link
 * Result#generated()} were kept.
 */
public interface GraphObserver {
  GraphObserver NONE = (source, lifted, derivative) -> {};

  /** {@code derivative.name} is the companion's name; the graphs must not be changed. */
  void built(MethodNode source, Graph lifted, Graph derivative);
}
