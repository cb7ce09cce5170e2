package org.hexmall.bootstrap;

import java.util.List;
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
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;

/**
 * The customers, agents and simulated wallet accounts a person trying hexmall uses. Created through the same use cases
 * as real ones; a restart finds them there already and leaves them as they are.
 */
final class DemoData {

    private DemoData() {
    }

    static void seed(RegisterCustomer registerCustomer, RegisterAgent registerAgent, WalletSimulator wallets) {
        customer(registerCustomer, "13800000001", "li.lei@example.com", "Li Lei", "demo-pass-1");
        customer(registerCustomer, "13800000002", "han.meimei@example.com", "Han Meimei", "demo-pass-2");
        agent(registerAgent, "agent", "Wang Fang", AgentRole.AGENT, "agent-pass-1");
        agent(registerAgent, "supervisor", "Zhang Wei", AgentRole.SUPERVISOR, "supervisor-pass-1");
        // Li Lei can pay for nearly anything; Han Meimei's ¥20.00 runs out quickly, as the guides' failures need.
        for (WalletProvider provider : List.of(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY)) {
            wallet(wallets, provider, "13800000001", "Li Lei", 500_000, "135790");
            wallet(wallets, provider, "13800000002", "Han Meimei", 2_000, "246801");
        }
    }

    private static void wallet(WalletSimulator wallets, WalletProvider provider, String phone, String holder,
                               long balanceFen, String paymentPassword) {
        wallets.accounts().open(provider, WalletAccountIdentifier.parse(provider, phone), holder, balanceFen,
                paymentPassword);
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
