package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.catalog.ViewProduct;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;

/**
 * {@code GET /images/products/{id}.svg}: a picture of a product, drawn by hexmall itself so the demo
 * store needs no photos: a card in the colour of the product's category, a pictogram of the kind of product
 * (earbuds, a kettle...) or, for a kind without its own, of the category, and the product's code. Pages show it
 * with the product's name as its text alternative.
 */
public final class ProductImages {

    public static final String PREFIX = "/images/products/";
    private static final String SUFFIX = ".svg";
    /** A picture changes only if the product changes category, so browsers may keep it for a day. */
    private static final String CACHE_FOR_A_DAY = "public, max-age=86400";

    private final ViewProduct viewProduct;

    public ProductImages(ViewProduct viewProduct) {
        this.viewProduct = viewProduct;
    }

    public void register(RoutesConfig routes) {
        routes.get(PREFIX + "{file}", this::image);
    }

    private void image(Context ctx) {
        String file = ctx.pathParam("file");
        Optional<Product> product = file.endsWith(SUFFIX)
                ? CatalogController.productId(file.substring(0, file.length() - SUFFIX.length()))
                        .flatMap(viewProduct::view)
                : Optional.empty();
        if (product.isEmpty()) {
            ctx.status(404);
            return;
        }
        ctx.header("Cache-Control", CACHE_FOR_A_DAY);
        ctx.contentType("image/svg+xml; charset=UTF-8");
        ctx.result(svg(product.get()));
    }

