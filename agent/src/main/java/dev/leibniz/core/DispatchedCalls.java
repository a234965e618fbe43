package dev.leibniz.core;

import dev.leibniz.core.analysis.DispatchedCode;
import dev.leibniz.core.ir.MethodRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * What a call of an overridable method of another class (or one this class inherits) runs when
 * the receiver's class overrides nothing on the way: the declaration its named class resolves to,
 * what that code writes ({@link WriteSummaries}), and the overridable methods of the receiver's
 * types that it calls, transitively (an inherited argument check {@code test(values, begin,
 * length)} calling {@code test(values, begin, length, false)}), which the run-time check of a kept
 * call compares for the receiver's class ({@link DispatchedCode}). Calls on other objects are taken
 * to run the code they name, as for every callee whose writes are summarised.
 */
final class DispatchedCalls {
  /** How deep the overridable calls of the code are followed; deeper ones make the answer unknown. */
  private static final int MAX_DEPTH = 8;

  private final SourceClass source;
  private final ClassLibrary library;
  private final WriteSummaries writes;
  private final Map<String, Optional<DispatchedCode>> known = new HashMap<>();

  /** For a type given shadow slots only as a supertype, the classes with shadows below it (Shadows.implementations). */
  private final java.util.function.Function<String, List<String>> implementations;

  DispatchedCalls(SourceClass source, ClassLibrary library, WriteSummaries writes) {
    this(source, library, writes, null);
  }

  DispatchedCalls(SourceClass source, ClassLibrary library, WriteSummaries writes,
      java.util.function.Function<String, List<String>> implementations) {
    this.source = source;
    this.library = library;
    this.writes = writes;
    this.implementations = implementations;
  }

  /** The code an overridable call of {@code m} runs, or null when it is not known here. */
  DispatchedCode of(MethodRef m) {
    if (m.isStatic() || m.opcode() == Opcodes.INVOKESPECIAL || m.name().startsWith("<")) return null;
    return known.computeIfAbsent(m.toString(), k -> Optional.ofNullable(find(m))).orElse(null);
  }

  /**
   * For an overridable method this class declares with code and calls on its objects, whose result carries no
   * derivative (Smile's {@code search(x)}, an interval index that caches the last one in integer fields): the code it
   * runs for receivers that do not override it, so that a call of it given an active value can be kept as a passive
   * call behind a check of the receiver's class (as an inherited one is), instead of being called for its value and
   * again in its companion. Null otherwise.
   */
  DispatchedCode ofOwn(MethodRef m) {
    MethodNode mn = source.methods.get(m.name() + m.desc());
    if (mn == null || m.isStatic() || m.opcode() != Opcodes.INVOKEVIRTUAL || !hasOrdinaryCode(mn)
        || !source.cn.methods.contains(mn) || SourceClass.isMarked(mn)) {
      return null;
    }
    return known.computeIfAbsent("own " + m, k -> Optional.ofNullable(code(m, new ClassLibrary.Declaration(source.cn, mn), source.cn)))
        .orElse(null);
  }

  private DispatchedCode find(MethodRef m) {
    boolean own = m.owner().equals(source.cn.name);
    org.objectweb.asm.tree.MethodNode ownMethod = own ? source.methods.get(m.name() + m.desc()) : null;
    // own methods get companions; not javac's visibility bridge of an inherited method (liblinear's public
    // L2R_L2_SvrFunction re-declaring get_nr_variable() of its package-private superclass): it runs the inherited code,
    // which is read here, and the run-time check passes bridges over (Helpers.runner)
    if (ownMethod != null && !TemplateView.isVisibilityBridge(source.cn, ownMethod)) return null;
    String from = own ? source.cn.superName : m.owner();
    if (from == null || ClassLibrary.isJdk(from)) return null;
    ClassLibrary.Declaration d = library.resolve(new MethodRef(m.opcode(), from, m.name(), m.desc(), m.itf()));
    ClassNode receiverType = own ? source.cn : library.classNode(m.owner());
    if (d != null && !hasOrdinaryCode(d.method()) && implementations != null) {
      // an abstract method of a type given shadow slots as the supertype of classes with shadows (Flink
      // ML's Vector.size(), DenseVector's and SparseVector's): the code each of those classes runs, joined;
      // the check passes a receiver that runs one of them (Helpers.relinkRuns)
      DispatchedCode joined = null;
      for (String below : implementations.apply(m.owner())) {
        DispatchedCode one = code(m, library.resolve(new MethodRef(Opcodes.INVOKEVIRTUAL, below, m.name(), m.desc(), false)),
            library.classNode(below));
        if (one == null) return null;
        joined = joined == null ? one : joined.or(one);
      }
      return joined;
    }
    return code(m, d, receiverType);
  }

