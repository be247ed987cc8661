package org.socialplaybook.sandbox.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A response body written as text and kept as UTF-8 bytes: each piece is encoded as it comes (ASCII characters byte
 * for byte, a string through {@link String#getBytes}, which copies an ASCII string's bytes as they are), so a page is
 * neither copied into one big string nor encoded a character at a time by the servlet writer. A character pair split
 * between two writes (a high surrogate at the end of one) is encoded when its second half comes. Not thread-safe: one
 * render's.
 */
final class Utf8Body extends Writer {
    private byte[] bytes;
    private int length;
    /** The high surrogate a write ended with, waiting for its low half; 0 when none. */
    private char pending;

    Utf8Body(int expected) {
        bytes = new byte[Math.max(expected, 256)];
    }

    @Override
    public void write(String text, int offset, int count) {
        if (count > 0) {
            append(offset == 0 && count == text.length() ? text : text.substring(offset, offset + count));
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        if (count <= 0) {
            return;
        }
        if (pending == 0) {
            reserve(count);
            int ascii = 0;
            while (ascii < count && chars[offset + ascii] < 0x80) {
                bytes[length++] = (byte) chars[offset + ascii++];
            }
            offset += ascii;
            count -= ascii;
        }
        if (count > 0) {
            append(new String(chars, offset, count));
        }
    }

    @Override
    public void write(int c) {
        append(String.valueOf((char) c));
    }

    private void append(String text) {
        if (pending != 0) {
            text = pending + text;
            pending = 0;
        }
        if (!text.isEmpty() && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            pending = text.charAt(text.length() - 1);
            text = text.substring(0, text.length() - 1);
        }
        byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
        reserve(encoded.length);
        System.arraycopy(encoded, 0, bytes, length, encoded.length);
        length += encoded.length;
    }

    private void reserve(int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
    }

    /** The body's length in bytes (a lone high surrogate left at the end counts as the "?" it becomes). */
    int length() {
        finish();
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        finish();
        out.write(bytes, 0, length);
    }

    private void finish() {
        if (pending != 0) {
            char lone = pending;
            pending = 0;
            byte[] encoded = String.valueOf(lone).getBytes(StandardCharsets.UTF_8);
            reserve(encoded.length);
            System.arraycopy(encoded, 0, bytes, length, encoded.length);
            length += encoded.length;
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
