package dev.leibniz.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts refusals into blocker categories, so that the summary can rank what stops the most real
 * methods. A diagnostic about a caller ends with the reason of the innermost callee that failed
 * ("the callee X cannot be differentiated (File.java:N): ..."); that root reason decides the category,
 * except that any mention of a library's util.FastMath counts as the FastMath blocker.
 */
final class Blockers {
  /** {@code at A.java:3: double Special.g(double): } as the core quotes a call (core.lift.InsnText). */
  private static final Pattern CALL =
      Pattern.compile("\\.\\w+(?::\\d+)?: ([\\w.$\\[\\]]+) ([\\w$.]+)\\.([\\w$]+)\\(([^)]*)\\): ");

  /** {@code at A.java:3: new Vector3D(double, double, double): }: a constructor call quoted. */
  private static final Pattern CONSTRUCTOR = Pattern.compile("\\.\\w+(?::\\d+)?: new [\\w$.]+\\(");

  /** "... and owner.name is not @Differentiable" in a root reason. */
  private static final Pattern UNKNOWN_CALLEE = Pattern.compile("and ([\\w.$/]+)\\.([\\w$<>]+) is not @Differentiable");

  private static final Pattern NESTED = Pattern.compile("cannot be differentiated(?: \\([^)]*\\))?: ");

  private Blockers() {}

  /** The category of the first diagnostic (the first blocker a user meets). */
  static String firstOf(List<String> diagnostics) {
    if (diagnostics.isEmpty()) return "no diagnostic";
    // a warning the core gives along with its refusal (an override whose callees may write) is not what stops it
    for (String d : diagnostics) {
      if (!d.startsWith("leibniz: warning:")) return of(d);
    }
    return of(diagnostics.get(0));
  }

  /** Every category any diagnostic of the entry names (tangent and adjoint parts alike). */
  static Set<String> allOf(List<String> diagnostics) {
    Set<String> all = new LinkedHashSet<>();
    boolean refusal = diagnostics.stream().anyMatch(d -> !d.startsWith("leibniz: warning:"));
    for (String d : diagnostics) {
      if (refusal && d.startsWith("leibniz: warning:")) continue; // a warning along with a refusal blocks nothing
      for (String part : d.split("; (?=tangent: |adjoint: )")) all.add(of(part));
    }
    return all;
  }

