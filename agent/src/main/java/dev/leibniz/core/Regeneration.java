package dev.leibniz.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The companions of a class whose methods another agent changed after the companions were
 * generated (a retransformation: a mocking library, a tracer). A retransformation may change
 * method bodies but cannot add or remove methods or fields, so each generated member keeps its
 * name and descriptor and gets the body generated from the class as it now is; a generated member
 * that the new code no longer gives (the changed method cannot be differentiated, or needs other
 * generated members), or whose new body would call a member the class lacks, gets a body that
 * throws an {@link IllegalStateException} naming the retransformation. Pure: bytes in, bytes out.
 */
public final class Regeneration {
  private Regeneration() {}

  /**
   * What became of a class: its bytes with every generated member's body regenerated or made to
   * throw, and one line per member made to throw (why).
   */
  public record Outcome(byte[] bytes, List<String> dropped) {}

  /** The class {@code current} (original methods as another agent left them, stale companions) with fresh companions. */
  public static Outcome regenerate(byte[] current, ClassFinder finder) {
    return regenerate(current, finder, (original, transformed) -> transformed);
  }

  /**
   * {@link #regenerate(byte[], ClassFinder)} for a caller that finishes the core's output before
   * the class is defined: {@code finish} takes the class without its generated members and the
   * core's {@link Result#transformed() transformed} class, and returns the class as the caller
   * defines it (the agent's run-time self-check wraps the companions), so that the regenerated
   * members are the ones the class had: the same names, descriptors and wrapping.
   */
  public static Outcome regenerate(byte[] current, ClassFinder finder, BinaryOperator<byte[]> finish) {
    ClassNode cn = new ClassNode();
    new ClassReader(current).accept(cn, 0);
    Set<String> generated = generatedMembers(cn);
    Map<String, MethodNode> fresh = freshCompanions(cn, generated, finder, finish);
    Set<String> present = new HashSet<>();
    for (MethodNode m : cn.methods) present.add(m.name + m.desc);
    Set<String> fields = new HashSet<>();
    for (FieldNode f : cn.fields) fields.add(f.name);
    Map<String, String> dropped = new java.util.LinkedHashMap<>();
    for (MethodNode m : cn.methods) {
      if (!generated.contains(m.name + m.desc)) continue;
      MethodNode n = fresh.get(m.name + m.desc);
      if (n == null) {
        dropped.put(m.name + m.desc, "the changed code does not give it (it cannot be differentiated as it now is, or its companions changed shape)");
      } else {
        String missing = missingMember(n, cn.name, present, fields);
        if (missing != null) dropped.put(m.name + m.desc, "its new code would need " + missing + ", which the class does not have (a retransformation cannot add members)");
        else replaceBody(m, n);
      }
    }
    List<String> lines = new ArrayList<>();
    for (MethodNode m : cn.methods) {
      String why = dropped.get(m.name + m.desc);
      if (why == null) continue;
      String message = "leibniz: " + cn.name.replace('/', '.') + " was retransformed by another agent after its companions were generated,"
          + " and its companion " + m.name + " could not be regenerated: " + why
          + "; differentiate the class as it now is by changing it before the agent sees it, or without the other agent";
      throwing(m, message);
      lines.add(message);
    }
    ClassWriter w = new ClassWriter(0);
    cn.accept(w);
    return new Outcome(w.toByteArray(), lines);
  }

  /**
   * The class {@code current} with every generated member made to throw {@code
   * IllegalStateException("leibniz: <class> " + why)}: what a class holds while its companions
   * wait to be regenerated (an error, never the derivative of code that no longer runs).
   */
  public static byte[] interim(byte[] current, String why) {
    ClassNode cn = new ClassNode();
    new ClassReader(current).accept(cn, 0);
    Set<String> generated = generatedMembers(cn);
    for (MethodNode m : cn.methods) {
      if (generated.contains(m.name + m.desc)) throwing(m, "leibniz: " + cn.name.replace('/', '.') + " " + why);
    }
    ClassWriter w = new ClassWriter(0);
    cn.accept(w);
    return w.toByteArray();
  }

  /**
   * The members the core generated ({@code name+desc}): the {@code leibniz$} helpers and hosted
   * companions, and every method named after another method of the class with a companion suffix.
   */
  static Set<String> generatedMembers(ClassNode cn) {
    Set<String> names = new HashSet<>();
    for (MethodNode m : cn.methods) names.add(m.name);
    Set<String> out = new HashSet<>();
    for (MethodNode m : cn.methods) {
      if (m.name.startsWith(Companions.HELPER_PREFIX) || isCompanionName(m.name, names)) out.add(m.name + m.desc);
    }
    return out;
  }

