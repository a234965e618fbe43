package dev.leibniz.core.explain;

import dev.leibniz.contract.CompanionContract;
import dev.leibniz.contract.CompanionContract.Kind;
import dev.leibniz.contract.CompanionContract.Signature;
import dev.leibniz.core.Companions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A companion's signature in Java syntax, with parameter names taken from the method's
 * MethodParameters attribute or LocalVariableTable (else {@code p0, p1, ...}) and the role of each
 * parameter, e.g. {@code static double f$adjoint(double x, double y, double seed, double[] grad)}
 * with {@code grad: receives the adjoints of x, y (+=), length >= 2}. The parameters, their
 * conventional names ({@code dx}, {@code xBar}, {@code dthis}) and roles are the contract's
 * ({@link CompanionContract}), the one definition the builders lay the companions out from.
 */
public final class CompanionSignature {
  /** One parameter: its Java type, name and what it carries. */
  public record Param(String type, String name, String role) {}

  public final String text;
  public final List<Param> params;

  private CompanionSignature(String text, List<Param> params) {
    this.text = text;
    this.params = params;
  }

  /** The signature of {@code companion} (a tangent or adjoint name) of {@code primal}, or null if neither. */
  public static CompanionSignature of(String owner, MethodNode primal, String companion, String companionDesc) {
    Kind kind = companion.equals(Companions.tangentName(primal.name)) ? Kind.TANGENT
        : companion.equals(Companions.adjointName(primal.name)) || companion.equals(Companions.distinctAdjointName(primal.name)) ? Kind.ADJOINT
        : companion.equals(Kind.ADJOINT_TANGENT.companionName(primal.name)) ? Kind.ADJOINT_TANGENT
        : null;
    if (kind == null) {
      return vectorLayout(owner, primal, companion, companionDesc);
    }
    Signature s = kind == null ? null : contractSignature(kind, primal, companionDesc);
    if (s == null) {
      return null; // not the contract's shape: say nothing rather than something wrong
    }
    List<String> names = s.names(names(primal));
    List<Param> params = new ArrayList<>();
    for (CompanionContract.Param p : s.params) {
      params.add(new Param(Type.getType(p.descriptor).getClassName(), names.get(p.index), s.role(p, names)));
    }
    return of((primal.access & Opcodes.ACC_STATIC) != 0 ? "static " : "", s.returnDescriptor, owner, companion, params);
  }

  /** The signature from its parts: {@code modifiers} ends with a space unless empty. */
  static CompanionSignature of(String modifiers, String returnDescriptor, String owner, String name, List<Param> params) {
    StringBuilder sb = new StringBuilder(modifiers);
    sb.append(Type.getType(returnDescriptor).getClassName()).append(' ').append(owner).append('.').append(name).append('(');
    for (int k = 0; k < params.size(); k++) {
      sb.append(k == 0 ? "" : ", ").append(params.get(k).type).append(' ').append(params.get(k).name);
    }
    return new CompanionSignature(sb.append(')').toString(), params);
  }

  /**
   * {@code m$tangents} and {@code m$pattern} (README, "Second order and Jacobians"): {@code
   * m$tangent}'s layout with k directions, or index sets, in place of each tangent; then {@code
   * int k} and the result's tangents, or the result's set. Null for any other name or layout.
   */
  private static CompanionSignature vectorLayout(String owner, MethodNode primal, String companion, String companionDesc) {
    boolean vector = companion.equals(primal.name + CompanionContract.VECTOR_TANGENT_SUFFIX)
        && companionDesc.equals(CompanionContract.vectorTangentDescriptor(primal.desc));
    boolean pattern = companion.equals(primal.name + CompanionContract.PATTERN_SUFFIX)
        && companionDesc.equals(CompanionContract.patternDescriptor(primal.desc));
    if (!vector && !pattern) {
      return null;
    }
    Signature s = CompanionContract.tangent(primal.desc);
    List<String> names = s.names(names(primal));
    Type[] types = Type.getArgumentTypes(companionDesc);
    String k = unique("k", names);
    List<Param> params = new ArrayList<>();
    for (CompanionContract.Param p : s.params) {
      boolean derivative = p.role == CompanionContract.Role.TANGENT;
      String of = derivative ? names.get(p.of.index) : null;
      String name = derivative && pattern ? unique(of + "Sets", names) : names.get(p.index);
      String role = !derivative ? s.role(p, names)
          : vector ? k + " tangents (directions) of " + of + (p.of.isScalar() ? ", direction d at [d]" : ", direction d of element i at [i*" + k + " + d]")
          : "index sets of " + of + " (the input columns each value depends on; null: passive)";
      params.add(new Param(types[p.index].getClassName(), name, role));
    }
    if (vector) {
      params.add(new Param("int", k, "number of directions"));
    }
    if (params.size() < types.length) {
      params.add(new Param(types[params.size()].getClassName(), unique(vector ? "dresult" : "resultSets", names),
          vector ? "receives the result's " + k + " tangents (null: not wanted)" : "element 0 receives the result's index set"));
    }
    return of((primal.access & Opcodes.ACC_STATIC) != 0 ? "static " : "", CompanionContract.returnDescriptor(primal.desc), owner, companion, params);
  }

