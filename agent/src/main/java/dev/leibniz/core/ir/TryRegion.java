package dev.leibniz.core.ir;

import java.util.List;

/**
 * A {@code try} whose {@code catch} recovers, as the IR holds it ({@link Op#TRY_ENTER}, {@link
 * Op#TRY_EXIT}): the exception classes it catches (internal names; null for any), and an id for
 * printing. Compared by identity: the instructions of one region share this object through every
 * copy of the graph.
 */
public final class TryRegion {
  public final int id;
  public final List<String> caught;

  public TryRegion(int id, List<String> caught) {
    this.id = id;
    this.caught = List.copyOf(caught.stream().map(c -> c == null ? "*" : c).toList());
  }

  /** The classes caught, with null for a handler of any exception. */
  public List<String> caughtTypes() {
    return caught.stream().map(c -> c.equals("*") ? null : c).toList();
  }

  @Override
  public String toString() {
    return "try" + id + caught;
  }
}
