package org.hexmall.application.port.in.support;

/**
 * A customer search. How the text is matched (a phone number's digits, an email address, a name; at the start or
 * anywhere) is told by {@code CustomerSearch} in the persistence out-port.
 *
 * @param text   a phone number, email address or name, or part of one; blank lists every customer
 * @param page   which page of results, from 1
 */
public record CustomerSearchQuery(String text, int page) {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_TEXT_LENGTH = 100;
    /** How many matches a search counts at most; more read "1,000+". */
    public static final int COUNTED_MATCHES = 1_000;

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
