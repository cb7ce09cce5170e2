package org.hexmall.application.port.in.support;

/**
 * A customer search.
 *
 * @param text   part of a phone number, email address or name; blank lists every customer
 * @param page   which page of results, from 1
 */
public record CustomerSearchQuery(String text, int page) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_TEXT_LENGTH = 100;

    public CustomerSearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        page = Math.max(1, page);
    }

    /** Reads the page number from a URL parameter; anything but a positive number means page 1. */
    public static CustomerSearchQuery of(String text, String page) {
        int number;
        try {
            number = page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException notANumber) {
            number = 1;
        }
        return new CustomerSearchQuery(text, number);
    }
}
