package org.policygraph.ask;

import java.util.List;

/** One thing a question is about, in every form the documents may write it (folded), with its weight. */
record TermGroup(List<String> forms, double weight) {
    TermGroup withWeight(double newWeight) {
        return new TermGroup(forms, newWeight);
    }

    boolean foundIn(String foldedText) {
        for (String form : forms) {
            if (foldedText.contains(form)) {
                return true;
            }
        }
        return false;
    }

    String display() {
        return forms.get(0);
    }
}
