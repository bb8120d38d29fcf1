package kz.urpaq.security;

import java.util.List;

/**
 * Why an input was refused: the field a form should mark, and a translation key with its
 * arguments. Never the refused value itself, which may be personal data.
 */
public record Refusal(String field, String messageKey, List<Object> args) implements java.io.Serializable {

    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(String field, String messageKey, Object... args) {
        return new Refusal(field, messageKey, List.of(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
