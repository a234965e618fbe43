package dev.leibniz.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;

/**
 * Why a marked callee of another class has no companion this caller can call although its class gave no diagnostic:
 * the two transformations see different classes with shadows (README, "Objects"), so the callee's class made the
 * companion with another parameter list than the caller asks for. Said in Java syntax, with the classes that have
 * shadows on one side only; annotating them {@code @Differentiable} gives them shadows in both.
 */
final class ContractMismatch {
  private ContractMismatch() {}

  /** The reason, for the companion {@code name} the caller asks with {@code asked} and those the callee's class has. */
  static String explain(String name, String asked, List<String> made, String calleeClass) {
    if (made.isEmpty()) {
      return "its class " + JavaSignature.className(calleeClass) + " has no " + name + " of any parameter list, and gave no"
          + " reason here (a class transformed at build time has only the companions that build made: its diagnostics say"
          + " why); differentiate " + JavaSignature.className(calleeClass) + " with this class, or pass the callee's value as a parameter";
    }
    String there = made.get(0);
    Set<String> onlyThere = difference(there, asked);
    Set<String> onlyHere = difference(asked, there);
    Set<String> annotate = new LinkedHashSet<>(onlyThere);
    annotate.addAll(onlyHere);
    return "its class " + JavaSignature.className(calleeClass) + " has " + name + JavaSignature.parameters(there)
        + ", while this class calls " + name + JavaSignature.parameters(asked) + ": the two transformations see different"
        + " classes with shadows" + side(" (with shadows there only: ", onlyThere) + side(" (with shadows here only: ", onlyHere)
        + "; annotate " + (annotate.isEmpty() ? "the classes of the objects passed" : String.join(", ", annotate))
        + " @Differentiable (the class), so that both give it shadows";
  }

  private static String side(String lead, Set<String> classes) {
    return classes.isEmpty() ? "" : lead + String.join(", ", classes) + ")";
  }

  /** The classes of the object parameters {@code a} has more often than {@code b} (the extra shadows). */
  private static Set<String> difference(String a, String b) {
    List<String> rest = new ArrayList<>();
    for (Type t : Type.getArgumentTypes(b)) rest.add(t.getDescriptor());
    Set<String> out = new LinkedHashSet<>();
    for (Type t : Type.getArgumentTypes(a)) {
      if (!rest.remove(t.getDescriptor()) && t.getSort() == Type.OBJECT) out.add(JavaSignature.className(t.getInternalName()));
    }
    return out;
  }
}
