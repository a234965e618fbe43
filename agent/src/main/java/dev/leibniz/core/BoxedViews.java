package dev.leibniz.core;

import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The {@code double} view of code written against boxes, for a call site that gives a boxed function numbers and
 * unboxes its result ({@link BoxedFunctionCalls}: {@code f.apply(x)} on a caller-given {@code Function<Double,
 * Double>}, seen as {@code double apply(double)}): the implementation's code — a class's {@code Double apply(Double t)},
 * a lambda's body {@code lambda$make$0(Double)Double} — copied as it is into a method taking {@code double}s, which it
 * boxes into the slots the code reads ({@code Double.valueOf}), each {@code return r} made {@code return ((Double)
 * r).doubleValue()}. Where the code only unboxes its argument and returns a box of its own computation, the lifter's
 * {@code Unboxing} sees through both, and the view is differentiated as any {@code double} code is; a box kept (stored,
 * passed on) stays a use of a box of an active value, and a write stays a write, each refused where it is judged (at
 * the first dispatch). The view of a class's method is only ever read through {@link #withView}, never defined; a
 * lambda's is the forwarder its companions belong to ({@code OnDemand.ofLambda}).
 */
public final class BoxedViews {
  private static final String DOUBLE = "java/lang/Double";

  private BoxedViews() {}

  /**
   * The view's descriptor of {@code desc} ({@code (Ljava/lang/Double;)Ljava/lang/Double;}): each {@code Double} parameter
   * and the {@code Double} result a {@code double}; null unless every parameter is a {@code Double} (one at least) and the
   * result is one.
   */
  public static String viewDesc(String desc) {
    Type[] params = Type.getArgumentTypes(desc);
    if (params.length == 0 || !isBox(Type.getReturnType(desc))) return null;
    Type[] view = new Type[params.length];
    for (int k = 0; k < params.length; k++) {
      if (!isBox(params[k])) return null;
      view[k] = Type.DOUBLE_TYPE;
    }
    return Type.getMethodDescriptor(Type.DOUBLE_TYPE, view);
  }

  /**
   * {@code base}, with class {@code owner}'s file read with the view of its instance method {@code owner.name(desc)}
   * added ({@link #viewDesc}; when the class declares that method with code and none of the view's descriptor).
   */
  public static ClassFinder withView(ClassFinder base, String owner, String name, String desc) {
    return ClassFinder.withEdited(base, owner, bytes -> viewed(bytes, name, desc));
  }

