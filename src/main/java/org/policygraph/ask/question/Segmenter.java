package org.policygraph.ask.question;

import java.util.Collection;
import java.util.List;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;

/** HanLP word segmentation that keeps department names and glossary terms whole. */
public final class Segmenter {
    public Segmenter(Collection<String> vocabulary) {
        // CustomDictionary is HanLP's process-wide dictionary: words are added once, when the asker is built.
        for (String word : vocabulary) {
            if (word.length() >= 2 && !CustomDictionary.contains(word)) {
                CustomDictionary.add(word);
            }
        }
    }

    public static void preload() {
        StandardTokenizer.segment("郑州市商务局牵头推进中欧班列建设");
    }

    List<String> words(String text) {
        return StandardTokenizer.segment(text).stream().map(term -> term.word).toList();
    }
}
