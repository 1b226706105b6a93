package org.wulf.template.internal;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.wulf.template.TemplateException;

/**
 * Evaluates {@code .Name} on Java data the way Go evaluates it on structs and maps: map keys (a missing key
 * gives {@link Missing}), then methods named {@code Name} (with the call's arguments), record components and
 * methods by exact or decapitalised name, bean getters ({@code getName}/{@code isName}) and public fields.
 */
public final class ReflectiveAccess {
    private ReflectiveAccess() {
    }

    private record Member(List<Method> methods, Field field) {
    }

    private static final Map<Class<?>, Map<String, Member>> CACHE = new ConcurrentHashMap<>();

    public static Object field(Object receiver, String name, List<Object> args, boolean hasArgs)
            throws TemplateException {
        if (receiver == Missing.VALUE) {
            return Missing.VALUE;
        }
        if (receiver == null) {
            throw new TemplateException("nil pointer evaluating interface {}." + name);
        }
        if (receiver instanceof Map<?, ?> map) {
            if (hasArgs) {
                throw new TemplateException(name + " is not a method but has arguments");
            }
            return map.containsKey(name) ? map.get(name) : Missing.VALUE;
        }
        Member m = CACHE.computeIfAbsent(receiver.getClass(), c -> new ConcurrentHashMap<>())
                .computeIfAbsent(name, n -> lookup(receiver.getClass(), n));
        if (!m.methods().isEmpty()) {
            return invoke(receiver, name, m.methods(), args);
        }
        if (m.field() != null) {
            if (hasArgs) {
                throw new TemplateException(name + " has arguments but cannot be invoked as function");
            }
            try {
                return m.field().get(receiver);
            } catch (IllegalAccessException e) {
                throw new TemplateException("cannot read field " + name + " of type " + Values.typeName(receiver));
            }
        }
        throw new TemplateException("can't evaluate field " + name + " in type " + Values.typeName(receiver));
    }

    private static Member lookup(Class<?> type, String name) {
        String lower = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        for (String candidate : List.of(name, "get" + name, "is" + name, lower)) {
            List<Method> found = new ArrayList<>();
            for (Method m : type.getMethods()) {
                if (m.getName().equals(candidate) && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() != Object.class
                        && (candidate.equals(name) || candidate.equals(lower) || m.getParameterCount() == 0)) {
                    found.add(accessible(m));
                }
            }
            if (!found.isEmpty()) {
                return new Member(found, null);
            }
        }
        for (String candidate : List.of(name, lower)) {
            try {
                Field f = type.getField(candidate);
                if (!Modifier.isStatic(f.getModifiers())) {
                    try {
                        f.setAccessible(true);
                    } catch (RuntimeException e) {
                        // public field of a public class stays readable
                    }
                    return new Member(List.of(), f);
                }
            } catch (NoSuchFieldException e) {
                // try the next spelling
            }
        }
        return new Member(List.of(), null);
    }

    private static Method accessible(Method m) {
        try {
            m.setAccessible(true);
        } catch (RuntimeException e) {
            // public method of an exported type: callable anyway
        }
        return m;
    }

    private static Object invoke(Object receiver, String name, List<Method> methods, List<Object> args)
            throws TemplateException {
        Method chosen = null;
        for (Method m : methods) {
            if (m.getParameterCount() == args.size()) {
                chosen = m;
                break;
            }
        }
        if (chosen == null) {
            throw new TemplateException("wrong number of args for " + name + ": want "
                    + methods.get(0).getParameterCount() + " got " + args.size());
        }
        Object[] converted = new Object[args.size()];
        Class<?>[] types = chosen.getParameterTypes();
        for (int i = 0; i < converted.length; i++) {
            converted[i] = Conversions.to(types[i], args.get(i), name, i);
        }
        try {
            return chosen.invoke(receiver, converted);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TemplateException te) {
                throw te;
            }
            throw new TemplateException("error calling " + name + ": " + cause.getMessage(), cause);
        } catch (IllegalAccessException e) {
            throw new TemplateException("cannot call method " + name + " of type " + Values.typeName(receiver));
        }
    }
}
