package leadsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a key of a YAML record takes, in the user's words, for the message when its value is of
 * the wrong kind: "expected none, all, or a list of series columns" tells more than "expected
 * text". {@link ShapeCheck} uses it for the key's own value; nested values keep their types' words.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Expected {
    String value();
}
