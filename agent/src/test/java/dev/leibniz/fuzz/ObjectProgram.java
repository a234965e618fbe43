package dev.leibniz.fuzz;

import java.util.List;

/**
 * One generated program over objects: a {@code @Differentiable} class {@code f<index>_M} whose
 * marked method {@code run} (an instance method, or a static method taking objects) reads and
 * writes fields, arrays held in fields, objects in arrays and value-object or record temporaries.
 *
 * @param index the program's index in its run; with the run's seed it regenerates the program
 * @param name {@code f<index>}: the prefix of every class the program declares
 * @param instance whether {@code run} is an instance method (its companions take the receiver's shadow)
 * @param params the kinds of {@code run}'s parameters, in order
 * @param returnsDouble whether {@code run} returns a double (else void)
 * @param source the program's nested class declarations, as Java members of the batch class
 */
record ObjectProgram(int index, String name, boolean instance, List<Kind> params, boolean returnsDouble, String source) {

  /** The parameter kinds of {@code run}. */
  enum Kind {
    DOUBLE,
    DOUBLE_ARRAY,
    INT,
    /** the program's own class {@code f<index>_M} */
    OBJECT,
    /** {@code f<index>_M[]} */
    OBJECT_ARRAY
  }

  /** The binary name of the marked class inside batch class {@code batch}. */
  String markedClass(String batch) {
    return batch + "$" + name + "_M";
  }

  /** What the program uses, for the summary: value objects, records, helpers taking objects... */
  boolean uses(String feature) {
    return source.contains(feature);
  }
}
