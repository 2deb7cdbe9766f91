package org.policygraph.ask.question;

import java.util.List;

/** One thing a question is about, in every form the documents may write it (folded), with its weight. */
public record TermGroup(List<String> forms, double weight) {
    TermGroup withWeight(double newWeight) {
        return new TermGroup(forms, newWeight);
    }

    public boolean foundIn(String foldedText) {
        for (String form : forms) {
            if (foldedText.contains(form)) {
                return true;
            }
        }
        return false;
    }

    public String display() {
        return forms.get(0);
    }
}
