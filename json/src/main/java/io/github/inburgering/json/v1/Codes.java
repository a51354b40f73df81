package io.github.inburgering.json.v1;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a string of the wire model whose value is a code of a code list; the JSON Schema lists the
 * allowed codes as an {@code enum}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
public @interface Codes {
  /** The code list: an enum implementing {@link io.github.inburgering.core.model.Code}. */
  Class<? extends Enum<?>> value();
}
