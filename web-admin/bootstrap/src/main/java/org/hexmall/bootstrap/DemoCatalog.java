package org.hexmall.bootstrap;

import java.util.List;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.Money;

/** The demo store's shelves: thirty products in six departments, priced in yuan and fen. */
final class DemoCatalog {

    private DemoCatalog() {
    }

    static List<Product> products() {
        return List.of(
                product("ELEC-0001", "Wireless earbuds", "无线耳机", Category.ELECTRONICS, 399, 0),
                product("ELEC-0002", "Smartphone 128 GB", "智能手机 128GB", Category.ELECTRONICS, 2_999, 0),
                product("ELEC-0003", "Power bank 10000 mAh", "充电宝 10000 毫安", Category.ELECTRONICS, 129, 0),
                product("ELEC-0004", "USB-C charging cable", "USB-C 数据线", Category.ELECTRONICS, 29, 90),
                product("ELEC-0005", "Bluetooth speaker", "蓝牙音箱", Category.ELECTRONICS, 259, 0),
                product("GROC-0001", "Jasmine tea, 250 g", "茉莉花茶 250 克", Category.GROCERIES, 68, 0),
                product("GROC-0002", "Northeast rice, 5 kg", "东北大米 5 公斤", Category.GROCERIES, 59, 90),
                product("GROC-0003", "Dried longan, 500 g", "桂圆干 500 克", Category.GROCERIES, 45, 50),
                product("GROC-0004", "Sesame oil, 500 ml", "芝麻油 500 毫升", Category.GROCERIES, 32, 80),
                product("GROC-0005", "Mooncakes, box of 8", "月饼礼盒 8 只装", Category.GROCERIES, 168, 0),
                product("BOOK-0001", "The Three-Body Problem", "三体", Category.BOOKS, 23, 0),
                product("BOOK-0002", "Hexagonal Architecture Explained", "六边形架构详解", Category.BOOKS, 89, 0),
                product("BOOK-0003", "Learn Chinese Characters", "汉字入门", Category.BOOKS, 36, 50),
                product("BOOK-0004", "Classic Chinese Poems", "唐诗三百首", Category.BOOKS, 19, 80),
                product("BOOK-0005", "Children's picture atlas", "儿童地图绘本", Category.BOOKS, 58, 0),
                product("HOME-0001", "Electric kettle 1.7 L", "电热水壶 1.7 升", Category.HOME, 149, 0),
                product("HOME-0002", "Rice cooker", "电饭煲", Category.HOME, 399, 0),
                product("HOME-0003", "Bamboo steamer", "竹蒸笼", Category.HOME, 49, 90),
                product("HOME-0004", "Cotton bath towels, 2 pieces", "纯棉浴巾 2 条装", Category.HOME, 79, 0),
                product("HOME-0005", "Desk lamp", "台灯", Category.HOME, 119, 0),
                product("CLOTH-0001", "Cotton T-shirt", "纯棉 T 恤", Category.CLOTHING, 69, 0),
                product("CLOTH-0002", "Down jacket", "羽绒服", Category.CLOTHING, 599, 0),
                product("CLOTH-0003", "Silk scarf", "真丝围巾", Category.CLOTHING, 199, 0),
                product("CLOTH-0004", "Running socks, 3 pairs", "运动袜 3 双装", Category.CLOTHING, 39, 90),
                product("CLOTH-0005", "Canvas sneakers", "帆布鞋", Category.CLOTHING, 159, 0),
                product("SPORT-0001", "Badminton rackets, pair", "羽毛球拍一对", Category.SPORTS, 169, 0),
                product("SPORT-0002", "Table tennis balls, 10", "乒乓球 10 只装", Category.SPORTS, 19, 90),
                product("SPORT-0003", "Yoga mat", "瑜伽垫", Category.SPORTS, 89, 0),
                product("SPORT-0004", "Skipping rope", "跳绳", Category.SPORTS, 25, 0),
                product("SPORT-0005", "Water bottle 750 ml", "运动水壶 750 毫升", Category.SPORTS, 45, 0));
    }

    private static Product product(String id, String nameEn, String nameZh, Category category, long yuan, int fen) {
        return new Product(new ProductId(id), nameEn, nameZh, category, Money.ofYuan(yuan, fen));
    }
}
