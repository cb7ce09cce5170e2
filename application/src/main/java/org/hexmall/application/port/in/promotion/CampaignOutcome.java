package org.hexmall.application.port.in.promotion;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.promotion.CampaignId;

/** What became of a supervisor's creation or change of a campaign. */
public sealed interface CampaignOutcome {

    /** Done, and audited. */
    record Done(CampaignId campaign) implements CampaignOutcome {

        public Done {
            Objects.requireNonNull(campaign, "campaign");
        }
    }

    /** There is no such campaign. */
    record NotFound() implements CampaignOutcome {
    }

    /**
     * The campaign names products the catalog does not have, ordered by id; nothing was created, as
     * the storefront would advertise a discount on products no one can buy.
     */
    record UnknownProducts(List<ProductId> products) implements CampaignOutcome {

        public UnknownProducts {
            products = List.copyOf(products);
        }
    }

    /** Only supervisors manage campaigns; nothing was changed. */
    record NotSupervisor() implements CampaignOutcome {
    }

    /**
     * The campaign's rules refuse the change, such as pausing a paused campaign or a budget below what payments
     * already used; the code and its values say why, as a field error would.
     */
    record Refused(String code, List<Object> arguments) implements CampaignOutcome {

        public Refused {
            Objects.requireNonNull(code, "code");
            arguments = List.copyOf(arguments);
        }
    }
}
