package dev.leibniz.core.explain;

import dev.leibniz.core.Companions;
import dev.leibniz.core.ir.Shadows;
import dev.leibniz.core.ir.Types;
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
 * with {@code grad: receives the adjoints of x, y (+=), length >= 2}. Built from the same rules as
 * {@link Companions#tangentDesc} and {@link Companions#adjointDesc}, and checked against them.
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
    boolean tangent = companion.equals(Companions.tangentName(primal.name));
    boolean adjoint = companion.equals(Companions.adjointName(primal.name)) || companion.equals(Companions.distinctAdjointName(primal.name));
    if (!tangent && !adjoint) {
      return null;
    }
    // The class file alone does not say which classes are @Differentiable (objects with shadows,
    // README "Objects"): the companion's descriptor does. Try "none", then "every object type".
    List<Param> params = null;
    Type result = null;
    for (Shadows shadows : new Shadows[] {Shadows.NONE, new Shadows(name -> true)}) {
      if (!tangent && shadows != Shadows.NONE) break;
      List<Param> ps = tangent ? tangentParams(owner, primal, shadows) : adjointParams(primal);
      Type r = Type.getReturnType(primal.desc);
      Type res = tangent && !shadows.carries(r) ? Type.VOID_TYPE : r;
      String desc = Type.getMethodDescriptor(res, ps.stream().map(p -> Type.getType(descriptorOf(p.type))).toArray(Type[]::new));
      if (desc.equals(companionDesc)) {
        params = ps;
        result = res;
        break;
      }
    }
    if (params == null) {
      return null; // not the contract's shape: say nothing rather than something wrong
    }
    StringBuilder sb = new StringBuilder();
    if ((primal.access & Opcodes.ACC_STATIC) != 0) {
      sb.append("static ");
    }
    sb.append(result.getClassName()).append(' ').append(owner).append('.')
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

  private static List<Param> tangentParams(String owner, MethodNode m, Shadows shadows) {
    List<Param> out = new ArrayList<>();
    if (Companions.receiverShadow(owner.replace('.', '/'), (m.access & Opcodes.ACC_STATIC) != 0, shadows)) {
      out.add(new Param(owner, "dthis", "shadow of the receiver: the direction in its differentiable fields on entry, their tangents on exit"));
    }
    Type[] types = Type.getArgumentTypes(m.desc);
    List<String> names = names(m);
    for (int k = 0; k < types.length; k++) {
      String n = names.get(k), t = types[k].getClassName();
      boolean d = Types.isDifferentiable(types[k]);
      boolean s = shadows.has(types[k]);
      out.add(new Param(t, n, d || s ? "input" : "passive input"));
      if (d) {
        out.add(new Param(t, "d" + n, "tangent (direction) of " + n));
      } else if (s) {
        out.add(new Param(t, "d" + n, "shadow of " + n + ": the direction on entry, the tangents of its final fields on exit; not null"));
      }
    }
    return out;
  }

  private static List<Param> adjointParams(MethodNode m) {
    List<Param> out = new ArrayList<>();
    Type[] types = Type.getArgumentTypes(m.desc);
    List<String> names = names(m);
    List<String> scalars = new ArrayList<>();
    for (int k = 0; k < types.length; k++) {
      String n = names.get(k), t = types[k].getClassName();
      if (Types.isDifferentiableArray(types[k])) {
        out.add(new Param(t, n, "input"));
        out.add(new Param(t, n + "Bar", "adjoint of " + n + ": seed for its final contents on entry, += its adjoint on exit; null: passive"));
      } else {
        out.add(new Param(t, n, Types.isScalar(types[k]) ? "input" : "passive input"));
        if (Types.isScalar(types[k])) {
          scalars.add(n);
        }
      }
    }
    Type r = Type.getReturnType(m.desc);
    if (Types.isDifferentiable(r)) {
      out.add(new Param(r.getClassName(), "seed", "adjoint of the result"));
    }
    if (!scalars.isEmpty()) {
      out.add(new Param("double[]", "grad", "receives the adjoints of " + String.join(", ", scalars) + " (+=), length >= " + scalars.size()));
    }
    return out;
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

  private static String descriptorOf(String javaType) {
    String base = javaType;
    StringBuilder dims = new StringBuilder();
    while (base.endsWith("[]")) {
      dims.append('[');
      base = base.substring(0, base.length() - 2);
    }
    String d = switch (base) {
      case "double" -> "D";
      case "float" -> "F";
      case "int" -> "I";
      case "long" -> "J";
      case "boolean" -> "Z";
      case "byte" -> "B";
      case "char" -> "C";
      case "short" -> "S";
      default -> "L" + base.replace('.', '/') + ";";
    };
    return dims + d;
  }
}
