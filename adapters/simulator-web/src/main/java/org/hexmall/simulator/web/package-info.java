/**
 * The page plumbing the SIMULATED wallet apps and phone share, as the store's web adapters share theirs: one
 * Thymeleaf engine per simulator, the simulators' own layout and texts, and what the hosting site tells them
 * about its visitor ({@link org.hexmall.simulator.web.PageHost}). Nothing here knows the store.
 */
package org.hexmall.simulator.web;
