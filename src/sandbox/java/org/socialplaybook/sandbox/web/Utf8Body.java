package org.socialplaybook.sandbox.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A response body written as text and kept as UTF-8 bytes: each string is encoded as it comes
 * ({@link String#getBytes}, which copies an ASCII string's bytes as they are), so a page is neither copied into one big
 * string nor encoded a character at a time. Not thread-safe: one render's.
 */
final class Utf8Body extends Writer {
    private byte[] bytes;
    private int length;

    Utf8Body(int expected) {
        bytes = new byte[Math.max(expected, 256)];
    }

    @Override
    public void write(String text, int offset, int count) {
        append(offset == 0 && count == text.length() ? text : text.substring(offset, offset + count));
    }

    @Override
    public void write(String text) {
        append(text);
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        reserve(count);
        int ascii = 0;
        while (ascii < count && chars[offset + ascii] < 0x80) {
            bytes[length++] = (byte) chars[offset + ascii++];
        }
        if (ascii < count) {
            append(new String(chars, offset + ascii, count - ascii));
        }
    }

    @Override
    public void write(int c) {
        append(String.valueOf((char) c));
    }

    private void append(String text) {
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

    int length() {
        return length;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
