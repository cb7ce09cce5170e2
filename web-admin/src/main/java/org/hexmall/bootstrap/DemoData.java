package org.hexmall.bootstrap;

import java.util.Optional;
import org.hexmall.application.port.in.account.RegisterCustomer;
import org.hexmall.application.port.in.account.RegisterCustomerCommand;
import org.hexmall.application.port.in.support.RegisterAgent;
import org.hexmall.application.port.in.support.RegisterAgentCommand;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;

/**
 * The customers and agents a person trying hexmall logs in with. Created through the same use cases
 * as real ones; a restart finds them there already and leaves them as they are.
 */
final class DemoData {

    private DemoData() {
    }

    static void seed(RegisterCustomer registerCustomer, RegisterAgent registerAgent) {
        customer(registerCustomer, "13800000001", "li.lei@example.com", "Li Lei", "demo-pass-1");
        customer(registerCustomer, "13800000002", "han.meimei@example.com", "Han Meimei", "demo-pass-2");
        agent(registerAgent, "agent", "Wang Fang", AgentRole.AGENT, "agent-pass-1");
        agent(registerAgent, "supervisor", "Zhang Wei", AgentRole.SUPERVISOR, "supervisor-pass-1");
    }

    private static void customer(RegisterCustomer registerCustomer, String phone, String email, String name,
                                 String password) {
        registerCustomer.register(new RegisterCustomerCommand(new PhoneNumber(phone),
                Optional.of(new EmailAddress(email)), new DisplayName(name), new PlainPassword(password)));
    }

    private static void agent(RegisterAgent registerAgent, String username, String name, AgentRole role,
                              String password) {
        registerAgent.register(new RegisterAgentCommand(new AgentUsername(username), name, role,
                new PlainPassword(password)));
    }
}
