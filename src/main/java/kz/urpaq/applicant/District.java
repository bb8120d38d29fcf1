package kz.urpaq.applicant;

import kz.urpaq.base.domain.LocalizedText;

/**
 * The towns and districts of Almaty Region (Алматы облысы, centre Qonaev) as they are since the
 * region was divided in 2022, and the town of Alatau created in 2024. Stored by name of the
 * constant; lists show the towns first, then the districts.
 */
public enum District {
    KONAEV(new LocalizedText("Қонаев қаласы", "город Конаев", "Qonaev (town)")),
    ALATAU(new LocalizedText("Алатау қаласы", "город Алатау", "Alatau (town)")),
    BALKHASH(new LocalizedText("Балқаш ауданы", "Балхашский район", "Balkhash District")),
    ENBEKSHIKAZAKH(new LocalizedText("Еңбекшіқазақ ауданы", "Енбекшиказахский район", "Enbekshikazakh District")),
    ZHAMBYL(new LocalizedText("Жамбыл ауданы", "Жамбылский район", "Zhambyl District")),
    ILE(new LocalizedText("Іле ауданы", "Илийский район", "Ile District")),
    KEGEN(new LocalizedText("Кеген ауданы", "Кегенский район", "Kegen District")),
    KARASAI(new LocalizedText("Қарасай ауданы", "Карасайский район", "Karasai District")),
    RAIYMBEK(new LocalizedText("Райымбек ауданы", "Райымбекский район", "Raiymbek District")),
    TALGAR(new LocalizedText("Талғар ауданы", "Талгарский район", "Talgar District")),
    UIGHUR(new LocalizedText("Ұйғыр ауданы", "Уйгурский район", "Uighur District"));

    public static final int CODE_MAX_LENGTH = 40;

    private final LocalizedText name;

    District(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText displayName() {
        return name;
    }
}
