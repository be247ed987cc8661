package org.socialplaybook.sandbox.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Confluence's atl_token for the sandbox's own forms: an HMAC of the username under a per-start secret. */
public final class XsrfTokens {
    private final byte[] secret = new byte[32];

    public XsrfTokens() {
        new SecureRandom().nextBytes(secret);
    }

    public String tokenFor(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(username.getBytes(StandardCharsets.UTF_8))).substring(0, 40);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean valid(String username, String token) {
        return username != null && token != null && MessageDigest.isEqual(
                tokenFor(username).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