  static String of(String message) {
    String first = message.split("; (?=adjoint: )")[0];
    String root = root(first);
    if (root.contains("has no companion")) return "callback implementation without a companion (run time)";
    if (root.contains("no differentiable input")) return "only passive object inputs (fields only read, class not annotated)";
    // ta4j's DoubleNum.sqrt(): a new DoubleNum returned as the interface Num, which has no shadow
    if (root.contains("returns an object with a shadow") && root.contains("declared as")) {
      return "object result declared with a type without shadows (an interface)";
    }
    if (root.contains("returns an object")) return "value object returned by a library call (SinCos)";
    if (root.contains("passed to a constructor")) return "active value passed to a constructor (object)";
    // a library's FastMath class, not a user class whose name starts so (jME's FastMathCartesianToSpherical)
    if (first.contains("util.FastMath")) return "FastMath";
    if (root.contains("static field") && root.contains("receives or passes on derivatives")) {
      return "object held in a static field receives derivatives";
    }
    if (root.contains("its shadow would have to be made by a constructor")) return "object created in the method receives derivatives";
    if (root.contains("its shadow is made inside")) return "object created in the method receives derivatives";
    if (root.contains("bit pattern")) return "bit pattern of an active value read (library code)";
    // named for what it says (la4j's fold writing its accumulator), not for throwing callees, which write nothing (ThrownObjects)
    if (root.contains("returns a value and writes fields")) return "callee returning a value that writes fields (tangent)";
    if (root.contains("writes an active value into field")) return "active value written to a field";
    if (root.contains("the array in field")) return "array held in a field receives active values";
    if (root.contains("a new array is assigned to field")) return "array held in a field replaced by a new one (adjoint)";
    if (root.contains("replacing the object held there")) return "object held in a field replaced by a new one (adjoint)";
    if (root.contains("the object in field")) return "object held in a field of a passive object receives active values";
    // jtk's Eigen sorting eigenvectors by swapping rows of its output v, la4j's Basic2DMatrix.swapRows on its double[][]
    if (root.contains("a row (an element of reference type) is stored into")) {
      return "rows of a caller's array of arrays moved by reference (adjoint)";
    }
    // Joise's ModuleCellular.get reading the CellularCache that ModuleCellGen.getCache fills (held in its field) and returns
    if (root.contains("returned an object that is none of the objects passed to it")) {
      return "field-writing callee returning an object it was not given (tangent)";
    }
    if (root.contains("can be overridden")) return "virtual or interface call";
    if (root.contains("cannot reach (not public)")) return "class the caller cannot name (not public)";
    if (root.contains("neither its result nor") || root.contains("returns no derivative")) {
      return "active argument to a call with a passive result";
    }
    if (root.contains("Double.valueOf") || root.contains("Float.valueOf") || root.contains("boxes an active value")) {
      return "active value boxed (exception message arguments)";
    }
    // Commons Numbers' Slerp: algo.apply(t) on a DoubleFunction<Quaternion> field holding the project's own classes
    if (root.contains("functional interface")) return "call through a JDK functional interface (generic result)";
    if (root.contains("invokedynamic") || root.contains("INVOKEDYNAMIC") || root.contains("lambda")) return "lambda / invokedynamic";
    // OpenSearch's Arrays.stream(values).map(...).sum(): not a call into another class of the project
    if (root.contains("is a JDK method without a derivative rule")) return "JDK method without a derivative rule";
    // Esri's ECoordinate.add: the overridable epsCoordinate() called before the receiver's fields are written
    if (root.contains("objects are not snapshotted")) return "overridable callee before a write of its object (adjoint)";
    // before the call patterns: this reason starts with the call it is about (JWave's Transform.forward)
    if (root.contains("inside a try whose catch recovers")) return "try/catch/synchronized";
    // Android's SensorManager.remapCoordinateSystem: this reason also starts with the call it is about (a boolean one)
    if (root.contains("inside a synchronized block")) return "try/catch/synchronized";
    if (CONSTRUCTOR.matcher(root).find()) return "constructor call";
    Matcher call = CALL.matcher(root);
    if (call.find()) {
      String result = call.group(1), owner = call.group(2), name = call.group(3);
      if (name.equals("valueOf") && (owner.equals("Double") || owner.equals("Float"))) {
        return "active value boxed (exception message arguments)";
      }
      if (result.equals("void") || result.equals("boolean") || result.equals("int") || result.equals("long")) {
        return "active argument to a call with a passive result";
      }
      return "call into another class";
    }
    Matcher callee = UNKNOWN_CALLEE.matcher(root);
    if (callee.find()) {
      return callee.group(2).equals("valueOf") ? "active value boxed (exception message arguments)" : "call into another class";
    }
    String m = root.toLowerCase();
    if (m.contains("8,000") || m.contains("8000") || m.contains("too large")) return "size limit";
    // whole words: "try" is inside every diagnostic naming a class of a package such as ...corpus.geometry
    if (TRY_WORDS.matcher(m).find()) return "try/catch/synchronized";
    return "other: " + (root.length() > 60 ? root.substring(0, 60) : root);
  }

  private static final Pattern TRY_WORDS = Pattern.compile("\\b(try|catch|monitor\\w*|synchronized)\\b");

  /** The innermost reason: the text after the last "cannot be differentiated (line N): ". */
  private static String root(String first) {
    Matcher nested = NESTED.matcher(first);
    int end = -1;
    while (nested.find()) end = nested.end();
    return end < 0 ? first : first.substring(end);
  }

  static String ranked(Map<String, Integer> counts) {
    List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
    list.sort((a, b) -> b.getValue() - a.getValue());
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Integer> e : list) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(e.getKey()).append(" ").append(e.getValue());
    }
    return sb.toString();
  }
}
