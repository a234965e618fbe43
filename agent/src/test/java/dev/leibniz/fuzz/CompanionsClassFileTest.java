package dev.leibniz.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.core.ClassDifferentiator;
import dev.leibniz.core.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The shape of what the core emits for one batch of generated programs, apart from the numbers:
 * which methods it adds, with which access, what they reference, how large they are, and that the
 * differentiator is safe to share between threads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanionsClassFileTest {
  /** HotSpot compiles no method larger than this (-XX:-DontCompileHugeMethods is off by default). */
  static final int HUGE_METHOD_LIMIT = 8000;

  private List<Program> programs;
  private Map<String, byte[]> compiled;
  private String className;
  private Result result;

  @BeforeAll
  void differentiate() {
    programs = new FuzzRun(FuzzTest.DEFAULT_SEED, false).generate(0, 100); // one class: its companions, nothing else
    Map<String, String> units = FuzzRun.sources(programs);
    className = units.keySet().iterator().next();
    compiled = InMemoryCompiler.compile(units);
    result = differentiator().differentiate(compiled.get(className));
  }

  private ClassDifferentiator differentiator() {
    return new ClassDifferentiator(n -> compiled.get(n.replace('/', '.')));
  }

  @Test
  void everyMarkedMethodGetsPublicStaticTangentAndAdjoint() {
    assertEquals(List.of(), result.diagnostics());
    ClassNode node = node(result.transformed());
    Map<String, MethodNode> byName = new HashMap<>();
    node.methods.forEach(m -> byName.put(m.name, m));
    for (Program p : programs) {
      for (String companion : List.of(p.name() + "$tangent", p.name() + "$adjoint")) {
        MethodNode m = byName.get(companion);
        assertNotNull(m, "missing " + companion);
        assertEquals(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, m.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC
            | Opcodes.ACC_PRIVATE | Opcodes.ACC_PROTECTED), companion + " access");
        assertTrue(result.generated().stream().anyMatch(g -> g.contains("." + companion + "(")),
            companion + " missing from Result.generated " + result.generated());
      }
    }
  }

  @Test
  void companionsOfUnmarkedHelpersArePrivate() {
    Set<String> marked = new HashSet<>();
    for (MethodNode m : node(compiled.get(className)).methods) {
      if (m.visibleAnnotations != null
          && m.visibleAnnotations.stream().anyMatch(a -> a.desc.equals("Ldev/leibniz/Differentiable;"))) {
        marked.add(m.name);
      }
    }
    for (MethodNode m : addedMethods()) {
      String primal = m.name.substring(0, m.name.indexOf('$') < 0 ? m.name.length() : m.name.indexOf('$'));
      if (primal.matches("f\\d+_h\\d+") && !marked.contains(primal)) {
        assertTrue((m.access & Opcodes.ACC_PRIVATE) != 0, m.name + " should be private");
      }
    }
  }

  /**
   * The only field companions add is the tape cache: {@code private static final}, a {@code
   * ThreadLocal} set once in the static initialiser (its per-thread contents are a workspace that
   * serves one call at a time; see dev.leibniz.core.emit.Workspace). No other static state.
   */
  @Test
  void companionsAddNoFieldsButTheFinalTapeCacheSoNoStaticMutableState() {
    Set<String> before = new HashSet<>();
    node(compiled.get(className)).fields.forEach(f -> before.add(f.name));
    for (org.objectweb.asm.tree.FieldNode f : node(result.transformed()).fields) {
      if (before.contains(f.name)) continue;
      assertEquals("leibniz$tapes", f.name, "the transformed class declares a new field");
      assertEquals("Ljava/lang/ThreadLocal;", f.desc);
      int flags = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;
      assertEquals(flags, f.access & flags, "the tape cache is private static final");
    }
  }

  /** The classes the original methods call or read (a generated program may call FastMath). */
  private Set<String> originalOwners() {
    Set<String> owners = new HashSet<>();
    for (MethodNode m : node(compiled.get(className)).methods) {
      for (AbstractInsnNode insn : m.instructions) {
        if (insn instanceof MethodInsnNode mi) owners.add(mi.owner);
        if (insn instanceof FieldInsnNode fi) owners.add(fi.owner);
      }
    }
    return owners;
  }

  @Test
  void companionsReferenceOnlyJavaBaseTheirOwnClassAndWhatTheOriginalReferences() {
    String self = className.replace('.', '/');
    Set<String> original = originalOwners();
    for (MethodNode m : addedMethods()) {
      for (AbstractInsnNode insn : m.instructions) {
        String owner = null;
        if (insn instanceof MethodInsnNode mi) {
          owner = mi.owner;
        } else if (insn instanceof FieldInsnNode fi) {
          owner = fi.owner;
        } else if (insn instanceof TypeInsnNode ti) {
          owner = ti.desc;
        } else if (insn instanceof MultiANewArrayInsnNode mi) {
          owner = mi.desc;
        } else if (insn instanceof LdcInsnNode li && li.cst instanceof Type t) {
          owner = t.getInternalName();
        }
        if (owner != null) {
          String element = owner.replaceAll("^\\[+L?", "").replaceAll(";$", "");
          assertTrue(element.length() == 1 || element.startsWith("java/") || element.equals(self) || original.contains(element),
              m.name + " references " + owner);
        }
      }
    }
  }

  @Test
  void companionMethodsStayBelowTheHugeMethodLimit() {
    Map<String, Integer> sizes = codeLengths(result.transformed());
    for (MethodNode m : addedMethods()) {
      int size = sizes.get(m.name + m.desc);
      assertTrue(size < HUGE_METHOD_LIMIT, m.name + " has " + size + " bytes of bytecode");
    }
  }

  @Test
  void companionsClassFileHoldsExactlyTheGeneratedMethods() {
    assertNotNull(result.companions());
    ClassNode companions = node(result.companions());
    assertEquals(className.replace('.', '/'), companions.name);
    Set<String> expected = new HashSet<>();
    addedMethods().forEach(m -> expected.add(m.name + m.desc));
    Set<String> actual = new HashSet<>();
    companions.methods.forEach(m -> actual.add(m.name + m.desc));
    assertEquals(expected, actual);
    assertNull(FuzzRun.verify(result.companions(), compiled));
  }

  @Test
  void differentiatorIsSafeToShareBetweenThreads() throws Exception {
    ClassDifferentiator shared = differentiator();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Callable<Result> task = () -> shared.differentiate(compiled.get(className));
        futures.add(pool.submit(task));
      }
      for (Future<Result> f : futures) {
        Result r = f.get();
        assertEquals(result.generated(), r.generated());
        assertEquals(result.diagnostics(), r.diagnostics());
        assertNull(FuzzRun.verify(r.transformed(), compiled));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private List<MethodNode> addedMethods() {
    Set<String> before = new HashSet<>();
    node(compiled.get(className)).methods.forEach(m -> before.add(m.name + m.desc));
    List<MethodNode> added = new ArrayList<>();
    for (MethodNode m : node(result.transformed()).methods) {
      if (!before.contains(m.name + m.desc)) {
        added.add(m);
      }
    }
    assertTrue(!added.isEmpty(), "no methods added");
    return added;
  }

  private static ClassNode node(byte[] classFile) {
    assertNotNull(classFile, "no class file");
    ClassNode node = new ClassNode();
    new ClassReader(classFile).accept(node, 0);
    return node;
  }

  /** The length of each method's Code attribute (JVMS 4.7.3 code_length), by name and descriptor. */
  static Map<String, Integer> codeLengths(byte[] classFile) {
    ClassReader cr = new ClassReader(classFile);
    char[] buf = new char[cr.getMaxStringLength()];
    int u = cr.header + 6;
    u += 2 + 2 * cr.readUnsignedShort(u);
    int fields = cr.readUnsignedShort(u);
    u += 2;
    for (int i = 0; i < fields; i++) {
      u = skipAttributes(cr, u + 6);
    }
    Map<String, Integer> lengths = new HashMap<>();
    int methods = cr.readUnsignedShort(u);
    u += 2;
    for (int i = 0; i < methods; i++) {
      String key = cr.readUTF8(u + 2, buf) + cr.readUTF8(u + 4, buf);
      int attributes = cr.readUnsignedShort(u + 6);
      u += 8;
      for (int a = 0; a < attributes; a++) {
        if ("Code".equals(cr.readUTF8(u, buf))) {
          lengths.put(key, cr.readInt(u + 10));
        }
        u += 6 + cr.readInt(u + 2);
      }
    }
    return lengths;
  }

  private static int skipAttributes(ClassReader cr, int u) {
    int attributes = cr.readUnsignedShort(u);
    u += 2;
    for (int a = 0; a < attributes; a++) {
      u += 6 + cr.readInt(u + 2);
    }
    return u;
  }
}
