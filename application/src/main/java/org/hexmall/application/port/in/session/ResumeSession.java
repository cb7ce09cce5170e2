package org.hexmall.application.port.in.session;

import java.util.Optional;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;

/** Every request picks up its visitor's session, or starts a new one if it has none or it ended. */
public interface ResumeSession {

    Session resume(Optional<SessionId> presented);
}