  /**
   * The contract's signature of companion {@code kind} of {@code primal} whose descriptor is {@code
   * companionDesc}, or null. The class file alone does not say which classes are {@code
   * @Differentiable} (objects with shadows, README "Objects"); the companion's descriptor does:
   * the first choice of marked classes among those the method's descriptor names (none first),
   * and of the receiver's shadow (none, or the companion's first parameter's class), that gives
   * {@code companionDesc}.
   */
  private static Signature contractSignature(Kind kind, MethodNode primal, String companionDesc) {
    List<String> classes = new ArrayList<>(objectClasses(primal.desc));
    if (classes.size() > 6) {
      classes = classes.subList(0, 6); // 64 choices at most; a method with more is not explained
    }
    List<String> receivers = new ArrayList<>();
    receivers.add(null);
    Type[] companionParams = Type.getArgumentTypes(companionDesc);
    if ((primal.access & Opcodes.ACC_STATIC) == 0 && companionParams.length > 0 && companionParams[0].getSort() == Type.OBJECT) {
      receivers.add(companionParams[0].getInternalName());
    }
    for (int subset = 0; subset < 1 << classes.size(); subset++) {
      Set<String> marked = new HashSet<>();
      for (int k = 0; k < classes.size(); k++) {
        if ((subset & 1 << k) != 0) {
          marked.add(classes.get(k));
        }
      }
      for (String receiver : receivers) {
        Signature s = kind.of(primal.desc, marked::contains, receiver);
        if (s.descriptor().equals(companionDesc)) {
          return s;
        }
      }
    }
    return null;
  }

  /** The classes of the objects (and of arrays' elements) among a method's parameters and result. */
  private static Set<String> objectClasses(String desc) {
    Set<String> out = new LinkedHashSet<>();
    List<String> types = new ArrayList<>(CompanionContract.parameterDescriptors(desc));
    types.add(CompanionContract.returnDescriptor(desc));
    for (String t : types) {
      String e = t.substring(t.lastIndexOf('[') + 1);
      if (e.startsWith("L")) {
        out.add(e.substring(1, e.length() - 1));
      }
    }
    return out;
  }

  /** {@code name}, or with a number when {@code taken} has it. */
  private static String unique(String name, List<String> taken) {
    String n = name;
    for (int i = 2; taken.contains(n); i++) {
      n = name + i;
    }
    return n;
  }

  /** The parameters' roles, one per line, indented. */
  public String roles() {
    StringBuilder sb = new StringBuilder();
    for (Param p : params) {
      sb.append("    ").append(p.name).append(": ").append(p.role).append('\n');
    }
    return sb.toString();
  }

  /** Java parameter names: MethodParameters, else the LocalVariableTable, else p0, p1, ... */
  static List<String> names(MethodNode m) {
    Type[] types = Type.getArgumentTypes(m.desc);
    List<String> names = new ArrayList<>();
    int slot = (m.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    for (int k = 0; k < types.length; k++) {
      String n = null;
      if (m.parameters != null && m.parameters.size() == types.length) {
        n = m.parameters.get(k).name;
      }
      if (n == null && m.localVariables != null) {
        for (LocalVariableNode v : m.localVariables) {
          if (v.index == slot && n == null) {
            n = v.name; // javac lists a parameter's entry, which spans the method, first
          }
        }
      }
      names.add(n != null ? n : "p" + k);
      slot += types[k].getSize();
    }
    return names;
  }
}
