package dev.leibniz.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leibniz.agent.fixtures.ProxiedModels;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A proxy's invocation handler decides what every call returns, companions included, so a derivative through a
 * {@code java.lang.reflect.Proxy} is refused (it was 9, the handler's x², instead of 6 for a computing handler of a
 * marked interface): through the agent jar in a child JVM, {@link ProxiedModels} calls each companion on the object
 * itself (exact: 12 for 2x² at 3) and on proxies of a public and a package-private marked interface and of
 * {@code DoubleUnaryOperator}, behind a forwarding and a computing handler. The primal through a proxy is unchanged.
 */
class ProxyIT {
  @Test
  void derivativesThroughProxiesAreRefusedNamingTheProxyAndItsHandler() throws Exception {
    AgentRun r = AgentRun.of("", ProxiedModels.class);
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    for (String type : new String[] {"Model", "Hidden", "DoubleUnaryOperator"}) {
      assertTrue(lines.contains("target " + type + ": primal 18.0"), r.out());
      assertTrue(lines.contains("target " + type + ": tangent 12.0"), r.out());
      assertTrue(lines.contains("target " + type + ": adjoint 12.0"), r.out());
      for (String kind : new String[] {"forwarding", "computing"}) {
        String at = kind + " " + type + ": ";
        assertTrue(lines.contains(at + "primal 18.0"), r.out());
        for (String mode : new String[] {"tangent", "adjoint"}) {
          String line = lines.stream().filter(l -> l.startsWith(at + mode)).findFirst().orElseThrow();
          assertTrue(line.startsWith(at + mode + " refused: leibniz: "), line);
          assertTrue(line.contains("java.lang.reflect.Proxy"), line);
          assertTrue(line.contains("pass the object the proxy stands for"), line);
        }
      }
    }
    String marked = lines.stream().filter(l -> l.startsWith("computing Model: tangent")).findFirst().orElseThrow();
    assertTrue(marked.contains("a java.lang.reflect.Proxy for " + ProxiedModels.Model.class.getName()), marked);
    assertTrue(marked.contains("invocation handler (" + ProxiedModels.class.getName() + "$$Lambda"), marked);
    assertEquals(List.of(), r.errors(), r.err());
  }
}
