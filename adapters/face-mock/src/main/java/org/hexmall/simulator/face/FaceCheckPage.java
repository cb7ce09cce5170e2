package org.hexmall.simulator.face;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.hexmall.simulator.web.PageHost;
import org.hexmall.simulator.web.SimulatorPages;

/**
 * The SIMULATED face check's page, {@code /mock-face/checks/{reference}}: "look at the camera". There is no camera;
 * in demo mode the person answers for it with one of three buttons, and is sent back to the store. In demo mode too,
 * {@code /mock-face/faults} switches a failure of the service on or off.
 */
public final class FaceCheckPage {

    /** The page's own texts; the layout's are in {@link SimulatorPages#SHARED_BUNDLE}. */
    public static final String MESSAGES = "i18n/mock-face";
    public static final String PREFIX = "/mock-face";

    private final FaceCheckSimulator simulator;
    private final SimulatorPages pages;
    private final boolean demoMode;

    public FaceCheckPage(FaceCheckSimulator simulator, PageHost host, ZoneId displayZone, boolean demoMode) {
        this.simulator = simulator;
        this.pages = new SimulatorPages(MESSAGES, host, displayZone, demoMode);
        this.demoMode = demoMode;
    }

    public void register(RoutesConfig routes) {
        routes.get(PREFIX + "/checks/{reference}", this::show);
        routes.post(PREFIX + "/checks/{reference}", this::answer);
        if (demoMode) {
            routes.get(PREFIX + "/faults", ctx -> showFaults(ctx, 200));
            routes.post(PREFIX + "/faults", this::injectFault);
        }
    }

    private void show(Context ctx) {
        Optional<FaceCheckSimulator.Check> check = simulator.find(ctx.pathParam("reference"));
        if (check.isEmpty()) {
            pages.render(ctx, 404, "mock-face/no-check", Map.of());
            return;
        }
        pages.render(ctx, 200, "mock-face/camera", Map.of("check", check.get()));
    }

    private void answer(Context ctx) {
        Optional<FaceCheckAnswer> answer = parse(ctx.formParam("answer"));
        Optional<FaceCheckSimulator.Check> check = simulator.find(ctx.pathParam("reference"));
        if (check.isEmpty()) {
            pages.render(ctx, 404, "mock-face/no-check", Map.of());
            return;
        }
        if (answer.isEmpty() || !demoMode) {
            pages.render(ctx, 422, "mock-face/camera", Map.of("check", check.get(),
                    "problem", pages.text(ctx, "mock-face.choose")));
            return;
        }
        simulator.answer(check.get().reference(), answer.get());
        ctx.redirect(check.get().returnTo().toString(), HttpStatus.SEE_OTHER);
    }

    private void showFaults(Context ctx, int status) {
        pages.render(ctx, status, "mock-face/faults", Map.of("current", simulator.fault(),
                "faults", FaceFault.values()));
    }

    private void injectFault(Context ctx) {
        Optional<FaceFault> fault = Arrays.stream(FaceFault.values())
                .filter(candidate -> candidate.name().equals(ctx.formParam("fault")))
                .findFirst();
        if (fault.isEmpty()) {
            showFaults(ctx, 422);
            return;
        }
        simulator.inject(fault.get());
        ctx.redirect(PREFIX + "/faults", HttpStatus.SEE_OTHER);
    }

    private static Optional<FaceCheckAnswer> parse(String typed) {
        return Arrays.stream(FaceCheckAnswer.values())
                .filter(answer -> answer != FaceCheckAnswer.WAITING && answer.name().equals(typed))
                .findFirst();
    }
}
