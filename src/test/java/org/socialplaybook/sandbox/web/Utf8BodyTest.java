package org.socialplaybook.sandbox.web;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** The page body the sandbox sends is the UTF-8 of what the templates wrote, however the writes were cut. */
public class Utf8BodyTest {
    private static final String TEXT = "<p>Plain ASCII, then Sofía’s “quotes” — and an emoji 🙂 at the end🙂</p>";

    @Test
    public void stringsCharArraysAndSingleCharactersGiveTheSameBytesAsTheWholeText() throws Exception {
        for (int cut = 0; cut <= TEXT.length(); cut++) {
            Utf8Body body = new Utf8Body(8);
            char[] head = TEXT.substring(0, cut).toCharArray();
            body.write(head, 0, head.length); // may end between the two halves of the emoji
            String tail = TEXT.substring(cut);
            if (!tail.isEmpty()) {
                body.write(tail.charAt(0));
                body.write(tail, 1, tail.length() - 1);
            }
            assertArrayEquals("cut at " + cut, TEXT.getBytes(StandardCharsets.UTF_8), bytes(body));
        }
    }

    @Test
    public void theLengthIsTheNumberOfBytesSent() throws Exception {
        Utf8Body body = new Utf8Body(0);
        body.write("añ—");
        body.write(new char[] {'x', '\uD83D'}, 0, 2);
        body.write("\uDE42");
        assertEquals("añ—x🙂".getBytes(StandardCharsets.UTF_8).length, body.length());
        assertEquals("añ—x🙂", new String(bytes(body), StandardCharsets.UTF_8));
    }

    private static byte[] bytes(Utf8Body body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        body.writeTo(out);
        return out.toByteArray();
    }
}
