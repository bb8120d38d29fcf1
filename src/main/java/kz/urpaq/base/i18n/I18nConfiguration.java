package kz.urpaq.base.i18n;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class I18nConfiguration {

    /** Kazakh first: Vaadin falls back to the first provided locale. */
    @Bean
    I18NProvider i18nProvider() {
        return new DefaultI18NProvider(Language.locales());
    }
}
