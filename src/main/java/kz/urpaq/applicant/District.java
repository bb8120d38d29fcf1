package kz.urpaq.applicant;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.domain.Region;

/**
 * Where an applicant lives: the towns and districts of Almaty Region (Алматы облысы, centre Qonaev)
 * as they are since the region was divided in 2022, and the town of Alatau created in 2024; then
 * every other region and city of Kazakhstan as a whole (docs/domain.md §17). Stored by name of the
 * constant; lists show the towns first, then the districts, then the other regions.
 */
public enum District {
    KONAEV(Region.ALMATY_REGION, new LocalizedText("Қонаев қаласы", "город Конаев", "Qonaev (town)")),
    ALATAU(Region.ALMATY_REGION, new LocalizedText("Алатау қаласы", "город Алатау", "Alatau (town)")),
    BALKHASH(Region.ALMATY_REGION, new LocalizedText("Балқаш ауданы", "Балхашский район", "Balkhash District")),
    ENBEKSHIKAZAKH(Region.ALMATY_REGION, new LocalizedText("Еңбекшіқазақ ауданы", "Енбекшиказахский район", "Enbekshikazakh District")),
    ZHAMBYL(Region.ALMATY_REGION, new LocalizedText("Жамбыл ауданы", "Жамбылский район", "Zhambyl District")),
    ILE(Region.ALMATY_REGION, new LocalizedText("Іле ауданы", "Илийский район", "Ile District")),
    KEGEN(Region.ALMATY_REGION, new LocalizedText("Кеген ауданы", "Кегенский район", "Kegen District")),
    KARASAI(Region.ALMATY_REGION, new LocalizedText("Қарасай ауданы", "Карасайский район", "Karasai District")),
    RAIYMBEK(Region.ALMATY_REGION, new LocalizedText("Райымбек ауданы", "Райымбекский район", "Raiymbek District")),
    TALGAR(Region.ALMATY_REGION, new LocalizedText("Талғар ауданы", "Талгарский район", "Talgar District")),
    UIGHUR(Region.ALMATY_REGION, new LocalizedText("Ұйғыр ауданы", "Уйгурский район", "Uighur District")),
    // Outside Almaty Region the region itself is the place of residence until its districts are listed.,
    ABAI_REGION(Region.ABAI, Region.ABAI.displayName()),
    AKMOLA_REGION(Region.AKMOLA, Region.AKMOLA.displayName()),
    AKTOBE_REGION(Region.AKTOBE, Region.AKTOBE.displayName()),
    ATYRAU_REGION(Region.ATYRAU, Region.ATYRAU.displayName()),
    EAST_KAZAKHSTAN_REGION(Region.EAST_KAZAKHSTAN, Region.EAST_KAZAKHSTAN.displayName()),
    ZHAMBYL_REGION(Region.ZHAMBYL, Region.ZHAMBYL.displayName()),
    ZHETYSU_REGION(Region.ZHETYSU, Region.ZHETYSU.displayName()),
    WEST_KAZAKHSTAN_REGION(Region.WEST_KAZAKHSTAN, Region.WEST_KAZAKHSTAN.displayName()),
    KARAGANDA_REGION(Region.KARAGANDA, Region.KARAGANDA.displayName()),
    KOSTANAY_REGION(Region.KOSTANAY, Region.KOSTANAY.displayName()),
    KYZYLORDA_REGION(Region.KYZYLORDA, Region.KYZYLORDA.displayName()),
    MANGYSTAU_REGION(Region.MANGYSTAU, Region.MANGYSTAU.displayName()),
    PAVLODAR_REGION(Region.PAVLODAR, Region.PAVLODAR.displayName()),
    NORTH_KAZAKHSTAN_REGION(Region.NORTH_KAZAKHSTAN, Region.NORTH_KAZAKHSTAN.displayName()),
    TURKISTAN_REGION(Region.TURKISTAN, Region.TURKISTAN.displayName()),
    ULYTAU_REGION(Region.ULYTAU, Region.ULYTAU.displayName()),
    ASTANA(Region.ASTANA, Region.ASTANA.displayName()),
    ALMATY_CITY(Region.ALMATY_CITY, Region.ALMATY_CITY.displayName()),
    SHYMKENT(Region.SHYMKENT, Region.SHYMKENT.displayName());

    public static final int CODE_MAX_LENGTH = 40;

    private final Region region;
    private final LocalizedText name;

    District(Region region, LocalizedText name) {
        this.region = region;
        this.name = name;
    }

    /** The region this place lies in: what a competition's eligible regions are checked against. */
    public Region region() {
        return region;
    }

    public LocalizedText displayName() {
        return name;
    }
}
