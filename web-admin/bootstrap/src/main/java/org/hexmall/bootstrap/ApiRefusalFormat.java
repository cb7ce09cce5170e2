package org.hexmall.bootstrap;

import org.hexmall.adapter.in.web.api.ApiRefusals;
import org.hexmall.adapter.in.web.common.MalformedRequest;
import org.hexmall.adapter.in.web.common.RefusalFormat;

/**
 * Lets the shared check for unreadable requests answer under {@code /api} as the JSON API answers
 * everything, with a problem: the API does not know the web plumbing, nor the plumbing the API, so the
 * composition root connects them.
 */
final class ApiRefusalFormat implements RefusalFormat {

    @Override
    public boolean covers(String path) {
        return ApiRefusals.covers(path);
    }

    @Override
    public Body render(MalformedRequest refusal, String path) {
        return new Body(ApiRefusals.CONTENT_TYPE,
                ApiRefusals.problem(refusal.status(), refusal.code(), refusal.title(), refusal.detail(), path));
    }
}
