package org.socialplaybook.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every text colour the plugin sets itself, in its style sheets and in the inline styles of its templates (the Monday
 * digest's mail has no style sheet), reaches WCAG AA's 4.5:1 against the background the same rule or element sets,
 * or white when it sets none, and none is AUI's muted #6b778c, which passes on white only just and fails on AUI's
 * greys (the plugin's muted text is #505f79). AUI's own colours are AUI's; axe in {@code AccessibilityIT} checks the drawn pages,
 * this checks the states and mails it does not open (a not-started cell, a handled follow-up, the mail's footer).
 */
public class TextContrastTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final String HEX = "#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b";
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern COLOR = Pattern.compile("(?<![-\\w])color\\s*:\\s*" + HEX);
    private static final Pattern BACKGROUND = Pattern.compile("background(?:-color)?\\s*:[^;\"]*?" + HEX);
    private static final Pattern OPACITY = Pattern.compile("(?<![-\\w])opacity\\s*:\\s*([0-9.]+)");
    private static final Pattern STYLE = Pattern.compile("style=\"([^\"]*)\"");

    static double contrast(String foreground, String background) {
        double a = luminance(foreground);
        double b = luminance(background);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String hex) {
        int[] rgb = rgb(hex);
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = rgb[i] / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static int[] rgb(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        int v = Integer.parseInt(h, 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }

    /** The colour a text of {@code hex} at {@code opacity} shows on {@code background}. */
    static String blend(String hex, double opacity, String background) {
        int[] f = rgb(hex);
        int[] b = rgb(background);
        StringBuilder out = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            out.append(String.format(Locale.ROOT, "%02x", Math.round(f[i] * opacity + b[i] * (1 - opacity))));
        }
        return out.toString();
    }

    /** What a declaration block says about its text: "color on background: ratio" when it is under 4.5:1. */
    private static String check(String where, String declarations) {
        Matcher color = COLOR.matcher(declarations);
        if (!color.find()) {
            return null;
        }
        Matcher bg = BACKGROUND.matcher(declarations);
        String background = bg.find() ? "#" + bg.group(1) : "#ffffff";
        Matcher opacity = OPACITY.matcher(declarations);
        String shown = opacity.find() ? blend("#" + color.group(1), Double.parseDouble(opacity.group(1)), background)
                : "#" + color.group(1);
        if (color.group(1).equalsIgnoreCase("6b778c")) {
            return where + ": AUI's #6b778c (4.52:1 on white, 4.15:1 on AUI's grey #f4f5f7); muted text here is #505f79";
        }
        double ratio = contrast(shown, background);
        return ratio >= 4.5 ? null : String.format(Locale.ROOT, "%s: #%s on %s is %.2f:1", where, color.group(1), background, ratio);
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(RESOURCES)) {
            return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    public void theContrastIsWorkedOutAsWcagDoes() {
        assertEquals(21.0, contrast("#000000", "#fff"), 0.01);
        assertEquals(6.45, contrast("#505f79", "#ffffff"), 0.01);
        assertEquals(4.52, contrast("#6b778c", "#ffffff"), 0.01);
        assertTrue("AUI's muted grey on AUI's form grey", contrast("#6b778c", "#f4f5f7") < 4.5);
        assertTrue("75% of #505f79 on white", contrast(blend("#505f79", 0.75, "#ffffff"), "#ffffff") < 4.5);
    }

    @Test
    public void everyTextColourInTheStyleSheetsReachesFourAndAHalfToOne() throws IOException {
        List<String> low = new ArrayList<>();
        List<Path> sheets = files(".css");
        for (Path css : sheets) {
            String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
            Matcher rule = RULE.matcher(text);
            while (rule.find()) {
                String problem = check(RESOURCES.relativize(css) + " " + rule.group(1).strip(), rule.group(2));
                if (problem != null) {
                    low.add(problem);
                }
            }
        }

        assertTrue("the plugin's style sheets are read", sheets.size() >= 8);
        assertEquals(String.join("\n", low), List.of(), low);
    }

    @Test
    public void everyTextColourInTheTemplatesInlineStylesReachesFourAndAHalfToOne() throws IOException {
        List<String> low = new ArrayList<>();
        int styles = 0;
        for (Path vm : files(".vm")) {
            Matcher style = STYLE.matcher(Files.readString(vm));
            while (style.find()) {
                styles++;
                String problem = check(RESOURCES.relativize(vm) + " style=\"" + style.group(1) + "\"", style.group(1));
                if (problem != null) {
                    low.add(problem);
                }
            }
        }

        assertTrue("the digest mail's inline styles are read: " + styles, styles >= 2);
        assertEquals(String.join("\n", low), List.of(), low);
    }
}
