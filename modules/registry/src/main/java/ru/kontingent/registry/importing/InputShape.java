package ru.kontingent.registry.importing;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * An input record as the streaming import decoder sees it: its components in constructor order,
 * what JSON value each takes, and whether a value passes the record's own constraint annotations.
 * The rules are read from the annotations (and the custom constraints' own validators), so the
 * records stay their one source of truth. A constraint this class does not know fails its
 * construction: a new rule can never be skipped silently.
 *
 * <p>It only answers "valid or not": the messages of a rejected line always come from Bean
 * Validation itself, on the full path.
 */
final class InputShape<T extends Record> {

    /** What a component holds, as the JSON reader maps it. */
    enum Kind { STRING, DATE, ENUM, UUID, INTEGER, RECORD, RECORD_LIST }

    /** One component of the record. */
    static final class Component {
        final String name;
        final Kind kind;
        final Map<String, Object> enumConstants;
        final InputShape<?> nested;
        final List<Predicate<Object>> checks;
        final List<Predicate<Object>> elementChecks;

        private Component(String name, Kind kind, Map<String, Object> enumConstants, InputShape<?> nested,
                          List<Predicate<Object>> checks, List<Predicate<Object>> elementChecks) {
            this.name = name;
            this.kind = kind;
            this.enumConstants = enumConstants;
            this.nested = nested;
            this.checks = checks;
            this.elementChecks = elementChecks;
        }
    }

    private final Class<T> type;
    private final Component[] components;
    private final Map<String, Integer> positions = new HashMap<>();
    private final Constructor<T> constructor;
    private final List<Predicate<Object>> typeChecks;

    private InputShape(Class<T> type) {
        this.type = type;
        RecordComponent[] recordComponents = type.getRecordComponents();
        components = new Component[recordComponents.length];
        Class<?>[] parameterTypes = new Class<?>[recordComponents.length];
        for (int i = 0; i < recordComponents.length; i++) {
            components[i] = component(type, recordComponents[i]);
            positions.put(recordComponents[i].getName(), i);
            parameterTypes[i] = recordComponents[i].getType();
        }
        try {
            constructor = type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
        typeChecks = checks(type.getAnnotations(), type, type.getSimpleName());
    }

    static <T extends Record> InputShape<T> of(Class<T> type) {
        return new InputShape<>(type);
    }

    Class<T> type() {
        return type;
    }

    int size() {
        return components.length;
    }

    /** @return the component's position, or -1 for a name the record does not have */
    int position(String name) {
        Integer position = positions.get(name);
        return position == null ? -1 : position;
    }

    Component component(int position) {
        return components[position];
    }

    /** @return the record, or null when a value breaks one of its constraints (nested records are checked as they are built) */
    T buildIfValid(Object[] values) {
        for (int i = 0; i < components.length; i++) {
            if (!passes(components[i].checks, values[i])) {
                return null;
            }
            if (values[i] instanceof List<?> list && !components[i].elementChecks.isEmpty()) {
                for (Object element : list) {
                    if (!passes(components[i].elementChecks, element)) {
                        return null;
                    }
                }
            }
        }
        T built;
        try {
            built = constructor.newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
        return passes(typeChecks, built) ? built : null;
    }

    private static boolean passes(List<Predicate<Object>> checks, Object value) {
        for (Predicate<Object> check : checks) {
            if (!check.test(value)) {
                return false;
            }
        }
        return true;
    }

    private static Component component(Class<?> record, RecordComponent component) {
        // Bean Validation reads the constraints of a record from its fields (and accessors): so do we.
        Field field;
        try {
            field = record.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        String where = record.getSimpleName() + "." + component.getName();
        refuseJsonCustomization(field.getAnnotations(), where);
        refuseJsonCustomization(component.getAnnotations(), where);
        List<Predicate<Object>> checks = checks(declared(field, component), field.getType(), where);
        Class<?> javaType = field.getType();
        if (javaType == String.class) {
            return new Component(component.getName(), Kind.STRING, null, null, checks, List.of());
        }
        if (javaType == LocalDate.class) {
            return new Component(component.getName(), Kind.DATE, null, null, checks, List.of());
        }
        if (javaType == UUID.class) {
            return new Component(component.getName(), Kind.UUID, null, null, checks, List.of());
        }
        if (javaType == Integer.class) {
            return new Component(component.getName(), Kind.INTEGER, null, null, checks, List.of());
        }
        if (javaType.isEnum()) {
            refuseJsonCustomization(javaType.getAnnotations(), javaType.getSimpleName());
            Map<String, Object> constants = new HashMap<>();
            for (Object constant : javaType.getEnumConstants()) {
                Enum<?> value = (Enum<?>) constant;
                try {
                    refuseJsonCustomization(javaType.getField(value.name()).getAnnotations(), javaType.getSimpleName() + "." + value.name());
                } catch (NoSuchFieldException e) {
                    throw new IllegalStateException(e);
                }
                constants.put(value.name(), value);
            }
            return new Component(component.getName(), Kind.ENUM, Map.copyOf(constants), null, checks, List.of());
        }
        if (javaType.isRecord()) {
            requireCascade(declared(field, component), where);
            return new Component(component.getName(), Kind.RECORD, null, shapeOf(javaType), checks, List.of());
        }
        if (javaType == List.class && field.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()
                && field.getAnnotatedType() instanceof AnnotatedParameterizedType annotated) {
            Annotation[] elementAnnotations = annotated.getAnnotatedActualTypeArguments()[0].getAnnotations();
            requireCascade(elementAnnotations, where + "[]");
            return new Component(component.getName(), Kind.RECORD_LIST, null, shapeOf(element), checks,
                    checks(elementAnnotations, element, where + "[]"));
        }
        throw new IllegalStateException("the streaming import decoder cannot read " + where + " of type " + field.getGenericType());
    }

    /** The component's annotations on its field, and those only on its accessor (Bean Validation reads both). */
    private static Annotation[] declared(Field field, RecordComponent component) {
        List<Annotation> annotations = new ArrayList<>(List.of(field.getAnnotations()));
        for (Annotation onAccessor : component.getAccessor().getAnnotations()) {
            if (annotations.stream().noneMatch(onField -> onField.annotationType() == onAccessor.annotationType())) {
                annotations.add(onAccessor);
            }
        }
        return annotations.toArray(Annotation[]::new);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static InputShape<?> shapeOf(Class<?> record) {
        return new InputShape(record);
    }

    /** Nested records are validated where they are built: only if Bean Validation cascades into them too. */
    private static void requireCascade(Annotation[] annotations, String where) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof Valid) {
                return;
            }
        }
        throw new IllegalStateException(where + " is a nested input without @Valid: the streaming decoder would check it, Bean Validation would not");
    }

    private static void refuseJsonCustomization(Annotation[] annotations, String where) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().getName().startsWith("com.fasterxml.jackson.")) {
                throw new IllegalStateException(where + " customizes its JSON mapping (" + annotation.annotationType().getSimpleName()
                        + "): the streaming import decoder reads plain names only");
            }
        }
    }

    /** The checks of the constraint annotations among these; an unknown constraint is refused. */
    private static List<Predicate<Object>> checks(Annotation[] annotations, Class<?> valueType, String where) {
        List<Predicate<Object>> checks = new ArrayList<>();
        for (Annotation annotation : annotations) {
            Predicate<Object> check = check(annotation, valueType, where);
            if (check != null) {
                checks.add(check);
            }
        }
        return List.copyOf(checks);
    }

    private static Predicate<Object> check(Annotation annotation, Class<?> valueType, String where) {
        if (annotation instanceof Valid) {
            return null;
        }
        if (annotation instanceof NotNull notNull) {
            requireDefaultGroup(notNull.groups(), where);
            return value -> value != null;
        }
        if (annotation instanceof NotBlank notBlank) {
            requireDefaultGroup(notBlank.groups(), where);
            // As Hibernate Validator's NotBlankValidator: trim(), not strip().
            return value -> value != null && !value.toString().trim().isEmpty();
        }
        if (annotation instanceof Size size) {
            requireDefaultGroup(size.groups(), where);
            int min = size.min();
            int max = size.max();
            return value -> {
                if (value == null) {
                    return true;
                }
                int length = value instanceof CharSequence text ? text.length() : ((Collection<?>) value).size();
                return length >= min && length <= max;
            };
        }
        if (annotation instanceof Past past) {
            requireDefaultGroup(past.groups(), where);
            requireDate(valueType, where);
            return value -> value == null || ((LocalDate) value).isBefore(LocalDate.now());
        }
        if (annotation instanceof PastOrPresent pastOrPresent) {
            requireDefaultGroup(pastOrPresent.groups(), where);
            requireDate(valueType, where);
            return value -> value == null || !((LocalDate) value).isAfter(LocalDate.now());
        }
        Constraint constraint = annotation.annotationType().getAnnotation(Constraint.class);
        if (constraint != null && constraint.validatedBy().length == 1
                && annotation.annotationType().getPackageName().startsWith("ru.kontingent.")) {
            return custom(annotation, constraint.validatedBy()[0], where);
        }
        if (constraint != null || annotation.annotationType().getPackageName().startsWith("jakarta.validation")) {
            throw new IllegalStateException("the streaming import decoder does not know the constraint @"
                    + annotation.annotationType().getSimpleName() + " on " + where + ": teach InputShape, or the rule would be skipped");
        }
        return null;
    }

    /** A project constraint checked by its own validator, exactly as Bean Validation calls it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate<Object> custom(Annotation annotation, Class<?> validatorType, String where) {
        try {
            Object groups = annotation.annotationType().getMethod("groups").invoke(annotation);
            requireDefaultGroup((Class<?>[]) groups, where);
            ConstraintValidator validator = (ConstraintValidator) validatorType.getDeclaredConstructor().newInstance();
            validator.initialize(annotation);
            return value -> validator.isValid(value, INERT_CONTEXT);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + validatorType.getSimpleName() + " for " + where, e);
        }
    }

    private static void requireDate(Class<?> valueType, String where) {
        if (valueType != LocalDate.class) {
            throw new IllegalStateException("the streaming import decoder checks @Past and @PastOrPresent on dates only, not on " + where);
        }
    }

    private static void requireDefaultGroup(Class<?>[] groups, String where) {
        if (groups.length > 0) {
            throw new IllegalStateException("a constraint with groups on " + where + ": the streaming import decoder checks the default group only");
        }
    }

    /**
     * A context for custom validators that records nothing: only whether they pass counts here
     * (a failing line is validated again by Bean Validation for its messages). Every builder
     * method answers another inert builder, so a validator's message chain runs through harmlessly.
     */
    private static final ConstraintValidatorContext INERT_CONTEXT = inert(ConstraintValidatorContext.class);

    @SuppressWarnings("unchecked")
    private static <I> I inert(Class<I> type) {
        return (I) Proxy.newProxyInstance(InputShape.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            Class<?> result = method.getReturnType();
            if (method.getName().equals("getDefaultConstraintMessageTemplate")) {
                return "";
            }
            if (result.isInterface()) {
                return inert(result);
            }
            if (result == boolean.class) {
                return false;
            }
            if (result == int.class) {
                return 0;
            }
            if (method.getName().equals("toString")) {
                return "inert constraint validator context";
            }
            return null;
        });
    }
}
