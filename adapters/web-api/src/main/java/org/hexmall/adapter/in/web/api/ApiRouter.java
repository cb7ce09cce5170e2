package org.hexmall.adapter.in.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the API's endpoints so that every one of them answers in JSON whatever happens: each
 * handler runs inside a guard that turns refusals into problems and anything unexpected into a 500
 * problem with a reference, never a stack trace or the storefront's HTML error page. It also remembers
 * which methods each path answers, to tell a wrong method (405) from an unknown address (404).
 */
final class ApiRouter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);
    private static final String HANDLED_ATTRIBUTE = "hexmall.api.handled";

    private final RoutesConfig routes;
    private final List<Route> registered = new ArrayList<>();

    ApiRouter(RoutesConfig routes) {
        this.routes = routes;
    }

    void get(String path, Handler handler) {
        add(HandlerType.GET, path, handler);
    }

    void post(String path, Handler handler) {
        add(HandlerType.POST, path, handler);
    }

    void put(String path, Handler handler) {
        add(HandlerType.PUT, path, handler);
    }

    void delete(String path, Handler handler) {
        add(HandlerType.DELETE, path, handler);
    }

    /** The methods that some endpoint answers at {@code path}, in the order they were registered. */
    List<String> methodsAt(String path) {
        return registered.stream().filter(route -> route.matches(path)).map(route -> route.method().name())
                .distinct().toList();
    }

    /** True when an endpoint of the API took the request, whatever it answered. */
    static boolean handled(Context ctx) {
        return Boolean.TRUE.equals(ctx.attribute(HANDLED_ATTRIBUTE));
    }

    private void add(HandlerType method, String path, Handler handler) {
        registered.add(Route.of(method, path));
        routes.addHttpHandler(method, path, ctx -> guard(ctx, handler));
    }

    private static void guard(Context ctx, Handler handler) {
        ctx.attribute(HANDLED_ATTRIBUTE, true);
        try {
            handler.handle(ctx);
        } catch (ApiProblem problem) {
            ApiResponses.problem(ctx, problem.problem());
        } catch (InvalidCommandException invalid) {
            ApiResponses.problem(ctx, Problems.validationFailed(invalid.errors()));
        } catch (DomainException refused) {
            ApiResponses.problem(ctx, Problems.ruleBroken(refused.code(), refused.arguments()));
        } catch (HttpResponseException refusedByJavalin) {
            ApiResponses.problem(ctx, Problems.refusedByServer(refusedByJavalin.getStatus()));
        } catch (Exception unexpected) {
            String reference = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
            LOG.error("Unexpected error in the API, reference {}, on {} {}", reference, ctx.method(), ctx.path(),
                    unexpected);
            ApiResponses.problem(ctx, Problems.internalError(reference));
        }
    }

    /** A registered endpoint; its path's {@code {parameters}} match any one segment. */
    private record Route(HandlerType method, Pattern path) {

        static Route of(HandlerType method, String template) {
            StringBuilder regex = new StringBuilder();
            for (String segment : template.substring(1).split("/", -1)) {
                regex.append('/').append(segment.startsWith("{") ? "[^/]+" : Pattern.quote(segment));
            }
            return new Route(method, Pattern.compile(regex.toString()));
        }

        boolean matches(String candidate) {
            return path.matcher(candidate).matches();
        }
    }
}
