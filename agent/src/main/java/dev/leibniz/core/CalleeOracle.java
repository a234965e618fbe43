package dev.leibniz.core;

import dev.leibniz.core.analysis.Callees;
import dev.leibniz.core.ir.MethodRef;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.tree.MethodNode;

/**
 * What the phases of one mode may assume about callees: which have companions (marked methods,
 * helpers of the class that have not failed in this mode), what they write, why one cannot be
 * differentiated. Reads the failures and variants of its mode's {@link ModeUnit} live, so that a
 * callee that fails makes its callers fail on the next round.
 */
final class CalleeOracle implements Callees {
  private final SourceClass source;
  private final ClassLibrary library;
  private final WriteSummaries writes;
  private final Map<String, NotDifferentiable> failures;
  private final Set<String> variants;

  CalleeOracle(SourceClass source, ClassLibrary library, WriteSummaries writes,
      Map<String, NotDifferentiable> failures, Set<String> variants) {
    this.source = source;
    this.library = library;
    this.writes = writes;
    this.failures = failures;
    this.variants = variants;
  }

  private boolean own(MethodRef m) {
    return m.owner().equals(source.cn.name);
  }

  @Override
  public boolean isDifferentiable(MethodRef m) {
    String key = m.name() + m.desc();
    if (own(m)) {
      return source.graph(key) != null && !failures.containsKey(key)
          && (source.marked.contains(key) || source.helperCandidate(source.methods.get(key)));
    }
    MethodNode other = library.method(m);
    return other != null && SourceClass.isMarked(other);
  }

  @Override
  public String whyNot(MethodRef m) {
    String key = m.name() + m.desc();
    String name = m.owner().replace('/', '.') + "." + m.name();
    if (own(m) && failures.containsKey(key)) {
      NotDifferentiable e = failures.get(key);
      return "the callee " + name + " cannot be differentiated"
          + (e.line > 0 ? " (line " + e.line + ")" : "") + ": " + e.getMessage();
    }
    if (own(m) && source.methods.containsKey(key)) {
      return "the callee's result depends on an active value, and " + name
          + " is an overridable instance method that is not @Differentiable; annotate it, or make it static, private or final";
    }
    return "the callee's result depends on an active value, and " + name
        + " is not @Differentiable; annotate it, or move it into this class as a static method";
  }

  @Override
  public boolean isPure(MethodRef m) {
    return writes.of(m).isEmpty();
  }

  @Override
  public boolean writesArgument(MethodRef m, int argIndex) {
    return writes.of(m).get(argIndex);
  }

  @Override
  public boolean hasDistinctVariant(MethodRef m) {
    return own(m) && m.isStatic() && variants.contains(m.name() + m.desc());
  }
}
