package dev.leibniz.core.analysis;

import dev.leibniz.core.ir.MethodRef;
import java.util.BitSet;
import java.util.List;

/**
 * What a call of an overridable method ({@code invokevirtual}, {@code invokeinterface}) runs for a
 * receiver whose class overrides nothing it calls: the declaration the named class resolves to,
 * with what its code may write ({@link ParamWrites} bits, the receiver first). A companion keeps
 * such a call as a passive primal call only behind a check of the receiver's class, once per class
 * ({@code Helpers.relinkRuns}): {@code overridable} lists the methods (name and descriptor, the
 * called one first) whose override would change what runs, the overridable calls of that code on
 * its own class and supertypes, transitively.
 *
 * @param declared the declaration, owned by the class declaring it
 * @param owner the binary name of that class (the check compares what a receiver runs with it); for an
 *     abstract method implemented by several classes with shadows, their names separated by {@code ,}
 * @param overridable name and descriptor of each method a receiver must not override
 * @param writes what the declaration's code writes or reads (bits of {@link ParamWrites})
 */
public record DispatchedCode(MethodRef declared, String owner, List<String> overridable, BitSet writes) {
  /**
   * The code of either this or {@code other} (two classes with shadows implementing one abstract
   * method): their owners separated by {@code ,} (a receiver passes the check when it runs the code of
   * one of them), the methods of both, what either writes; the declaration stays this one's.
   */
  public DispatchedCode or(DispatchedCode other) {
    List<String> methods = new java.util.ArrayList<>(overridable);
    for (String m : other.overridable) {
      if (!methods.contains(m)) methods.add(m);
    }
    BitSet w = (BitSet) writes.clone();
    w.or(other.writes);
    return new DispatchedCode(declared, owner + "," + other.owner, methods, w);
  }

  /** The check's list, as the bootstrap takes it: {@code name+desc} separated by {@code ;}. */
  public String overridableList() {
    return String.join(";", overridable);
  }
}