    private static String svg(Product product) {
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" width="240" height="240">
                  <rect x="4" y="4" width="232" height="232" rx="24" fill="%s"/>
                  <g fill="#ffffff" stroke="#ffffff" stroke-width="6" stroke-linejoin="round">
                %s
                  </g>
                  <text x="120" y="212" text-anchor="middle" font-family="sans-serif" font-size="20" fill="#ffffff">%s</text>
                </svg>
                """.formatted(colour(product.category()), pictogram(product),
                escape(product.id().value()));
    }

    /** Each category its own colour, all dark enough for the white code on it to read well. */
    private static String colour(Category category) {
        return switch (category) {
            case ELECTRONICS -> "#1f5fa8";
            case GROCERIES -> "#2e7d32";
            case BOOKS -> "#8a4b08";
            case HOME -> "#6a3d9a";
            case CLOTHING -> "#b0275e";
            case SPORTS -> "#00695c";
        };
    }

    /**
     * The drawing of the product's kind, known by a word of its English name, or else of its category. A picture is
     * only a picture: which kind a product is decides nothing else, so its name is a good enough guide.
     */
    private static String pictogram(Product product) {
        // Whole words only: a bamboo steamer is no cup of tea.
        String name = " " + product.nameEn().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ") + " ";
        String colour = colour(product.category());
        return KINDS.entrySet().stream()
                .filter(kind -> name.contains(" " + kind.getKey() + " "))
                .findFirst()
                .map(kind -> kind.getValue().replace("CARD", colour))
                .orElseGet(() -> pictogram(product.category()));
    }

    /** Drawings of kinds of product, by a word of the name; {@code CARD} stands for the card's colour. In order. */
    private static final Map<String, String> KINDS = kinds();

    private static Map<String, String> kinds() {
        var kinds = new LinkedHashMap<String, String>();
        // Two earbuds, each a bud with its stem.
        kinds.put("earbuds", """
                    <circle cx="92" cy="80" r="22"/>
                    <rect x="84" y="90" width="16" height="66" rx="8"/>
                    <circle cx="148" cy="80" r="22"/>
                    <rect x="140" y="90" width="16" height="66" rx="8"/>
                    <circle cx="92" cy="80" r="9" fill="CARD" stroke="none"/>
                    <circle cx="148" cy="80" r="9" fill="CARD" stroke="none"/>""");
        // A phone: its body, the screen cut out, and the home button.
        kinds.put("smartphone", """
                    <rect x="85" y="40" width="70" height="120" rx="10"/>
                    <rect x="95" y="55" width="50" height="80" fill="CARD" stroke="none"/>
                    <circle cx="120" cy="148" r="5" fill="CARD" stroke="none"/>""");
        // A power bank: a flat block with a lightning bolt.
        kinds.put("power bank", """
                    <rect x="70" y="50" width="100" height="110" rx="14"/>
                    <polygon points="126,64 96,112 118,112 108,148 144,96 122,96 134,64" fill="CARD" stroke="none"/>""");
        // A cable coiled between its two plugs.
        kinds.put("cable", """
                    <rect x="56" y="44" width="26" height="40" rx="5"/>
                    <rect x="158" y="120" width="26" height="40" rx="5"/>
                    <path d="M69 84 C 69 150, 171 60, 171 120" fill="none" stroke-width="8"/>""");
        // A speaker: its box with two cones.
        kinds.put("speaker", """
                    <rect x="80" y="38" width="80" height="124" rx="12"/>
                    <circle cx="120" cy="72" r="14" fill="CARD" stroke="none"/>
                    <circle cx="120" cy="124" r="24" fill="CARD" stroke="none"/>""");
        // A cup of tea with its saucer and steam.
        kinds.put("tea", """
                    <path d="M74 92 h92 v30 a46 40 0 0 1 -92 0 z"/>
                    <line x1="62" y1="166" x2="178" y2="166"/>
                    <path d="M104 50 q10 14 0 28 M136 50 q10 14 0 28" fill="none"/>""");
        // A kettle: body, spout and handle.
        kinds.put("kettle", """
                    <path d="M82 160 L92 78 h56 l10 82 z"/>
                    <polygon points="92,100 58,76 64,70 96,88"/>
                    <path d="M148 86 q40 10 10 56" fill="none" stroke-width="8"/>
                    <rect x="104" y="64" width="32" height="14" rx="4"/>""");
        // A desk lamp: its base, arm and shade.
        kinds.put("lamp", """
                    <rect x="70" y="152" width="80" height="10" rx="4"/>
                    <line x1="100" y1="152" x2="128" y2="96" stroke-width="8"/>
                    <line x1="128" y1="96" x2="104" y2="60" stroke-width="8"/>
                    <polygon points="96,40 150,70 128,92 82,64"/>""");
        // A sneaker.
        kinds.put("sneakers", """
                    <path d="M52 150 v-46 q16 4 30 -14 q36 28 70 30 q34 4 36 30 z"/>
                    <line x1="52" y1="150" x2="188" y2="150"/>""");
        return Collections.unmodifiableMap(kinds);
    }

    /** A simple drawing of the category, made of basic shapes inside the top of the card. */
    private static String pictogram(Category category) {
        return switch (category) {
            // A phone: its body, the screen cut out, and the home button.
            case ELECTRONICS -> """
                    <rect x="85" y="40" width="70" height="120" rx="10"/>
                    <rect x="95" y="55" width="50" height="80" fill="#1f5fa8" stroke="none"/>
                    <circle cx="120" cy="148" r="5" fill="#1f5fa8" stroke="none"/>""";
            // An apple with its stem and a leaf.
            case GROCERIES -> """
                    <circle cx="120" cy="112" r="46"/>
                    <line x1="120" y1="66" x2="126" y2="44" fill="none"/>
                    <ellipse cx="142" cy="52" rx="14" ry="7"/>""";
            // An open book: two pages and its spine.
            case BOOKS -> """
                    <polygon points="60,60 118,72 118,160 60,148"/>
                    <polygon points="180,60 122,72 122,160 180,148"/>""";
            // A house: the roof, the walls, and the door cut out.
            case HOME -> """
                    <polygon points="120,40 180,95 60,95"/>
                    <rect x="75" y="95" width="90" height="65"/>
                    <rect x="108" y="120" width="24" height="40" fill="#6a3d9a" stroke="none"/>""";
            // A T-shirt.
            case CLOTHING -> """
                    <polygon points="95,45 145,45 185,75 168,100 152,88 152,160 88,160 88,88 72,100 55,75"/>""";
            // A ball with its seams.
            case SPORTS -> """
                    <circle cx="120" cy="102" r="58" fill="none"/>
                    <line x1="62" y1="102" x2="178" y2="102"/>
                    <path d="M120 44 C 95 70, 95 134, 120 160" fill="none"/>
                    <path d="M120 44 C 145 70, 145 134, 120 160" fill="none"/>""";
        };
    }

    /** Product codes are plain letters and digits today; escaping keeps the picture well-formed regardless. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
