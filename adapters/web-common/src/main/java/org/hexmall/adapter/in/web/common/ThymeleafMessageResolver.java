package org.hexmall.adapter.in.web.common;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * Lets templates read {@link Messages} with {@code #{key}}: those of the renderer that renders the page, which it puts
 * in the page's context under {@link #MESSAGES}, as the engine is shared by every renderer in the process.
 */
final class ThymeleafMessageResolver extends AbstractMessageResolver {

    /** The name of the page's context variable that holds the renderer's {@link Messages}. */
    static final String MESSAGES = "hexmall.messages";

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
        Messages messages = (Messages) context.getVariable(MESSAGES);
        return messages.find(context.getLocale(), key, arguments == null ? new Object[0] : arguments).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] arguments) {
        return "??" + key + "??";
    }
}
