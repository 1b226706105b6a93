package org.wulf.template.internal;

import java.util.Arrays;

/** Maps char offsets of a template text to 1-based line and column numbers for error messages. */
public final class SourceText {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String name, String text) {
        this.name = name;
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    public int line(int pos) {
        int i = Arrays.binarySearch(lineStarts, pos);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    public int column(int pos) {
        return pos - lineStarts[line(pos) - 1] + 1;
    }
}
