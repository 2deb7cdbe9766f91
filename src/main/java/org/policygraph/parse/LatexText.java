package org.policygraph.parse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites the inline LaTeX of OCR output ({@code $\geq 30\%$}) as plain text (≥30%). */
final class LatexText {
    private static final Pattern INLINE = Pattern.compile("\\$([^$]{1,400})\\$");
    private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\(?:text|mathrm|textbf|mathbf)\\{([^}]*)}");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("\\geqslant", "≥"), Map.entry("\\leqslant", "≤"),
            Map.entry("\\geq", "≥"), Map.entry("\\leq", "≤"), Map.entry("\\ge", "≥"), Map.entry("\\le", "≤"),
            Map.entry("\\times", "×"), Map.entry("\\div", "÷"), Map.entry("\\neq", "≠"), Map.entry("\\pm", "±"),
            Map.entry("\\approx", "≈"), Map.entry("\\cdot", "·"), Map.entry("\\%", "%"),
            Map.entry("\\left", ""), Map.entry("\\right", ""), Map.entry("\\,", ""), Map.entry("\\;", ""));

    String toPlain(String line) {
        if (line.indexOf('$') < 0) {
            return line;
        }
        Matcher m = INLINE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(formula(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String formula(String latex) {
        String text = TEXT_COMMAND.matcher(latex).replaceAll("$1");
        // longest names first so that \geq is not read as \ge + "q"
        for (String name : SYMBOLS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            text = text.replace(name, SYMBOLS.get(name));
        }
        return text.replace("{", "").replace("}", "").replaceAll("\\s+", "");
    }
}
