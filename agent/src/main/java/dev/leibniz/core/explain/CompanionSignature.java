package dev.leibniz.core.explain;

import dev.leibniz.contract.CompanionContract;
import dev.leibniz.core.Companions;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A companion's signature in Java syntax, with parameter names taken from the method's
 * MethodParameters attribute or LocalVariableTable (else {@code p0, p1, ...}) and the role of each
 * parameter, e.g. {@code static double f$adjoint(double x, double y, double seed, double[] grad)}
 * with {@code grad: receives the adjoints of x, y (+=), length >= 2}. Parameters, names and roles
 * come from {@link CompanionContract}, the one definition of the companions' shape.
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

  /** The signature of {@code companion} (a tangent, adjoint or second-order name) of {@code primal}, or null if none. */
  public static CompanionSignature of(String owner, MethodNode primal, String companion, String companionDesc) {
    CompanionContract.Kind kind = kindOf(primal.name, companion);
    if (kind == null) {
      return null;
    }
    CompanionContract.Signature contract = kind.of(primal.desc);
    if (!contract.descriptor().equals(companionDesc)) {
      return null; // not the contract's shape: say nothing rather than something wrong
    }
    List<String> primalTypes = new ArrayList<>();
    for (Type t : Type.getArgumentTypes(primal.desc)) {
      primalTypes.add(t.getClassName());
    }
    String result = Type.getReturnType(primal.desc).getClassName();
    List<String> names = contract.names(names(primal));
    List<Param> params = new ArrayList<>();
    for (CompanionContract.Param p : contract.params) {
      String type = contract.typeOf(p, primalTypes, result, "double[]");
      params.add(new Param(type, names.get(p.index), contract.role(p, names)));
    }
    StringBuilder sb = new StringBuilder();
    if ((primal.access & Opcodes.ACC_STATIC) != 0) {
      sb.append("static ");
    }
    sb.append(contract.returnTypeOf(result, "void")).append(' ').append(owner).append('.')
        .append(companion).append('(');
    for (int k = 0; k < params.size(); k++) {
      sb.append(k == 0 ? "" : ", ").append(params.get(k).type).append(' ').append(params.get(k).name);
    }
    return new CompanionSignature(sb.append(')').toString(), params);
  }

  /** The parameters' roles, one per line, indented. */
  public String roles() {
    StringBuilder sb = new StringBuilder();
    for (Param p : params) {
      sb.append("    ").append(p.name).append(": ").append(p.role).append('\n');
    }
    return sb.toString();
  }

  private static CompanionContract.Kind kindOf(String primal, String companion) {
    if (companion.equals(Companions.distinctAdjointName(primal))) {
      return CompanionContract.Kind.ADJOINT;
    }
    for (CompanionContract.Kind k : CompanionContract.Kind.values()) {
      if (companion.equals(k.companionName(primal))) {
        return k;
      }
    }
    return null;
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
