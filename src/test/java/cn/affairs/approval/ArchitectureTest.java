package cn.affairs.approval;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.affairs.approval.check.StandardsCheck;
import cn.affairs.approval.check.StandardsRule;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.ibatis.annotations.Mapper;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The rules of docs/architecture.md, so that a change that breaks one fails the build. */
class ArchitectureTest {

  private static final String BASE = "cn.affairs.approval";

  /** A mapper method that writes: MyBatis mappers here name their writes this way. */
  private static final Pattern WRITE =
      Pattern.compile(
          "(insert|update|delete|mark|set|add|remove|reserve|release|apply|move|lock|clear|reset|record).*");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
  }

  @Test
  void packagesDependOnEachOtherWithoutCycles() {
    slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theChecksFrameworkKnowsNothingOfApplications() {
    noClasses()
        .that()
        .resideInAPackage(BASE + ".check..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(BASE + ".application..", BASE + ".task..")
        .check(classes);
  }

  @Test
  void delegatesAndListenersDependOnNothingOfTheWeb() {
    noClasses()
        .that()
        .implement(JavaDelegate.class)
        .or()
        .implement(ExecutionListener.class)
        .or()
        .implement(TaskListener.class)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BASE + ".web..")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework.web..")
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework.http..")
        .check(classes);
  }

  /**
   * Endpoints answer records or typed views: no handler of a {@code @RestController} returns a
   * {@code Map}, nor a {@code ResponseEntity}, list or page of one.
   */
  static final ArchRule ENDPOINTS_ANSWER_NO_MAPS =
      methods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(RestController.class)
          .should(
              new ArchCondition<JavaMethod>("return no Map (nor a ResponseEntity or list of one)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                  boolean handler =
                      method.isMetaAnnotatedWith(RequestMapping.class)
                          || method.isAnnotatedWith(RequestMapping.class)
                          || method.isAnnotatedWith(ExceptionHandler.class);
                  if (handler && mentionsMap(method.getReturnType())) {
                    events.add(
                        SimpleConditionEvent.violated(
                            method,
                            method.getFullName()
                                + " returns "
                                + method.getReturnType().getName()
                                + ": answer a record instead"));
                  }
                }
              });

  private static boolean mentionsMap(JavaType type) {
    if (type.toErasure().isAssignableTo(Map.class)) {
      return true;
    }
    return type instanceof JavaParameterizedType parameterized
        && parameterized.getActualTypeArguments().stream().anyMatch(ArchitectureTest::mentionsMap);
  }

  @Test
  void endpointsAnswerRecordsNotMaps() {
    ENDPOINTS_ANSWER_NO_MAPS.check(classes);
  }

  /** A controller the rule must refuse: the rule is not one that cannot fail. */
  @RestController
  static class MapAnsweringController {
    @GetMapping("/map")
    Map<String, Object> map() {
      return Map.of();
    }

    @GetMapping("/entity")
    ResponseEntity<List<Map<String, Object>>> entity() {
      return ResponseEntity.ok(List.of());
    }

    /** Not a handler: helpers may use maps. */
    Map<String, Object> helper() {
      return Map.of();
    }
  }

  @Test
  void theMapRuleRefusesAControllerAnsweringMaps() {
    JavaClasses fixture = new ClassFileImporter().importClasses(MapAnsweringController.class);
    assertThatThrownBy(() -> ENDPOINTS_ANSWER_NO_MAPS.check(fixture))
        .hasMessageContaining("MapAnsweringController.map()")
        .hasMessageContaining("MapAnsweringController.entity()")
        .hasMessageNotContaining("helper()");
  }

  @Test
  void eachChecksBeanClassAndRuleAreNamedAlike() {
    List<String> mismatches = new ArrayList<>();
    for (JavaClass check : classes.that(JavaClass.Predicates.assignableTo(StandardsCheck.class))) {
      if (check.getModifiers().contains(JavaModifier.ABSTRACT)) {
        continue;
      }
      Class<?> type = check.reflect();
      String bean = type.getAnnotation(Component.class).value();
      String rule = type.getAnnotation(StandardsRule.class).id();
      String expectedBean =
          Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
      if (!bean.equals(expectedBean) || !bean.equals(rule + "Check")) {
        mismatches.add(type.getSimpleName() + " / bean " + bean + " / rule " + rule);
      }
    }
    assertThat(mismatches).as("class XxxCheck, bean xxxCheck, rule xxx").isEmpty();
  }

  @Test
  void everyPackageSaysWhatItOwns() throws IOException {
    Path root = Path.of("src/main/java", BASE.replace('.', '/'));
    try (Stream<Path> dirs = Files.walk(root)) {
      List<Path> withoutInfo =
          dirs.filter(Files::isDirectory)
              .filter(d -> hasJava(d) && !Files.exists(d.resolve("package-info.java")))
              .toList();
      assertThat(withoutInfo).as("packages without package-info.java").isEmpty();
    }
  }

  private static boolean hasJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void onlyThePackageThatOwnsATableWritesIt() {
    classes().should(writeNoMapperOfAnotherPackage()).check(classes);
  }

  private static ArchCondition<JavaClass> writeNoMapperOfAnotherPackage() {
    DescribedPredicate<JavaMethodCall> foreignWrite =
        new DescribedPredicate<>("a write of another package's mapper") {
          @Override
          public boolean test(JavaMethodCall call) {
            var owner = call.getTargetOwner();
            return owner.isAnnotatedWith(Mapper.class)
                && !owner.getPackageName().equals(call.getOriginOwner().getPackageName())
                && WRITE.matcher(call.getName()).matches();
          }
        };
    return new ArchCondition<>("write no table of another package through its mapper") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaMethodCall call : item.getMethodCallsFromSelf()) {
          if (foreignWrite.test(call)) {
            events.add(SimpleConditionEvent.violated(call, call.getDescription()));
          }
        }
      }
    };
  }
}
