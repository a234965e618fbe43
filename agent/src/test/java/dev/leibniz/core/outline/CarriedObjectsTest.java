package dev.leibniz.core.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.leibniz.objects.fixtures.carried.Escapes;
import dev.leibniz.testing.Transformed;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Which objects the outliner may carry across a cut as their fields (issue 12): only one nothing but its local holds,
 * for a copy made after the cut is then the object. An object stored in a static, copied into another local, given to
 * an interface method, registered by its constructor or compared by identity is not carried (its method stays uncut
 * there); one given only to methods that read it is ({@code objects.CarriedObjectsTest}: the whole, end to end).
 */
class CarriedObjectsTest {
  static final Function<String, ClassNode> CLASSES = CarriedObjectsTest::read;

  @Test
  void onlyAnObjectNothingElseHoldsIsCarried() {
    assertEquals(Set.of(2), carried("confined")); // after the double a
    for (String m : new String[] {"stored", "aliased", "handed", "registered", "compared"}) {
      assertEquals(Set.of(), carried(m), m);
    }
  }

  private static Set<Integer> carried(String name) {
    ClassNode c = read(Escapes.class.getName().replace('.', '/'));
    for (MethodNode m : c.methods) {
      if (m.name.equals(name)) {
        return CarriedObjects.of(c.name, m, CLASSES,
            (cls, desc) -> dev.leibniz.core.objects.BlankConstructors.fieldsToZero(cls, desc, CLASSES) != null).keySet();
      }
    }
    throw new AssertionError(name);
  }

  private static ClassNode read(String internalName) {
    try {
      Class<?> c = Class.forName(internalName.replace('/', '.'), false, CarriedObjectsTest.class.getClassLoader());
      ClassNode cn = new ClassNode();
      new ClassReader(Transformed.bytesOf(c)).accept(cn, 0);
      return cn;
    } catch (ClassNotFoundException | RuntimeException e) {
      return null;
    }
  }
}
