package org.hexmall.adapter.in.web.common;

import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Lets templates write links as {@code @{/path(param=${value})}}, with parameters encoded, although
 * pages are rendered outside a servlet context: hexmall is always served at the root path.
 */
final class RootContextLinks extends StandardLinkBuilder {

    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        return "";
    }
}
