package dev.leibniz.maven;

import dev.leibniz.core.Diagnostic;
import dev.leibniz.tool.Report;
import dev.leibniz.tool.Transformer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code leibniz:transform}: adds the {@code $tangent} and {@code $adjoint} companions to the
 * compiled classes in place, after compilation ({@code process-classes}), so that tests, the jar
 * and everything downstream get them without the agent. Calls into dependencies are resolved
 * along the compile class path. A method that cannot be differentiated fails the build with the
 * agent's diagnostic unless {@code failOnDiagnostics} is false. Classes that already have their
 * companions (an incremental build) are left as they are.
 */
@Mojo(name = "transform", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class TransformMojo extends AbstractMojo {
  /** The class directory transformed in place. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
  File classesDirectory;

  /** Where the classes that the transformed ones call are found (the compile class path). */
  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
  List<String> classpathElements = List.of();

  /** Fail the build when a {@code @Differentiable} method cannot be differentiated. */
  @Parameter(property = "leibniz.failOnDiagnostics", defaultValue = "true")
  boolean failOnDiagnostics = true;

  /** Log one line per generated method. */
  @Parameter(property = "leibniz.verbose", defaultValue = "false")
  boolean verbose;

  /** Skip the goal. */
  @Parameter(property = "leibniz.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || !classesDirectory.isDirectory()) {
      getLog().info("leibniz: nothing to transform" + (skip ? " (skipped)" : " (no " + classesDirectory + ")"));
      return;
    }
    Report r;
    try {
      r = new Transformer(classpath()).transform(classesDirectory.toPath(), classesDirectory.toPath());
    } catch (IOException | RuntimeException e) {
      throw new MojoExecutionException("leibniz: cannot transform " + classesDirectory + ": " + e, e);
    }
    for (Diagnostic d : r.diagnostics()) {
      if (failOnDiagnostics) getLog().error(d.message()); else getLog().warn(d.message());
    }
    for (String e : r.errors()) {
      if (failOnDiagnostics) getLog().error(e); else getLog().warn(e);
    }
    for (String w : r.warnings()) {
      getLog().warn(w);
    }
    for (String g : r.generated()) {
      if (verbose) getLog().info("leibniz: generated " + g); else getLog().debug("leibniz: generated " + g);
    }
    getLog().info(r.summary());
    if (failOnDiagnostics && r.failed()) {
      throw new MojoFailureException("leibniz: " + (r.diagnostics().size() + r.errors().size())
          + " diagnostics (above); fix the methods, or set <failOnDiagnostics>false</failOnDiagnostics> to build with the companions that could be generated");
    }
  }

  private List<Path> classpath() {
    List<Path> paths = new ArrayList<>();
    for (String e : classpathElements) {
      Path p = Path.of(e);
      if (!p.toAbsolutePath().equals(classesDirectory.toPath().toAbsolutePath())) paths.add(p);
    }
    return paths;
  }
}
