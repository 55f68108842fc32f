package cn.affairs.approval.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole system on the embedded test database with the demo data. Every class with this
 * annotation shares one Spring context (and so one database): tests create their own cases and call
 * {@link Cases#resetRegisters()} when they need the demo registers as they were.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
public @interface AffairsTest {}
