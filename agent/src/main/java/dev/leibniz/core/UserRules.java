package dev.leibniz.core;

import dev.leibniz.core.ir.MethodRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The rules a class names with {@code @DerivativeRules}: hand-written companions of other classes'
 * methods, in rule classes marked {@code @RulesFor(Target.class)}. Each rule is checked against
 * the contract once, when the naming class is differentiated; a rule that matches no method of its
 * target (wrong name, descriptor, or not public static) is reported and not used.
 */
final class UserRules {
  static final String RULES = "Ldev/leibniz/DerivativeRules;";
  static final String RULES_FOR = "Ldev/leibniz/RulesFor;";

  /** Rule methods by target class, then by companion name + descriptor (static form). */
  private final Map<String, Map<String, String>> byTarget = new HashMap<>();
  final List<Diagnostic> problems = new ArrayList<>();

  UserRules(ClassNode user, ClassLibrary library) {
    for (Type ruleClass : classes(annotation(user, RULES))) {
      ClassNode r = library.classNode(ruleClass.getInternalName());
      String shown = ruleClass.getClassName();
      if (r == null) {
        problems.add(problem(user.name.replace('/', '.'), "<class>", "the rule class " + shown + " named by @DerivativeRules cannot be read through the class loader"));
        continue;
      }
      List<Type> targets = classes(annotation(r, RULES_FOR));
      if (targets.size() != 1 || (r.access & Opcodes.ACC_PUBLIC) == 0) {
        problems.add(problem(shown, "<class>", "a rule class must be public and annotated @RulesFor(TheClass.class)"));
        continue;
      }
      ClassNode target = library.classNode(targets.get(0).getInternalName());
      for (MethodNode m : r.methods) {
        if (m.name.endsWith(Companions.TANGENT) || m.name.endsWith(Companions.ADJOINT)) {
          check(r, m, target, targets.get(0).getInternalName());
        }
      }
    }
  }

  private void check(ClassNode r, MethodNode rule, ClassNode target, String targetName) {
    boolean tangent = rule.name.endsWith(Companions.TANGENT);
    String base = rule.name.substring(0, rule.name.length() - (tangent ? Companions.TANGENT : Companions.ADJOINT).length());
    List<String> expected = new ArrayList<>();
    for (MethodNode m : target == null ? List.<MethodNode>of() : target.methods) {
      if (!m.name.equals(base)) continue;
      String desc = tangent ? Companions.tangentDesc(m.desc) : Companions.adjointDesc(m.desc);
      if ((m.access & Opcodes.ACC_STATIC) == 0) desc = Companions.staticForm(targetName, desc);
      if (desc.equals(rule.desc)) {
        if ((rule.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) != (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC)) {
          problems.add(problem(r.name.replace('/', '.'), rule.name + rule.desc, "a rule must be public static"));
          return;
        }
        byTarget.computeIfAbsent(targetName, t -> new HashMap<>()).put(rule.name + rule.desc, r.name);
        return;
      }
      expected.add(JavaSignature.type(Type.getReturnType(desc)) + " " + rule.name + JavaSignature.parameters(desc));
    }
    problems.add(problem(r.name.replace('/', '.'), rule.name + rule.desc, "the rule matches no method of "
        + JavaSignature.className(targetName) + (expected.isEmpty() ? " named " + base : "; the contract expects " + String.join(" or ", expected))));
  }

  /** The rule class holding companion {@code name+desc} (static form) of {@code m}, or null. */
  /** True when a rule class gives rules for methods of {@code owner} (internal name): else {@link #ruleFor} is null. */
  boolean covers(String owner) {
    return byTarget.containsKey(owner);
  }

  String ruleFor(MethodRef m, String name, String staticDesc) {
    Map<String, String> rules = byTarget.get(m.owner());
    return rules == null ? null : rules.get(name + staticDesc);
  }

  private static Diagnostic problem(String className, String method, String reason) {
    return new Diagnostic(className, method, -1, "", "both", "@DerivativeRules: " + reason);
  }

  private static AnnotationNode annotation(ClassNode c, String desc) {
    for (List<AnnotationNode> list : java.util.Arrays.asList(c.invisibleAnnotations, c.visibleAnnotations)) {
      if (list == null) continue;
      for (AnnotationNode a : list) if (a.desc.equals(desc)) return a;
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static List<Type> classes(AnnotationNode a) {
    List<Type> out = new ArrayList<>();
    if (a == null || a.values == null) return out;
    for (int k = 0; k + 1 < a.values.size(); k += 2) {
      Object v = a.values.get(k + 1);
      if (v instanceof Type) out.add((Type) v);
      else if (v instanceof List) for (Object o : (List<Object>) v) if (o instanceof Type) out.add((Type) o);
    }
    return out;
  }
}
