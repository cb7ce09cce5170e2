package org.hexmall.adapter.in.web.common;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Lets templates read {@link Messages} with {@code #{key}}. */
final class ThymeleafMessageResolver extends AbstractMessageResolver {

    private final Messages messages;

    ThymeleafMessageResolver(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
        return messages.find(context.getLocale(), key, arguments == null ? new Object[0] : arguments).orElse(null);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                    Object[] arguments) {
        return "??" + key + "??";
    }
}