  /** What {@code d} runs for receivers of {@code receiverType} that override nothing on the way; null when not known. */
  private DispatchedCode code(MethodRef m, ClassLibrary.Declaration d, ClassNode receiverType) {
    if (d == null || !hasOrdinaryCode(d.method()) || SourceClass.isMarked(d.method()) || receiverType == null) return null;
    Set<String> types = supertypes(receiverType);
    List<String> overridable = new ArrayList<>(List.of(m.name() + m.desc()));
    if (!collect(d, types, overridable, new HashSet<>(), 0)) return null;
    boolean itf = (d.owner().access & Opcodes.ACC_INTERFACE) != 0;
    MethodRef declared = new MethodRef(itf ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, d.owner().name, m.name(), m.desc(), itf);
    return new DispatchedCode(declared, d.owner().name.replace('/', '.'), overridable, writes.of(declared));
  }

  private static boolean hasOrdinaryCode(MethodNode mn) {
    return (mn.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE | Opcodes.ACC_STATIC)) == 0;
  }

  /**
   * Adds to {@code out} the overridable methods of {@code types} that {@code d}'s code calls, and
   * follows them and the statically bound ones of those types; false when the code goes too deep
   * or reaches a method whose code cannot be read.
   */
  private boolean collect(ClassLibrary.Declaration d, Set<String> types, List<String> out, Set<String> seen, int depth) {
    if (!seen.add(d.owner().name + "." + d.method().name + d.method().desc)) return true;
    if (depth > MAX_DEPTH) return false;
    for (AbstractInsnNode n : d.method().instructions) {
      if (!(n instanceof MethodInsnNode)) continue;
      MethodInsnNode c = (MethodInsnNode) n;
      if (!types.contains(c.owner) || c.name.startsWith("<") || c.getOpcode() == Opcodes.INVOKESTATIC) continue;
      // a call of a method this class declares (in its own code, ofOwn: Smile's search calling its private locate) runs that
      MethodNode declared = c.owner.equals(source.cn.name) ? source.methods.get(c.name + c.desc) : null;
      String owner = c.owner.equals(source.cn.name) ? source.cn.superName : c.owner;
      ClassLibrary.Declaration callee = declared != null && source.cn.methods.contains(declared) ? new ClassLibrary.Declaration(source.cn, declared)
          : owner == null ? null : library.resolve(new MethodRef(c.getOpcode(), owner, c.name, c.desc, c.itf));
      if (callee == null || (callee.method().access & Opcodes.ACC_ABSTRACT) != 0) return false;
      boolean bound = c.getOpcode() == Opcodes.INVOKESPECIAL
          || (callee.method().access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL)) != 0;
      if (!bound && !out.contains(c.name + c.desc)) out.add(c.name + c.desc);
      if (!ClassLibrary.isJdk(callee.owner().name) && !collect(callee, types, out, seen, depth + 1)) return false;
    }
    return true;
  }

  /** {@code c} and its supertypes outside the JDK, by internal name. */
  private Set<String> supertypes(ClassNode c) {
    Set<String> out = new HashSet<>();
    ArrayDeque<ClassNode> todo = new ArrayDeque<>();
    if (c != null) todo.add(c);
    while (!todo.isEmpty()) {
      ClassNode k = todo.poll();
      if (!out.add(k.name)) continue;
      List<String> up = new ArrayList<>(k.interfaces);
      if (k.superName != null) up.add(k.superName);
      for (String s : up) {
        ClassNode sn = s.equals(source.cn.name) ? source.cn : library.classNode(s);
        if (sn != null) todo.add(sn);
      }
    }
    return out;
  }
}
