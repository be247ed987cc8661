package org.socialplaybook.platform;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;

/** A CSV file as a REST response: UTF-8 with a byte-order mark (spreadsheets read accents right), as a download. */
public final class CsvDownload {
    private CsvDownload() {
    }

    public static Response of(String fileName, String csv) {
        String safeName = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        return Response.ok(bytes, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + safeName + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
