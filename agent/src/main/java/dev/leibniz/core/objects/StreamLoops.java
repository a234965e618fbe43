package dev.leibniz.core.objects;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The counted loop that a sequential stream pipeline runs ({@link StreamPipelines} recognises
 * one), written as a static method's bytecode: the source's elements in order, each through the
 * stages (a {@code map}'s function, a {@code filter}'s test that skips the rest for that element),
 * into the terminal's accumulation. The terminal computes what the JDK's does, operation for
 * operation (JDK 17.0.15 and 18+): {@code sum()} and {@code average()} the compensated sum of
 * {@code Collectors.sumWithCompensation} and {@code computeFinalSum} (the count a {@code double},
 * the division last), {@code max()}/{@code min()} the JDK's {@code reduce(Math::max)}: the first
 * element, then {@code Math.max(acc, v)} (as {@code reduce(op)} with the given function); {@code count()} the
 * elements its filters keep, a {@code long} (the JDK may skip the maps when nothing filters: functions without
 * effects, as a stream's must be, give the same count). So the companions' value is the method's to the last bit.
 * Parameters: the source's arguments, each stage's function, the terminal's arguments, the
 * {@code orElse} value.
 */
final class StreamLoops {
  static final String OWNER = "dev/leibniz/core/objects/StreamLoops$Model";
  static final String NAME = "pipeline";

  enum Source { ARRAY, ARRAY_RANGE, VALUE, RANGE, RANGE_CLOSED }

  enum Stage { MAP, FILTER, MAP_TO_DOUBLE, SEQUENTIAL }

  enum Terminal { SUM, AVERAGE, MAX, MIN, REDUCE, REDUCE_FIRST, TO_ARRAY, COUNT }

  /** What an empty stream's optional gives: none (no optional), an exception, or the {@code orElse} value. */
  enum Empty { NONE, THROW, OR_ELSE }

  /** One pipeline's shape: everything the loop depends on (the functions are its parameters). */
  record Shape(Source source, List<Stage> stages, Terminal terminal, Empty empty) {
    /** The model method's descriptor. */
    String desc() {
      List<Type> params = new ArrayList<>();
      switch (source) {
        case ARRAY -> params.add(Type.getType("[D"));
        case ARRAY_RANGE -> params.addAll(List.of(Type.getType("[D"), Type.INT_TYPE, Type.INT_TYPE));
        case VALUE -> params.add(Type.DOUBLE_TYPE);
        case RANGE, RANGE_CLOSED -> params.addAll(List.of(Type.INT_TYPE, Type.INT_TYPE));
      }
      for (Stage s : stages) {
        if (s != Stage.SEQUENTIAL) params.add(Type.getObjectType(function(s)));
      }
      if (terminal == Terminal.REDUCE) params.addAll(List.of(Type.DOUBLE_TYPE, Type.getObjectType(BINARY)));
      if (terminal == Terminal.REDUCE_FIRST) params.add(Type.getObjectType(BINARY));
      if (empty == Empty.OR_ELSE) params.add(Type.DOUBLE_TYPE);
      Type result = switch (terminal) {
        case TO_ARRAY -> Type.getType("[D");
        case COUNT -> Type.LONG_TYPE;
        default -> Type.DOUBLE_TYPE;
      };
      return Type.getMethodDescriptor(result, params.toArray(new Type[0]));
    }

    boolean filters() {
      return stages.contains(Stage.FILTER);
    }
  }

  private static final String BINARY = "java/util/function/DoubleBinaryOperator";

  /** The functional interface a stage's function implements. */
  static String function(Stage s) {
    return switch (s) {
      case MAP -> "java/util/function/DoubleUnaryOperator";
      case FILTER -> "java/util/function/DoublePredicate";
      case MAP_TO_DOUBLE -> "java/util/function/IntToDoubleFunction";
      case SEQUENTIAL -> throw new IllegalArgumentException("sequential() takes no function");
    };
  }

  private final Shape shape;
  private final MethodVisitor mv;
  private int nextLocal;
  // parameters
  private int array = -1, from = -1, to = -1, value = -1, lo = -1, hi = -1, identity = -1, op = -1, other = -1;
  private final List<Integer> functions = new ArrayList<>();
  // locals
  private int i, end, v, sum, compensation, simple, count, seen, acc, buf, size, n;

  private StreamLoops(Shape shape, MethodVisitor mv) {
    this.shape = shape;
    this.mv = mv;
  }

  /** The model method of {@code shape}, with its max stack and locals. */
  static MethodNode model(Shape shape) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
    cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, OWNER, null, "java/lang/Object", null);
    MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE, NAME, shape.desc(), null, null);
    mv.visitCode();
    new StreamLoops(shape, mv).write();
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    ClassNode c = new ClassNode();
    new ClassReader(cw.toByteArray()).accept(c, 0);
    return c.methods.get(0);
  }

  private int local(Type t) {
    int at = nextLocal;
    nextLocal += t.getSize();
    return at;
  }

  private void write() {
    parameters();
    Label top = new Label(), next = new Label(), done = new Label();
    bounds();
    start();
    if (shape.source() == Source.RANGE_CLOSED) {
      mv.visitVarInsn(Opcodes.ILOAD, lo);
      mv.visitVarInsn(Opcodes.ILOAD, hi);
      mv.visitJumpInsn(Opcodes.IF_ICMPGT, done);
    }
    mv.visitLabel(top);
    if (shape.source() != Source.VALUE && shape.source() != Source.RANGE_CLOSED) {
      mv.visitVarInsn(Opcodes.ILOAD, i);
      mv.visitVarInsn(Opcodes.ILOAD, end);
      mv.visitJumpInsn(Opcodes.IF_ICMPGE, done);
    }
    element();
    int f = 0;
    for (Stage s : shape.stages()) {
      if (s == Stage.SEQUENTIAL) continue;
      stage(s, functions.get(f++), next);
    }
    accumulate();
    mv.visitLabel(next);
    switch (shape.source()) {
      case VALUE -> { } // one element: fall through to the end
      case RANGE_CLOSED -> { // i == hi ends the loop before i++ could overflow
        mv.visitVarInsn(Opcodes.ILOAD, i);
        mv.visitVarInsn(Opcodes.ILOAD, hi);
        mv.visitJumpInsn(Opcodes.IF_ICMPEQ, done);
        mv.visitIincInsn(i, 1);
        mv.visitJumpInsn(Opcodes.GOTO, top);
      }
      default -> {
        mv.visitIincInsn(i, 1);
        mv.visitJumpInsn(Opcodes.GOTO, top);
      }
    }
    mv.visitLabel(done);
    finish();
  }

  private void parameters() {
    switch (shape.source()) {
      case ARRAY -> array = local(Type.INT_TYPE);
      case ARRAY_RANGE -> {
        array = local(Type.INT_TYPE);
        from = local(Type.INT_TYPE);
        to = local(Type.INT_TYPE);
      }
      case VALUE -> value = local(Type.DOUBLE_TYPE);
      case RANGE, RANGE_CLOSED -> {
        lo = local(Type.INT_TYPE);
        hi = local(Type.INT_TYPE);
      }
    }
    for (Stage s : shape.stages()) {
      if (s != Stage.SEQUENTIAL) functions.add(local(Type.INT_TYPE));
    }
    if (shape.terminal() == Terminal.REDUCE) {
      identity = local(Type.DOUBLE_TYPE);
      op = local(Type.INT_TYPE);
    }
    if (shape.terminal() == Terminal.REDUCE_FIRST) op = local(Type.INT_TYPE);
    if (shape.empty() == Empty.OR_ELSE) other = local(Type.DOUBLE_TYPE);
    i = local(Type.INT_TYPE);
    end = local(Type.INT_TYPE);
    v = local(Type.DOUBLE_TYPE);
  }

  /** {@code Arrays.stream(a, from, to)}'s check ({@code Spliterators.checkFromToBounds}), same exceptions. */
  private void bounds() {
    if (shape.source() != Source.ARRAY_RANGE) return;
    Label ok1 = new Label(), ok2 = new Label(), ok3 = new Label();
    mv.visitVarInsn(Opcodes.ILOAD, from);
    mv.visitVarInsn(Opcodes.ILOAD, to);
    mv.visitJumpInsn(Opcodes.IF_ICMPLE, ok1);
    mv.visitTypeInsn(Opcodes.NEW, "java/lang/ArrayIndexOutOfBoundsException");
    mv.visitInsn(Opcodes.DUP);
    mv.visitLdcInsn("origin > fence in Arrays.stream(array, from, to)");
    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/ArrayIndexOutOfBoundsException", "<init>", "(Ljava/lang/String;)V", false);
    mv.visitInsn(Opcodes.ATHROW);
    mv.visitLabel(ok1);
    mv.visitVarInsn(Opcodes.ILOAD, from);
    mv.visitJumpInsn(Opcodes.IFGE, ok2);
    throwIndex(from);
    mv.visitLabel(ok2);
    mv.visitVarInsn(Opcodes.ILOAD, to);
    mv.visitVarInsn(Opcodes.ALOAD, array);
    mv.visitInsn(Opcodes.ARRAYLENGTH);
    mv.visitJumpInsn(Opcodes.IF_ICMPLE, ok3);
    throwIndex(to);
    mv.visitLabel(ok3);
  }

  private void throwIndex(int slot) {
    mv.visitTypeInsn(Opcodes.NEW, "java/lang/ArrayIndexOutOfBoundsException");
    mv.visitInsn(Opcodes.DUP);
    mv.visitVarInsn(Opcodes.ILOAD, slot);
    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/ArrayIndexOutOfBoundsException", "<init>", "(I)V", false);
    mv.visitInsn(Opcodes.ATHROW);
  }

  /** The loop's index range and the terminal's state. */
  private void start() {
    switch (shape.source()) {
      case ARRAY -> {
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitVarInsn(Opcodes.ISTORE, i);
        mv.visitVarInsn(Opcodes.ALOAD, array);
        mv.visitInsn(Opcodes.ARRAYLENGTH);
        mv.visitVarInsn(Opcodes.ISTORE, end);
      }
      case ARRAY_RANGE -> {
        mv.visitVarInsn(Opcodes.ILOAD, from);
        mv.visitVarInsn(Opcodes.ISTORE, i);
        mv.visitVarInsn(Opcodes.ILOAD, to);
        mv.visitVarInsn(Opcodes.ISTORE, end);
      }
      case RANGE, RANGE_CLOSED -> {
        mv.visitVarInsn(Opcodes.ILOAD, lo);
        mv.visitVarInsn(Opcodes.ISTORE, i);
        mv.visitVarInsn(Opcodes.ILOAD, hi);
        mv.visitVarInsn(Opcodes.ISTORE, end);
      }
      case VALUE -> { }
    }
    switch (shape.terminal()) {
      case SUM, AVERAGE -> {
        sum = zero();
        compensation = zero();
        simple = zero();
        if (shape.terminal() == Terminal.AVERAGE) count = zero();
      }
      case MAX, MIN, REDUCE_FIRST -> {
        seen = local(Type.INT_TYPE);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitVarInsn(Opcodes.ISTORE, seen);
        acc = zero();
      }
      case REDUCE -> {
        acc = local(Type.DOUBLE_TYPE);
        mv.visitVarInsn(Opcodes.DLOAD, identity);
        mv.visitVarInsn(Opcodes.DSTORE, acc);
      }
      case TO_ARRAY -> arrayState();
      case COUNT -> {
        acc = local(Type.LONG_TYPE);
        mv.visitInsn(Opcodes.LCONST_0);
        mv.visitVarInsn(Opcodes.LSTORE, acc);
      }
    }
  }

  private int zero() {
    int slot = local(Type.DOUBLE_TYPE);
    mv.visitInsn(Opcodes.DCONST_0);
    mv.visitVarInsn(Opcodes.DSTORE, slot);
    return slot;
  }

  /** {@code toArray()}: an array of the source's size, filled in order ({@code n} elements kept). */
  private void arrayState() {
    size = local(Type.INT_TYPE);
    switch (shape.source()) {
      case VALUE -> mv.visitInsn(Opcodes.ICONST_1);
      case RANGE_CLOSED -> { // lo <= hi ? hi - lo + 1 : 0
        Label empty = new Label(), set = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, lo);
        mv.visitVarInsn(Opcodes.ILOAD, hi);
        mv.visitJumpInsn(Opcodes.IF_ICMPGT, empty);
        mv.visitVarInsn(Opcodes.ILOAD, hi);
        mv.visitVarInsn(Opcodes.ILOAD, lo);
        mv.visitInsn(Opcodes.ISUB);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IADD);
        mv.visitJumpInsn(Opcodes.GOTO, set);
        mv.visitLabel(empty);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitLabel(set);
      }
      default -> { // i < end ? end - i : 0
        Label empty = new Label(), set = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, i);
        mv.visitVarInsn(Opcodes.ILOAD, end);
        mv.visitJumpInsn(Opcodes.IF_ICMPGE, empty);
        mv.visitVarInsn(Opcodes.ILOAD, end);
        mv.visitVarInsn(Opcodes.ILOAD, i);
        mv.visitInsn(Opcodes.ISUB);
        mv.visitJumpInsn(Opcodes.GOTO, set);
        mv.visitLabel(empty);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitLabel(set);
      }
    }
    mv.visitVarInsn(Opcodes.ISTORE, size);
    buf = local(Type.INT_TYPE);
    mv.visitVarInsn(Opcodes.ILOAD, size);
    mv.visitIntInsn(Opcodes.NEWARRAY, Opcodes.T_DOUBLE);
    mv.visitVarInsn(Opcodes.ASTORE, buf);
    n = local(Type.INT_TYPE);
    mv.visitInsn(Opcodes.ICONST_0);
    mv.visitVarInsn(Opcodes.ISTORE, n);
  }

  /** The current element into {@code v} (a range's stays the index {@code i}, for mapToDouble). */
  private void element() {
    switch (shape.source()) {
      case ARRAY, ARRAY_RANGE -> {
        mv.visitVarInsn(Opcodes.ALOAD, array);
        mv.visitVarInsn(Opcodes.ILOAD, i);
        mv.visitInsn(Opcodes.DALOAD);
        mv.visitVarInsn(Opcodes.DSTORE, v);
      }
      case VALUE -> {
        mv.visitVarInsn(Opcodes.DLOAD, value);
        mv.visitVarInsn(Opcodes.DSTORE, v);
      }
      case RANGE, RANGE_CLOSED -> { }
    }
  }

  private void stage(Stage s, int f, Label next) {
    mv.visitVarInsn(Opcodes.ALOAD, f);
    switch (s) {
      case MAP_TO_DOUBLE -> {
        mv.visitVarInsn(Opcodes.ILOAD, i);
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, function(s), "applyAsDouble", "(I)D", true);
        mv.visitVarInsn(Opcodes.DSTORE, v);
      }
      case MAP -> {
        mv.visitVarInsn(Opcodes.DLOAD, v);
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, function(s), "applyAsDouble", "(D)D", true);
        mv.visitVarInsn(Opcodes.DSTORE, v);
      }
      case FILTER -> {
        mv.visitVarInsn(Opcodes.DLOAD, v);
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, function(s), "test", "(D)Z", true);
        mv.visitJumpInsn(Opcodes.IFEQ, next);
      }
      case SEQUENTIAL -> throw new IllegalArgumentException();
    }
  }

  private void accumulate() {
    switch (shape.terminal()) {
      case SUM, AVERAGE -> compensatedAdd();
      case MAX, MIN, REDUCE_FIRST -> { // the JDK's reduce(op): the first element, then op(acc, v)
        Label first = new Label(), after = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, seen);
        mv.visitJumpInsn(Opcodes.IFEQ, first);
        if (shape.terminal() == Terminal.REDUCE_FIRST) mv.visitVarInsn(Opcodes.ALOAD, op);
        mv.visitVarInsn(Opcodes.DLOAD, acc);
        mv.visitVarInsn(Opcodes.DLOAD, v);
        if (shape.terminal() == Terminal.REDUCE_FIRST) {
          mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, BINARY, "applyAsDouble", "(DD)D", true);
        } else {
          String m = shape.terminal() == Terminal.MAX ? "max" : "min";
          mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Math", m, "(DD)D", false);
        }
        mv.visitVarInsn(Opcodes.DSTORE, acc);
        mv.visitJumpInsn(Opcodes.GOTO, after);
        mv.visitLabel(first);
        mv.visitVarInsn(Opcodes.DLOAD, v);
        mv.visitVarInsn(Opcodes.DSTORE, acc);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitVarInsn(Opcodes.ISTORE, seen);
        mv.visitLabel(after);
      }
      case REDUCE -> {
        mv.visitVarInsn(Opcodes.ALOAD, op);
        mv.visitVarInsn(Opcodes.DLOAD, acc);
        mv.visitVarInsn(Opcodes.DLOAD, v);
        mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, BINARY, "applyAsDouble", "(DD)D", true);
        mv.visitVarInsn(Opcodes.DSTORE, acc);
      }
      case TO_ARRAY -> {
        mv.visitVarInsn(Opcodes.ALOAD, buf);
        mv.visitVarInsn(Opcodes.ILOAD, n);
        mv.visitVarInsn(Opcodes.DLOAD, v);
        mv.visitInsn(Opcodes.DASTORE);
        mv.visitIincInsn(n, 1);
      }
      case COUNT -> { // the elements kept; what the maps made is not read
        mv.visitVarInsn(Opcodes.LLOAD, acc);
        mv.visitInsn(Opcodes.LCONST_1);
        mv.visitInsn(Opcodes.LADD);
        mv.visitVarInsn(Opcodes.LSTORE, acc);
      }
    }
  }

  /**
   * {@code Collectors.sumWithCompensation} (and the simple sum beside it; {@code average()} counts
   * first): {@code tmp = v - c; velvel = sum + tmp; c = (velvel - sum) - tmp; sum = velvel}.
   */
  private void compensatedAdd() {
    if (shape.terminal() == Terminal.AVERAGE) {
      mv.visitVarInsn(Opcodes.DLOAD, count);
      mv.visitInsn(Opcodes.DCONST_1);
      mv.visitInsn(Opcodes.DADD);
      mv.visitVarInsn(Opcodes.DSTORE, count);
    }
    int tmp = local(Type.DOUBLE_TYPE), velvel = local(Type.DOUBLE_TYPE);
    mv.visitVarInsn(Opcodes.DLOAD, v);
    mv.visitVarInsn(Opcodes.DLOAD, compensation);
    mv.visitInsn(Opcodes.DSUB);
    mv.visitVarInsn(Opcodes.DSTORE, tmp);
    mv.visitVarInsn(Opcodes.DLOAD, sum);
    mv.visitVarInsn(Opcodes.DLOAD, tmp);
    mv.visitInsn(Opcodes.DADD);
    mv.visitVarInsn(Opcodes.DSTORE, velvel);
    mv.visitVarInsn(Opcodes.DLOAD, velvel);
    mv.visitVarInsn(Opcodes.DLOAD, sum);
    mv.visitInsn(Opcodes.DSUB);
    mv.visitVarInsn(Opcodes.DLOAD, tmp);
    mv.visitInsn(Opcodes.DSUB);
    mv.visitVarInsn(Opcodes.DSTORE, compensation);
    mv.visitVarInsn(Opcodes.DLOAD, velvel);
    mv.visitVarInsn(Opcodes.DSTORE, sum);
    mv.visitVarInsn(Opcodes.DLOAD, simple);
    mv.visitVarInsn(Opcodes.DLOAD, v);
    mv.visitInsn(Opcodes.DADD);
    mv.visitVarInsn(Opcodes.DSTORE, simple);
  }

  private void finish() {
    switch (shape.terminal()) {
      case SUM -> {
        finalSum();
        mv.visitInsn(Opcodes.DRETURN);
      }
      case AVERAGE -> {
        Label empty = new Label();
        mv.visitVarInsn(Opcodes.DLOAD, count);
        mv.visitInsn(Opcodes.DCONST_0);
        mv.visitInsn(Opcodes.DCMPL);
        mv.visitJumpInsn(Opcodes.IFLE, empty);
        finalSum();
        mv.visitVarInsn(Opcodes.DLOAD, count);
        mv.visitInsn(Opcodes.DDIV);
        mv.visitInsn(Opcodes.DRETURN);
        mv.visitLabel(empty);
        whenEmpty();
      }
      case MAX, MIN, REDUCE_FIRST -> {
        Label empty = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, seen);
        mv.visitJumpInsn(Opcodes.IFEQ, empty);
        mv.visitVarInsn(Opcodes.DLOAD, acc);
        mv.visitInsn(Opcodes.DRETURN);
        mv.visitLabel(empty);
        whenEmpty();
      }
      case REDUCE -> {
        mv.visitVarInsn(Opcodes.DLOAD, acc);
        mv.visitInsn(Opcodes.DRETURN);
      }
      case COUNT -> {
        mv.visitVarInsn(Opcodes.LLOAD, acc);
        mv.visitInsn(Opcodes.LRETURN);
      }
      case TO_ARRAY -> {
        if (shape.filters()) { // fewer kept than the source had: the JDK's array has their length
          Label full = new Label();
          mv.visitVarInsn(Opcodes.ILOAD, n);
          mv.visitVarInsn(Opcodes.ILOAD, size);
          mv.visitJumpInsn(Opcodes.IF_ICMPEQ, full);
          mv.visitVarInsn(Opcodes.ALOAD, buf);
          mv.visitVarInsn(Opcodes.ILOAD, n);
          mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Arrays", "copyOf", "([DI)[D", false);
          mv.visitInsn(Opcodes.ARETURN);
          mv.visitLabel(full);
        }
        mv.visitVarInsn(Opcodes.ALOAD, buf);
        mv.visitInsn(Opcodes.ARETURN);
      }
    }
  }

  /** {@code Collectors.computeFinalSum}: {@code sum - c}, or the simple sum when that is NaN and the simple sum infinite. */
  private void finalSum() {
    Label plain = new Label(), after = new Label();
    int total = local(Type.DOUBLE_TYPE);
    mv.visitVarInsn(Opcodes.DLOAD, sum);
    mv.visitVarInsn(Opcodes.DLOAD, compensation);
    mv.visitInsn(Opcodes.DSUB);
    mv.visitVarInsn(Opcodes.DSTORE, total);
    mv.visitVarInsn(Opcodes.DLOAD, total);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "isNaN", "(D)Z", false);
    mv.visitJumpInsn(Opcodes.IFEQ, plain);
    mv.visitVarInsn(Opcodes.DLOAD, simple);
    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "isInfinite", "(D)Z", false);
    mv.visitJumpInsn(Opcodes.IFEQ, plain);
    mv.visitVarInsn(Opcodes.DLOAD, simple);
    mv.visitJumpInsn(Opcodes.GOTO, after);
    mv.visitLabel(plain);
    mv.visitVarInsn(Opcodes.DLOAD, total);
    mv.visitLabel(after);
  }

  /** An empty stream's optional: {@code orElse}'s value, or {@code getAsDouble()}'s exception. */
  private void whenEmpty() {
    if (shape.empty() == Empty.OR_ELSE) {
      mv.visitVarInsn(Opcodes.DLOAD, other);
      mv.visitInsn(Opcodes.DRETURN);
      return;
    }
    mv.visitTypeInsn(Opcodes.NEW, "java/util/NoSuchElementException");
    mv.visitInsn(Opcodes.DUP);
    mv.visitLdcInsn("No value present");
    mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/util/NoSuchElementException", "<init>", "(Ljava/lang/String;)V", false);
    mv.visitInsn(Opcodes.ATHROW);
  }
}
