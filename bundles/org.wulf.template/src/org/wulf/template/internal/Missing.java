package org.wulf.template.internal;

/**
 * Go's invalid {@code reflect.Value}: what a missing map key evaluates to under {@code missingkey=default}.
 * It prints as {@code <no value>}, is false in {@code if}, and reaches functions as {@code null}.
 */
public enum Missing {
    VALUE;

    @Override
    public String toString() {
        return "<no value>";
    }
}
