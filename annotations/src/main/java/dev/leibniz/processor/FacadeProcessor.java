package dev.leibniz.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates, for every class with {@code @Differentiable} methods, the typed facade {@code
 * <Class>Derivatives} (see {@link FacadeWriter}). It never fails a compilation: what it cannot give
 * a facade (a private class, a method whose types the package cannot name) gets a note, and the
 * rest of the class its facade.
 *
 * <p>Registered in {@code META-INF/services}; JDK 23 and later run class-path processors only
 * when asked ({@code -proc:full}, or the processor named in {@code annotationProcessorPaths} or
 * {@code -processor}).
 */
public final class FacadeProcessor extends AbstractProcessor {
  static final String ANNOTATION = "dev.leibniz.Differentiable";

  /** Classes whose types were not all known yet, retried in the next round. */
  private final Set<String> deferred = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
    for (String name : deferred) {
      TypeElement e = processingEnv.getElementUtils().getTypeElement(name);
      if (e != null) {
        byClass.put(e, markedMethods(e));
      }
    }
    deferred.clear();
    TypeElement mark = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (mark != null) {
      for (Element e : round.getElementsAnnotatedWith(mark)) {
        if (e.getKind() == ElementKind.METHOD && e.getEnclosingElement() instanceof TypeElement owner) {
          byClass.computeIfAbsent(owner, k -> new ArrayList<>());
          if (!byClass.get(owner).contains(e)) {
            byClass.get(owner).add((ExecutableElement) e);
          }
        }
      }
    }
    for (Map.Entry<TypeElement, List<ExecutableElement>> c : byClass.entrySet()) {
      generate(c.getKey(), c.getValue(), round.processingOver());
    }
    return false; // others may process @Differentiable too
  }

  private List<ExecutableElement> markedMethods(TypeElement owner) {
    List<ExecutableElement> out = new ArrayList<>();
    for (Element e : owner.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getAnnotationMirrors().stream()
          .anyMatch(a -> a.getAnnotationType().toString().equals(ANNOTATION))) {
        out.add((ExecutableElement) e);
      }
    }
    return out;
  }

  private void generate(TypeElement owner, List<ExecutableElement> methods, boolean last) {
    try {
      FacadeWriter w = new FacadeWriter(processingEnv, owner, methods);
      if (w.waitsForTypes() && !last) {
        deferred.add(owner.getQualifiedName().toString());
        return;
      }
      for (String note : w.notes()) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, "leibniz: " + note, owner);
      }
      if (!w.hasMethods()) {
        return;
      }
      if (processingEnv.getElementUtils().getTypeElement(w.qualifiedName()) != null) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING, "leibniz: no typed facade for "
            + owner.getQualifiedName() + ": a type " + w.qualifiedName() + " exists already", owner);
        return;
      }
      JavaFileObject file = processingEnv.getFiler().createSourceFile(w.qualifiedName(), owner);
      try (Writer out = file.openWriter()) {
        out.write(w.source());
      }
    } catch (IOException | RuntimeException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.WARNING,
          "leibniz: no typed facade for " + owner.getQualifiedName() + ": " + e, owner);
    }
  }
}