  private static byte[] viewed(byte[] bytes, String name, String desc) {
    String view = viewDesc(desc);
    ClassNode cn = ClassLibrary.parse(bytes);
    if (cn == null || view == null) return bytes;
    MethodNode original = null;
    for (MethodNode m : cn.methods) {
      if (m.name.equals(name) && m.desc.equals(view)) return bytes; // the class declares one: nothing to view
      if (m.name.equals(name) && m.desc.equals(desc)) original = m;
    }
    if (original == null || (original.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_STATIC)) != 0) return bytes;
    MethodNode copy = new MethodNode(original.access & ~(Opcodes.ACC_BRIDGE | Opcodes.ACC_SYNTHETIC), name, view, null,
        original.exceptions.toArray(new String[0]));
    Type self = Type.getObjectType(cn.name);
    if (!adapt(original, locals(self, desc), locals(self, view), copy)) return bytes;
    cn.methods.add(copy);
    ClassWriter w = new ClassWriter(0);
    cn.accept(w);
    return w.toByteArray();
  }

  /** The types of the parameters of {@code desc}, after {@code self} (null: a static method). */
  static Type[] locals(Type self, String desc) {
    Type[] params = Type.getArgumentTypes(desc);
    if (self == null) return params;
    Type[] out = new Type[params.length + 1];
    out[0] = self;
    System.arraycopy(params, 0, out, 1, params.length);
    return out;
  }

  /**
   * Fills {@code out} (its descriptor says its result; its parameters are {@code viewLocals}, its receiver first when it
   * has one) with {@code body}'s code (whose parameters are {@code bodyLocals}, as many): each parameter converted into
   * the body's ({@link #convert}) and stored in the slot the body reads, past the view's own; a boxed result unboxed.
   * False when a parameter or the result cannot be converted.
   */
  static boolean adapt(MethodNode body, Type[] bodyLocals, Type[] viewLocals, MethodNode out) {
    if (body.instructions == null || body.instructions.size() == 0 || bodyLocals.length != viewLocals.length) return false;
    Type result = Type.getReturnType(out.desc), bodyResult = Type.getReturnType(body.desc);
    boolean unbox = !result.equals(bodyResult);
    if (unbox && !(result.equals(Type.DOUBLE_TYPE) && isBoxOrSuper(bodyResult))) return false;
    int shift = 0;
    for (Type t : viewLocals) shift += t.getSize();
    InsnList code = new InsnList();
    for (AbstractInsnNode n : body.instructions) { // the boxing at the body's first line, where a diagnostic names it
      if (n instanceof org.objectweb.asm.tree.LineNumberNode line) {
        LabelNode start = new LabelNode();
        code.add(start);
        code.add(new org.objectweb.asm.tree.LineNumberNode(line.line, start));
        break;
      }
    }
    int from = 0, to = shift;
    for (int k = 0; k < viewLocals.length; k++) {
      if (!convert(code, viewLocals[k], from, bodyLocals[k], to)) return false;
      from += viewLocals[k].getSize();
      to += bodyLocals[k].getSize();
    }
    Map<LabelNode, LabelNode> labels = new HashMap<>();
    for (AbstractInsnNode n : body.instructions) if (n instanceof LabelNode l) labels.put(l, new LabelNode());
    for (AbstractInsnNode n : body.instructions) {
      if (n instanceof FrameNode) continue;
      AbstractInsnNode c = n.clone(labels);
      if (c instanceof VarInsnNode v) v.var += shift;
      if (c instanceof IincInsnNode i) i.var += shift;
      if (unbox && c.getOpcode() == Opcodes.ARETURN) {
        code.add(new TypeInsnNode(Opcodes.CHECKCAST, DOUBLE));
        code.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, DOUBLE, "doubleValue", "()D", false));
        code.add(new InsnNode(Opcodes.DRETURN));
      } else {
        code.add(c);
      }
    }
    out.instructions = code;
    out.tryCatchBlocks = new java.util.ArrayList<>();
    for (TryCatchBlockNode t : body.tryCatchBlocks) {
      out.tryCatchBlocks.add(new TryCatchBlockNode(labels.get(t.start), labels.get(t.end), labels.get(t.handler), t.type));
    }
    out.localVariables = null;
    out.maxLocals = body.maxLocals + shift;
    out.maxStack = Math.max(body.maxStack, 2) + 2;
    return true;
  }

  /**
   * Loads view parameter slot {@code from} of type {@code v} and stores it into slot {@code to} as the body's type
   * {@code b}: a {@code double} boxed for a box (or the {@code Object} an erased body takes), a forwarder's carrier of a
   * captured value ({@code long} bits, an {@code Object} for an array: LambdaBodies.forwarder) turned back. False for
   * anything else.
   */
  private static boolean convert(InsnList code, Type v, int from, Type b, int to) {
    code.add(new VarInsnNode(v.getOpcode(Opcodes.ILOAD), from));
    if (v.equals(b)) {
      // as it is
    } else if (v.getSort() == Type.DOUBLE && isBoxOrSuper(b)) {
      code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, DOUBLE, "valueOf", "(D)Ljava/lang/Double;", false));
    } else if (v.getSort() == Type.LONG && b.getSort() == Type.DOUBLE) {
      code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, DOUBLE, "longBitsToDouble", "(J)D", false));
    } else if (v.getSort() == Type.INT && b.getSort() == Type.FLOAT) {
      code.add(new MethodInsnNode(Opcodes.INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F", false));
    } else if (isReference(v) && isReference(b)) {
      code.add(new TypeInsnNode(Opcodes.CHECKCAST, b.getSort() == Type.ARRAY ? b.getDescriptor() : b.getInternalName()));
    } else {
      return false;
    }
    code.add(new VarInsnNode(b.getOpcode(Opcodes.ISTORE), to));
    return true;
  }

  /**
   * The forwarder of a boxed function's lambda created in {@code creator} at {@code site} (OnDemand.ofLambda): named as
   * the body it copies, else as {@link LambdaBodies#forwarder}'s, taking the captured values as their carriers, then a {@code double} for each
   * {@code Double} of the function, returning a {@code double}. Its code is the body's own when the body is a static or
   * private method of {@code creator} (its calls of private methods made nestmates' {@code invokevirtual}), else a call
   * of the referenced method; null when neither fits (a constructor, a super call, types a view cannot convert).
   */
  static MethodNode forwarder(ClassNode creator, org.objectweb.asm.tree.InvokeDynamicInsnNode site, org.objectweb.asm.Handle impl) {
    String view = viewDesc(((Type) site.bsmArgs[2]).getDescriptor());
    Type[] captured = Type.getArgumentTypes(site.desc), params = Type.getArgumentTypes(view);
    Type[] viewLocals = new Type[captured.length + params.length];
    for (int k = 0; k < captured.length; k++) viewLocals[k] = LambdaBodies.carrier(captured[k]);
    System.arraycopy(params, 0, viewLocals, captured.length, params.length);
    int tag = impl.getTag();
    boolean own = impl.getOwner().equals(creator.name) && (tag == Opcodes.H_INVOKESTATIC || tag == Opcodes.H_INVOKESPECIAL);
    // a copied body keeps its name, which diagnostics then show
    MethodNode out = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
        own ? impl.getName() : LambdaBodies.forwarderName(site), Type.getMethodDescriptor(Type.DOUBLE_TYPE, viewLocals), null, null);
    MethodNode body = own ? LambdaBodies.bodyOf(creator, impl) : call(impl);
    if (body == null) return null;
    Type self = own && tag == Opcodes.H_INVOKESPECIAL ? Type.getObjectType(creator.name) : null;
    return adapt(body, locals(self, body.desc), viewLocals, out) ? nestmateCalls(out, creator.name) : null;
  }

  /**
   * {@code copy} (a body's code copied) with its calls of private methods of {@code owner} made {@code invokevirtual}
   * ({@code invokeinterface}), as a nestmate must call them; null for a super call.
   */
  private static MethodNode nestmateCalls(MethodNode copy, String owner) {
    for (AbstractInsnNode n : copy.instructions.toArray()) {
      if (n.getOpcode() != Opcodes.INVOKESPECIAL || ((MethodInsnNode) n).name.equals("<init>")) continue;
      MethodInsnNode c = (MethodInsnNode) n;
      if (!c.owner.equals(owner)) return null;
      copy.instructions.set(c, new MethodInsnNode(c.itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, c.owner, c.name, c.desc, c.itf));
    }
    return copy;
  }

  /** A static method calling {@code impl} with its parameters (the receiver first for an instance method), or null for a constructor. */
  private static MethodNode call(org.objectweb.asm.Handle impl) {
    int opcode;
    switch (impl.getTag()) {
      case Opcodes.H_INVOKESTATIC: opcode = Opcodes.INVOKESTATIC; break;
      case Opcodes.H_INVOKEVIRTUAL: opcode = Opcodes.INVOKEVIRTUAL; break;
      case Opcodes.H_INVOKEINTERFACE: opcode = Opcodes.INVOKEINTERFACE; break;
      default: return null;
    }
    Type self = opcode == Opcodes.INVOKESTATIC ? null : Type.getObjectType(impl.getOwner());
    Type[] params = locals(self, impl.getDesc());
    Type result = Type.getReturnType(impl.getDesc());
    MethodNode m = new MethodNode(Opcodes.ASM9, Opcodes.ACC_STATIC, impl.getName(), Type.getMethodDescriptor(result, params), null, null);
    int slot = 0;
    for (Type t : params) {
      m.instructions.add(new VarInsnNode(t.getOpcode(Opcodes.ILOAD), slot));
      slot += t.getSize();
    }
    m.instructions.add(new MethodInsnNode(opcode, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface()));
    m.instructions.add(new InsnNode(result.getOpcode(Opcodes.IRETURN)));
    m.maxLocals = slot;
    m.maxStack = slot + 2;
    return m;
  }

  /** {@code Double}. */
  static boolean isBox(Type t) {
    return t.getSort() == Type.OBJECT && t.getInternalName().equals(DOUBLE);
  }

  /** {@code Double}, or a class a {@code Double} is (the {@code Object} of an erased type variable, {@code Number}). */
  private static boolean isBoxOrSuper(Type t) {
    return isBox(t) || t.getSort() == Type.OBJECT && (t.getInternalName().equals("java/lang/Object") || t.getInternalName().equals("java/lang/Number"));
  }

  private static boolean isReference(Type t) {
    return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
  }
}
