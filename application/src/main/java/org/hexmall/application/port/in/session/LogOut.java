package org.hexmall.application.port.in.session;

import org.hexmall.domain.security.SessionId;

/** A customer or agent logs out: the session ends at once, on every server. */
public interface LogOut {

    void logOut(SessionId session);
}
