package org.hexmall.adapter.out.face.simulated;

import java.net.URI;
import org.hexmall.application.port.out.face.FaceCheck;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Language;
import org.hexmall.simulator.face.FaceCheckPage;
import org.hexmall.simulator.face.FaceCheckSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's face-check gateway to the SIMULATED service. It hands the service the customer's id as an opaque
 * subject and reads outcomes from the service itself, never from the browser that comes back.
 */
public final class SimulatedFaceCheckGateway implements FaceCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedFaceCheckGateway.class);

    private final FaceCheckSimulator service;

    public SimulatedFaceCheckGateway(FaceCheckSimulator service) {
        this.service = service;
    }

    @Override
    public Start start(CustomerId customer, URI returnTo, Language language) {
        return service.open(customer.toString(), returnTo)
                .<Start>map(check -> new Started(check.reference(),
                        URI.create(FaceCheckPage.PREFIX + "/checks/" + check.reference())))
                .orElseGet(() -> {
                    LOG.warn("The simulated face-check service refused to open a check");
                    return new ServiceUnavailable();
                });
    }

    @Override
    public Outcome outcome(String reference) {
        return service.answerOf(reference).map(answer -> switch (answer) {
            case WAITING -> Outcome.PENDING;
            case IT_IS_ME -> Outcome.MATCHED;
            case NOT_ME -> Outcome.NOT_MATCHED;
            case CAMERA_UNAVAILABLE -> Outcome.CAMERA_UNAVAILABLE;
        }).orElse(Outcome.UNKNOWN);
    }
}
