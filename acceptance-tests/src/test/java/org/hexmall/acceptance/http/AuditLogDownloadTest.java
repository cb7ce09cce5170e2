package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.junit.jupiter.api.Test;

/**
 * A supervisor downloads a customer's whole audit log as one file, however long: more entries than a file once held
 * (10,000), in the database the store runs on, every one of them in its place, newest first.
 */
class AuditLogDownloadTest {

    private static final int ENTRIES = 10_001;

    @Test
    void aLogOfMoreThanTenThousandEntries_downloadsWhole_newestFirst() {
        HexmallConfig config = HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:audit-download-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (HexmallApplication hexmall = HexmallApplication.start(config, Clock.systemUTC())) {
            CustomerId liLei = new CustomerId(UUID.randomUUID());
            AgentId wangFang = new AgentId(UUID.randomUUID());
            Instant firstCall = Instant.now().minus(Duration.ofDays(30));
            hexmall.storage().transactions().inTransaction(() -> {
                for (int call = 0; call < ENTRIES; call++) {
                    hexmall.storage().auditLog().append(new AuditEntry(firstCall.plusSeconds(call / 2), wangFang,
                            "wang.fang", liLei, AgentAction.FREEZE_ACCOUNT, "account", "Call " + call));
                }
            });
            var supervisor = new HttpShopper(URI.create(hexmall.baseUrl()));
            supervisor.submit("/admin/login", Map.of("username", "supervisor", "password", "supervisor-pass-1"));

            String file = supervisor.page("/admin/audit.csv?customer=" + liLei);

            List<String> lines = List.of(file.split("\r\n"));
            assertThat(lines).hasSize(1 + ENTRIES);
            assertThat(lines.getFirst()).startsWith("\uFEFF\"Time\"");
            assertThat(lines.get(1)).contains("\"Call " + (ENTRIES - 1) + "\"");
            assertThat(lines.getLast()).contains("\"Call 0\"");
            assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line)
                    .contains("\"wang.fang\"", "\"" + liLei + "\""));
        }
    }
}
