package dev.leibniz.core.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A floating field to set to 0 in the shadow of an object made blank (a store made when none is given), reached from
 * the object through the object fields {@code via} (a sub-object its constructor made and stored in its own field:
 * Sunflow's {@code OrthoNormalBasis()} making {@code u = new Vector3()}), and {@code last} itself: a {@code double} or
 * {@code float} field, set to 0, or a {@code double[]}/{@code float[]} field, its array filled with 0 (Rajawali's
 * {@code m = new double[16]} that {@code identity()} fills).
 */
public record FieldPath(List<FieldRef> via, FieldRef last) {
  public FieldPath {
    via = List.copyOf(via);
  }

  /** A floating field of the object itself. */
  public static FieldPath of(FieldRef field) {
    return new FieldPath(List.of(), field);
  }

  /** This path seen from an object holding this one's start in {@code field}. */
  public FieldPath under(FieldRef field) {
    List<FieldRef> longer = new ArrayList<>();
    longer.add(field);
    longer.addAll(via);
    return new FieldPath(longer, last);
  }

  /** True when {@code last} holds an array to fill with 0 rather than a number. */
  public boolean isArray() {
    return last.desc().startsWith("[");
  }
}
