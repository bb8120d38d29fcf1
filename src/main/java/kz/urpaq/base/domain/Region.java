package kz.urpaq.base.domain;

/**
 * The regions of Kazakhstan (17 oblasts since 2022) and its three cities of republican
 * significance: where an applicant lives, and whose residents a competition accepts. Stored by the
 * name of the constant.
 */
public enum Region {
    ABAI(new LocalizedText("Абай облысы", "Абайская область", "Abai Region")),
    AKMOLA(new LocalizedText("Ақмола облысы", "Акмолинская область", "Akmola Region")),
    AKTOBE(new LocalizedText("Ақтөбе облысы", "Актюбинская область", "Aktobe Region")),
    ALMATY_REGION(new LocalizedText("Алматы облысы", "Алматинская область", "Almaty Region")),
    ATYRAU(new LocalizedText("Атырау облысы", "Атырауская область", "Atyrau Region")),
    EAST_KAZAKHSTAN(new LocalizedText("Шығыс Қазақстан облысы", "Восточно-Казахстанская область",
            "East Kazakhstan Region")),
    ZHAMBYL(new LocalizedText("Жамбыл облысы", "Жамбылская область", "Zhambyl Region")),
    ZHETYSU(new LocalizedText("Жетісу облысы", "Область Жетісу", "Zhetysu Region")),
    WEST_KAZAKHSTAN(new LocalizedText("Батыс Қазақстан облысы", "Западно-Казахстанская область",
            "West Kazakhstan Region")),
    KARAGANDA(new LocalizedText("Қарағанды облысы", "Карагандинская область", "Karaganda Region")),
    KOSTANAY(new LocalizedText("Қостанай облысы", "Костанайская область", "Kostanay Region")),
    KYZYLORDA(new LocalizedText("Қызылорда облысы", "Кызылординская область", "Kyzylorda Region")),
    MANGYSTAU(new LocalizedText("Маңғыстау облысы", "Мангистауская область", "Mangystau Region")),
    PAVLODAR(new LocalizedText("Павлодар облысы", "Павлодарская область", "Pavlodar Region")),
    NORTH_KAZAKHSTAN(new LocalizedText("Солтүстік Қазақстан облысы", "Северо-Казахстанская область",
            "North Kazakhstan Region")),
    TURKISTAN(new LocalizedText("Түркістан облысы", "Туркестанская область", "Turkistan Region")),
    ULYTAU(new LocalizedText("Ұлытау облысы", "Область Ұлытау", "Ulytau Region")),
    ASTANA(new LocalizedText("Астана қаласы", "город Астана", "Astana (city)")),
    ALMATY_CITY(new LocalizedText("Алматы қаласы", "город Алматы", "Almaty (city)")),
    SHYMKENT(new LocalizedText("Шымкент қаласы", "город Шымкент", "Shymkent (city)"));

    private final LocalizedText name;

    Region(LocalizedText name) {
        this.name = name;
    }

    public LocalizedText displayName() {
        return name;
    }
}
