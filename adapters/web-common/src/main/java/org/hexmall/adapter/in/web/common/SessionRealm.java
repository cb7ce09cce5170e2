package org.hexmall.adapter.in.web.common;

/**
 * A part of the site with sessions of its own, so that logging into the console does not touch a
 * shopper's session in the same browser, and a shopper's session can never open the console.
 *
 * @param pathPrefix the paths the realm covers; its cookie is sent only there
 * @param cookieName the cookie that carries the realm's session id
 */
public record SessionRealm(String pathPrefix, String cookieName) {

    public boolean covers(String path) {
        return pathPrefix.equals("/") || path.equals(pathPrefix) || path.startsWith(pathPrefix + "/");
    }
}
