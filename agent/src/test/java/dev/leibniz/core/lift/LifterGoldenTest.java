package dev.leibniz.core.lift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.objectweb.asm.Opcodes.*;

import dev.leibniz.core.ir.Graph;
import dev.leibniz.core.ir.IrPrinter;
import dev.leibniz.testing.Transformed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The lifter against golden IR text in {@code src/test/resources/golden}. Run with {@code
 * -Dgolden.update=true} to rewrite the files after an intended change, then review the diff.
 */
class LifterGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @ParameterizedTest
  @ValueSource(strings = {"straight", "ifElse", "nestedLoops", "switches", "ternary", "longsAndDoubles", "deadCode"})
  void liftedIrMatchesGoldenText(String method) throws Exception {
    ClassNode cn = new ClassNode();
    new ClassReader(Transformed.bytesOf(LiftFixtures.class)).accept(cn, 0);
    MethodNode m = cn.methods.stream().filter(x -> x.name.equals(method)).findFirst().orElseThrow();
    check(method, IrPrinter.print(Lifter.lift(cn.name, m)));
  }

  /** {@code (double a, float b, int c) -> } a stack shuffle through DUP2_X1, DUP2_X2 and SWAP. */
  @Test
  void stackShufflesOnMixedSizesLiftToTheRightOperands() throws Exception {
    MethodNode m = new MethodNode(ACC_STATIC, "shuffle", "(DFI)D", null, null);
    m.instructions.add(new VarInsnNode(FLOAD, 2)); //            f
    m.instructions.add(new VarInsnNode(DLOAD, 0)); //            f d
    m.instructions.add(new InsnNode(DUP2_X1)); //                d f d
    m.instructions.add(new InsnNode(POP2)); //                   d f
    m.instructions.add(new InsnNode(F2D)); //                    d (double)f
    m.instructions.add(new VarInsnNode(ILOAD, 3)); //            d fd i
    m.instructions.add(new VarInsnNode(FLOAD, 2)); //            d fd i f
    m.instructions.add(new InsnNode(SWAP)); //                   d fd f i
    m.instructions.add(new InsnNode(I2F)); //                    d fd f (float)i
    m.instructions.add(new InsnNode(FADD)); //                   d fd (f+i)
    m.instructions.add(new InsnNode(F2D)); //                    d fd s
    m.instructions.add(new InsnNode(DUP2_X2)); //                d s fd s
    m.instructions.add(new InsnNode(DMUL)); //                   d s (fd*s)
    m.instructions.add(new InsnNode(DSUB)); //                   d (s - fd*s)
    m.instructions.add(new InsnNode(DMUL)); //                   d*(s - fd*s)
    m.instructions.add(new InsnNode(DRETURN));
    m.maxLocals = 4;
    m.maxStack = 8;
    Graph g = Lifter.lift("Shuffle", m);
    check("shuffle", IrPrinter.print(g));
  }

  private static void check(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name + ".ir");
    if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden IR of " + name);
  }
}
