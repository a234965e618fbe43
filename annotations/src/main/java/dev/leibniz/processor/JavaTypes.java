package dev.leibniz.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Types in Java source (without type annotations), their erasure's class literal and JVM descriptor. */
final class JavaTypes {
  private final Types types;
  private final Elements elements;

  JavaTypes(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /** {@code t} as source, type arguments included: {@code java.util.List<? extends T>}. */
  String source(TypeMirror t) {
    switch (t.getKind()) {
      case ARRAY:
        return source(((ArrayType) t).getComponentType()) + "[]";
      case DECLARED:
        return declared((DeclaredType) t);
      case TYPEVAR:
        return ((TypeVariable) t).asElement().getSimpleName().toString();
      case WILDCARD:
        WildcardType w = (WildcardType) t;
        return w.getExtendsBound() != null ? "? extends " + source(w.getExtendsBound())
            : w.getSuperBound() != null ? "? super " + source(w.getSuperBound()) : "?";
      default:
        return t.getKind().isPrimitive() || t.getKind() == TypeKind.VOID ? t.getKind().name().toLowerCase() : t.toString();
    }
  }

  private String declared(DeclaredType d) {
    TypeElement e = (TypeElement) d.asElement();
    TypeMirror enclosing = d.getEnclosingType();
    String name = enclosing.getKind() == TypeKind.DECLARED && !((DeclaredType) enclosing).getTypeArguments().isEmpty()
        ? declared((DeclaredType) enclosing) + "." + e.getSimpleName()
        : e.getQualifiedName().toString();
    if (d.getTypeArguments().isEmpty()) {
      return name;
    }
    List<String> args = new ArrayList<>();
    for (TypeMirror a : d.getTypeArguments()) {
      args.add(source(a));
    }
    return name + "<" + String.join(", ", args) + ">";
  }

  /** The class literal of {@code t}'s erasure: {@code java.util.List.class}, {@code double[].class}. */
  String classLiteral(TypeMirror t) {
    return source(types.erasure(t)) + ".class";
  }

  /** The JVM descriptor of {@code t}'s erasure. */
  String descriptor(TypeMirror t) {
    TypeMirror e = types.erasure(t);
    switch (e.getKind()) {
      case BOOLEAN: return "Z";
      case BYTE: return "B";
      case CHAR: return "C";
      case SHORT: return "S";
      case INT: return "I";
      case LONG: return "J";
      case FLOAT: return "F";
      case DOUBLE: return "D";
      case VOID: return "V";
      case ARRAY: return "[" + descriptor(((ArrayType) e).getComponentType());
      case DECLARED:
        return "L" + elements.getBinaryName((TypeElement) ((DeclaredType) e).asElement()).toString().replace('.', '/') + ";";
      default:
        return "Ljava/lang/Object;";
    }
  }

  /** {@code <T extends Number, U>}, or empty. */
  String typeParameters(List<? extends TypeParameterElement> params) {
    if (params.isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (TypeParameterElement p : params) {
      List<String> bounds = new ArrayList<>();
      for (TypeMirror b : p.getBounds()) {
        String s = source(b);
        if (!s.equals("java.lang.Object")) {
          bounds.add(s);
        }
      }
      out.add(p.getSimpleName() + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
    }
    return "<" + String.join(", ", out) + "> ";
  }

  /** Whether code in the package of {@code e} can name {@code t} (no private or local type in it). */
  boolean accessible(TypeMirror t) {
    switch (t.getKind()) {
      case ARRAY:
        return accessible(((ArrayType) t).getComponentType());
      case DECLARED:
        DeclaredType d = (DeclaredType) t;
        for (TypeMirror a : d.getTypeArguments()) {
          if (!accessible(a)) {
            return false;
          }
        }
        return accessible((TypeElement) d.asElement());
      case WILDCARD:
        WildcardType w = (WildcardType) t;
        return (w.getExtendsBound() == null || accessible(w.getExtendsBound()))
            && (w.getSuperBound() == null || accessible(w.getSuperBound()));
      case ERROR:
        return false;
      default:
        return true;
    }
  }

  /** A type that code of its package can name: neither it nor a type enclosing it is private or local. */
  static boolean accessible(TypeElement e) {
    for (Element x = e; x.getKind().isClass() || x.getKind().isInterface(); x = x.getEnclosingElement()) {
      TypeElement te = (TypeElement) x;
      if (te.getModifiers().contains(Modifier.PRIVATE) || te.getNestingKind() == NestingKind.LOCAL
          || te.getNestingKind() == NestingKind.ANONYMOUS) {
        return false;
      }
      if (x.getEnclosingElement() == null || x.getEnclosingElement().getKind() == ElementKind.PACKAGE
          || x.getEnclosingElement().getKind() == ElementKind.MODULE) {
        break;
      }
    }
    return true;
  }

  /** Whether any type in {@code t} is not yet known (made by another processor in a later round). */
  static boolean erroneous(TypeMirror t) {
    switch (t.getKind()) {
      case ERROR:
        return true;
      case ARRAY:
        return erroneous(((ArrayType) t).getComponentType());
      case DECLARED:
        for (TypeMirror a : ((DeclaredType) t).getTypeArguments()) {
          if (erroneous(a)) {
            return true;
          }
        }
        return false;
      default:
        return false;
    }
  }
}
