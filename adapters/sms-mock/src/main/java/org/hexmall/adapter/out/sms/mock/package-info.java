/**
 * A SIMULATED SMS gateway, because the demo cannot send real text messages. Verification codes go into an
 * outbox that stands for the phone network; the simulated phone page shows a number's messages, and tests
 * read the latest code from it. A real gateway would hand the text to a carrier and keep nothing.
 */
package org.hexmall.adapter.out.sms.mock;
