package org.hexmall.domain.shared;

import java.util.Arrays;
import java.util.Optional;

/** The languages hexmall speaks, named by their BCP 47 tags. */
public enum Language {
    ENGLISH("en"),
    SIMPLIFIED_CHINESE("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static Optional<Language> fromTag(String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
