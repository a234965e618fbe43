package dev.leibniz.testing;

import dev.leibniz.agent.FirstDispatch;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs the agent's first-dispatch hook for a test class, as premain does, and removes it after:
 * a receiver nobody transformed gets its companions at its first call (without Instrumentation, so
 * lambdas are told apart by shape only). Use with {@code @ExtendWith(FirstDispatchInstalled.class)}.
 */
public final class FirstDispatchInstalled implements BeforeAllCallback, AfterAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    FirstDispatch.install(false);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    FirstDispatch.uninstall();
  }
}
