package org.policygraph.ask.question;

/** The language of a question, which is the language of its answer. */
public enum Language {
    ZH, EN;

    /** English when Latin letters clearly outnumber Chinese characters (an English question may quote a 文号). */
    static Language of(String question) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < question.length(); i++) {
            char c = question.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                latin++;
            }
        }
        return latin > 2 * han ? EN : ZH;
    }
}
