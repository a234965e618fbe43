package dev.leibniz.fuzz;

/** The parameter and return types a generated program uses, with their Java spelling. */
enum ParamKind {
  DOUBLE("double", double.class, true, false),
  FLOAT("float", float.class, true, false),
  DOUBLE_ARRAY("double[]", double[].class, true, true),
  FLOAT_ARRAY("float[]", float[].class, true, true),
  INT("int", int.class, false, false),
  VOID("void", void.class, false, false);

  final String javaName;
  final Class<?> type;
  final boolean differentiable;
  final boolean array;

  ParamKind(String javaName, Class<?> type, boolean differentiable, boolean array) {
    this.javaName = javaName;
    this.type = type;
    this.differentiable = differentiable;
    this.array = array;
  }

  boolean isFloat() {
    return this == FLOAT || this == FLOAT_ARRAY;
  }

  boolean isScalar() {
    return differentiable && !array;
  }
}
