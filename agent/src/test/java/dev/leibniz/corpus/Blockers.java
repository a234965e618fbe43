package dev.leibniz.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts a refusal into a blocker category by the instruction of its first diagnostic (and, where
 * the instruction does not tell, its reason), so that the summary can rank what stops the most
 * real methods.
 */
final class Blockers {
  /** {@code INVOKESTATIC owner.name (args)result} as the core prints an instruction. */
  private static final Pattern CALL =
      Pattern.compile("(INVOKE\\w+) ([\\w.$/]+)\\.([\\w$<>]+) \\(([^)]*)\\)([^\\s:]+)");

  private Blockers() {}

  static String firstOf(List<String> diagnostics) {
    if (diagnostics.isEmpty()) return "no diagnostic";
    return of(diagnostics.get(0));
  }

  static String of(String message) {
    Matcher call = CALL.matcher(message);
    if (call.find()) {
      String kind = call.group(1), owner = call.group(2).replace('/', '.'), name = call.group(3), result = call.group(5);
      if (owner.endsWith("FastMath")) return "FastMath";
      if (kind.equals("INVOKEDYNAMIC")) return "lambda / invokedynamic";
      if (name.equals("<init>")) return "constructor call";
      if (name.equals("valueOf") && owner.startsWith("java.lang.")) return "boxing an active value";
      if (result.equals("V") || result.equals("Z") || result.equals("I") || result.equals("J")) {
        return "active argument to a call with a passive result";
      }
      if (kind.equals("INVOKEINTERFACE")) return "interface call";
      if (kind.equals("INVOKEVIRTUAL")) return "virtual call";
      if (kind.equals("INVOKESTATIC")) return "static call into another class";
      return "call (" + kind + ")";
    }
    String m = message.toLowerCase();
    if (m.contains("invokedynamic") || m.contains("lambda")) return "lambda / invokedynamic";
    if (m.contains("putfield") || m.contains("putstatic") || m.contains("field")) return "active value in a field";
    if (m.contains(" new ") || m.contains("constructor")) return "object construction";
    if (m.contains("8,000") || m.contains("8000") || m.contains("too large")) return "size limit";
    if (m.contains("try") || m.contains("catch") || m.contains("monitor") || m.contains("synchronized")) return "try/catch/synchronized";
    return "other";
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