  private static boolean isCompanionName(String name, Set<String> names) {
    for (String suffix : new String[] {"$tangent", "$adjoint", "$pattern", "$part"}) {
      for (int at = name.indexOf(suffix); at > 0; at = name.indexOf(suffix, at + 1)) {
        if (names.contains(name.substring(0, at))) return true;
      }
    }
    return false;
  }

  /**
   * The members the core generates for the class without its generated members, as {@code
   * finish} leaves them, by {@code name+desc}: the methods of the finished class that the stripped
   * class lacks.
   */
  private static Map<String, MethodNode> freshCompanions(ClassNode cn, Set<String> generated, ClassFinder finder,
      BinaryOperator<byte[]> finish) {
    ClassNode stripped = new ClassNode();
    cn.accept(stripped);
    stripped.methods.removeIf(m -> generated.contains(m.name + m.desc));
    stripped.fields.removeIf(f -> f.name.startsWith(Companions.HELPER_PREFIX));
    ClassWriter w = new ClassWriter(0);
    stripped.accept(w);
    byte[] strippedBytes = w.toByteArray();
    Result r = new ClassDifferentiator(finder).differentiate(strippedBytes);
    Map<String, MethodNode> out = new HashMap<>();
    if (r.transformed() == null) return out;
    Set<String> before = new HashSet<>();
    for (MethodNode m : stripped.methods) before.add(m.name + m.desc);
    ClassNode finished = new ClassNode();
    new ClassReader(finish.apply(strippedBytes, r.transformed())).accept(finished, 0);
    for (MethodNode m : finished.methods) {
      if (!m.name.equals("<clinit>") && !before.contains(m.name + m.desc)) out.put(m.name + m.desc, m);
    }
    return out;
  }

  /** A member of class {@code owner} that {@code m} uses and the class lacks, in Java words, or null. */
  private static String missingMember(MethodNode m, String owner, Set<String> methods, Set<String> fields) {
    for (AbstractInsnNode n : m.instructions) {
      if (n instanceof MethodInsnNode && ((MethodInsnNode) n).owner.equals(owner)
          && !methods.contains(((MethodInsnNode) n).name + ((MethodInsnNode) n).desc)) {
        return "the method " + ((MethodInsnNode) n).name;
      }
      if (n instanceof FieldInsnNode && ((FieldInsnNode) n).owner.equals(owner) && !fields.contains(((FieldInsnNode) n).name)) {
        return "the field " + ((FieldInsnNode) n).name;
      }
      if (n instanceof InvokeDynamicInsnNode) {
        InvokeDynamicInsnNode d = (InvokeDynamicInsnNode) n;
        List<Object> handles = new ArrayList<>(List.of(d.bsmArgs));
        handles.add(d.bsm);
        for (Object a : handles) {
          if (a instanceof Handle && ((Handle) a).getOwner().equals(owner) && !methods.contains(((Handle) a).getName() + ((Handle) a).getDesc())) {
            return "the method " + ((Handle) a).getName();
          }
        }
      }
    }
    return null;
  }

  private static void replaceBody(MethodNode m, MethodNode n) {
    m.instructions = n.instructions;
    m.tryCatchBlocks = n.tryCatchBlocks;
    m.maxStack = n.maxStack;
    m.maxLocals = n.maxLocals;
    m.localVariables = n.localVariables;
    m.visibleLocalVariableAnnotations = null;
    m.invisibleLocalVariableAnnotations = null;
  }

  /** Makes {@code m} throw {@code IllegalStateException(message)} (no branch: needs no frame). */
  private static void throwing(MethodNode m, String message) {
    InsnList code = new InsnList();
    code.add(new TypeInsnNode(Opcodes.NEW, "java/lang/IllegalStateException"));
    code.add(new InsnNode(Opcodes.DUP));
    code.add(new LdcInsnNode(message));
    code.add(new MethodInsnNode(Opcodes.INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "(Ljava/lang/String;)V", false));
    code.add(new InsnNode(Opcodes.ATHROW));
    m.instructions = code;
    m.tryCatchBlocks = new ArrayList<>();
    m.maxStack = 3;
    int locals = (m.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    for (Type t : Type.getArgumentTypes(m.desc)) locals += t.getSize();
    m.maxLocals = locals;
    m.localVariables = null;
    m.visibleLocalVariableAnnotations = null;
    m.invisibleLocalVariableAnnotations = null;
  }
}
