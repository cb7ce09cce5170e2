package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.shared.Language;
import org.junit.jupiter.api.Test;

class ChooseLanguageTest {

    private final InMemoryHexmall hexmall = new InMemoryHexmall();

    @Test
    void choosingChinese_lastsForTheRestOfTheSession() {
        Session visitor = hexmall.newVisitor();

        hexmall.chooseLanguage.choose(visitor.id(), Language.SIMPLIFIED_CHINESE);

        Session nextRequest = hexmall.resumeSession.resume(Optional.of(visitor.id()));
        assertThat(nextRequest.id()).isEqualTo(visitor.id());
        assertThat(nextRequest.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
    }

    @Test
    void choosingALanguage_changesItOnlyForThatVisitor() {
        Session chinese = hexmall.newVisitor();
        Session other = hexmall.newVisitor();

        hexmall.chooseLanguage.choose(chinese.id(), Language.SIMPLIFIED_CHINESE);

        assertThat(hexmall.resumeSession.resume(Optional.of(other.id())).language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void choosingALanguage_keepsTheCustomerLoggedIn() {
        hexmall.registeredCustomer("13800138000", "", "李雷", "tea-4two-pots");
        Session loggedIn = InMemoryHexmall.sessionAfter(
                hexmall.logIn("13800138000", "tea-4two-pots", hexmall.newVisitor()));

        hexmall.chooseLanguage.choose(loggedIn.id(), Language.SIMPLIFIED_CHINESE);

        Session nextRequest = hexmall.resumeSession.resume(Optional.of(loggedIn.id()));
        assertThat(nextRequest.principal()).isEqualTo(loggedIn.principal());
        assertThat(nextRequest.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
    }

    @Test
    void choosingEnglishAgain_switchesBack() {
        Session visitor = hexmall.newVisitor();
        hexmall.chooseLanguage.choose(visitor.id(), Language.SIMPLIFIED_CHINESE);

        hexmall.chooseLanguage.choose(visitor.id(), Language.ENGLISH);

        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).language()).isEqualTo(Language.ENGLISH);
    }
}
