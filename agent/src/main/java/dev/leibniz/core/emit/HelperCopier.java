package dev.leibniz.core.emit;

import dev.leibniz.core.Companions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** Copies the {@link Helpers} templates a class needs into it, as private static synthetic methods. */
public final class HelperCopier {
  private static final String TEMPLATE = Type().replace('.', '/');
  private static final byte[] TEMPLATE_BYTES = load();

  /**
   * Helpers that code rewritten before differentiation calls (a checkpointed loop's driver reads
   * the tape budget): they write no array, field or static that existed before the call and read
   * no bit pattern. Their code is copied into the class only after differentiation, so the
   * analyses see a call without code; without this they would count as "may do anything",
   * bit reads included, and every caller of a method holding a driver would be refused.
   */
  private static final Set<String> WRITE_FREE = Set.of("tapeBudget", "checkpointPlan");

  private HelperCopier() {}

  /** True when {@code name} (prefixed, as called from the class) is a helper in {@link #WRITE_FREE}. */
  public static boolean writesNothing(String name) {
    return name.startsWith(Companions.HELPER_PREFIX) && WRITE_FREE.contains(name.substring(Companions.HELPER_PREFIX.length()));
  }

  /**
   * {@link Helpers}, named without loading it: the template is only read as bytes, and loading it
   * (about 37 KB, parsed by the JVM) would add to the first differentiated class's start-up.
   */
  private static String Type() {
    return HelperCopier.class.getPackageName() + ".Helpers";
  }

  private static byte[] load() {
    try (InputStream in = HelperCopier.class.getResourceAsStream("Helpers.class")) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The descriptor of helper {@code name} (without prefix). */
  public static String desc(String name) {
    String desc = Template.DESCS.get(name);
    if (desc == null) {
      throw new IllegalArgumentException(name);
    }
    return desc;
  }

  /** {@code names} and the template methods they call, transitively. */
  private static Set<String> withDependencies(Set<String> names) {
    Set<String> all = new TreeSet<>(names);
    Deque<String> todo = new ArrayDeque<>(names);
    while (!todo.isEmpty()) {
      for (String callee : Template.CALLS.getOrDefault(todo.pop(), Set.of())) {
        if (all.add(callee)) {
          todo.push(callee);
        }
      }
    }
    return all;
  }

  /**
   * The template's methods, read once (on the first helper a sweep calls): each one's descriptor
   * and the template methods it calls. Parsing {@code Helpers} into a tree for every helper call
   * and every class assembled was a good part of the first differentiated class's start-up cost
   * (benchmarks/STARTUP.md).
   */
  private static final class Template {
    /** By method name: the descriptor of the first method of that name. */
    static final Map<String, String> DESCS = new HashMap<>();
    /** By method name: the template methods its code calls (all methods of that name). */
    static final Map<String, Set<String>> CALLS = new HashMap<>();

    static {
      ClassNode cn = new ClassNode();
      new ClassReader(TEMPLATE_BYTES).accept(cn, ClassReader.SKIP_DEBUG);
      for (MethodNode m : cn.methods) {
        DESCS.putIfAbsent(m.name, m.desc);
        Set<String> calls = CALLS.get(m.name);
        if (calls == null) {
          calls = new HashSet<>();
          CALLS.put(m.name, calls);
        }
        for (AbstractInsnNode n : m.instructions) {
          if (n instanceof MethodInsnNode && ((MethodInsnNode) n).owner.equals(TEMPLATE)) {
            calls.add(((MethodInsnNode) n).name);
          }
        }
      }
    }

    private Template() {}
  }

  /** Adds to {@code out} the helpers named in {@code names} (unprefixed), retargeted to {@code owner}. */
  public static void copy(Set<String> wanted, String owner, boolean itf, ClassVisitor out) {
    Set<String> names = withDependencies(wanted);
    SimpleRemapper remap =
        new SimpleRemapper(TEMPLATE, owner) {
          @Override
          public String mapMethodName(String own, String name, String descriptor) {
            return own.equals(TEMPLATE) && !name.startsWith("<") ? Companions.HELPER_PREFIX + name : name;
          }
        };
    ClassVisitor filter =
        new ClassVisitor(Opcodes.ASM9) {
          @Override
          public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
            if (!names.contains(name)) {
              return null;
            }
            // variable arity kept: a bootstrap taking a varying number of static arguments (Helpers.virtualOr)
            return out.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC | (access & Opcodes.ACC_VARARGS),
                Companions.HELPER_PREFIX + name, desc, null, null);
          }
        };
    new ClassReader(TEMPLATE_BYTES).accept(new ClassRemapper(filter, remap) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
        // Keep the template's name so that the filter can select it; calls inside are remapped.
        MethodVisitor mv = filter.visitMethod(access, name, remapper.mapMethodDesc(desc), null, null);
        if (mv == null) {
          return null;
        }
        MethodVisitor flagged = new MethodVisitor(Opcodes.ASM9, mv) {
          @Override
          public void visitMethodInsn(int op, String o, String n, String d, boolean isItf) {
            super.visitMethodInsn(op, o, n, d, o.equals(owner) ? itf : isItf);
          }
        };
        return createMethodRemapper(flagged);
      }
    }, ClassReader.SKIP_DEBUG);
  }
}
