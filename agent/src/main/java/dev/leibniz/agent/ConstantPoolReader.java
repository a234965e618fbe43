package dev.leibniz.agent;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The methods a class's constant pool refers to ({@code owner/name(desc)}): for a lambda's class,
 * its body or the method it references. Reads the JDK's internal {@code ConstantPool}, so it runs
 * in a class loader of its own to which the agent opens {@code java.lang} and exports {@code
 * jdk.internal.reflect} (and to nothing else: {@link ConstantPools}); it references only java.base
 * and never an agent class. Null when the JDK does not allow it.
 */
public final class ConstantPoolReader implements Function<Class<?>, List<String>> {
  @Override
  public List<String> apply(Class<?> c) {
    try {
      Method get = Class.class.getDeclaredMethod("getConstantPool");
      get.setAccessible(true);
      Object pool = get.invoke(c);
      Method size = pool.getClass().getMethod("getSize");
      Method tag = pool.getClass().getMethod("getTagAt", int.class);
      Method member = pool.getClass().getMethod("getMemberRefInfoAt", int.class);
      int n = (Integer) size.invoke(pool);
      List<String> out = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        String t = String.valueOf(tag.invoke(pool, i));
        if (t.equals("METHODREF") || t.equals("INTERFACEMETHODREF")) {
          String[] ref = (String[]) member.invoke(pool, i);
          out.add(ref[0].replace('.', '/') + "." + ref[1] + ref[2]);
        }
      }
      return out;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
