package dev.leibniz.agent;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5: {@code @ExtendWith(LeibnizExtension.class)} on a test class starts the agent (default
 * options) before its tests run, unless it already runs. The {@code @Differentiable} classes must
 * not have been loaded yet: use them inside test methods, not as the types of the test class's
 * fields (JUnit loads those when it inspects the class).
 */
public final class LeibnizExtension implements BeforeAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    Leibniz.install();
  }
}
