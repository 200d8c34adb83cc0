// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/translation.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace segmenta::ui {

namespace {

// The languages that have a .ts file in translations/ (English is the source).
const QStringList& translatedLanguages() {
    static const QStringList languages{QStringLiteral("de")};
    return languages;
}

// The first of the user's preferred UI languages that Segmenta speaks, or "en".
QString systemLanguage() {
    for (const QString& tag : QLocale::system().uiLanguages()) {
        const QString lang = QLocale(tag).name().section(QLatin1Char('_'), 0, 0);
        if (lang == QLatin1String("en") || translatedLanguages().contains(lang)) return lang;
    }
    return QStringLiteral("en");
}

} // namespace

QString languageSetting() {
    return QSettings().value(QLatin1String(kLanguageSettingKey)).toString();
}

void setLanguageSetting(const QString& code) {
    QSettings().setValue(QLatin1String(kLanguageSettingKey), code);
}

QList<QPair<QString, QString>> availableLanguages() {
    return {{QString(), QCoreApplication::translate("segmenta::ui::Translation", "System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

void installTranslations(QApplication& app, const QString& languageOverride) {
    QString lang = languageOverride.trimmed().toLower();
    if (lang.isEmpty() || lang == QLatin1String("system")) lang = languageSetting().trimmed().toLower();
    if (lang.isEmpty() || lang == QLatin1String("system")) lang = systemLanguage();
    lang = lang.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0);
    // English is the source text; its file only holds plural forms ("1 row", "3 rows" for "%n row(s)").
    const bool english = !translatedLanguages().contains(lang);
    const QLocale locale(english ? QStringLiteral("en") : lang);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("segmenta"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (english) return;
    // Qt's own strings (standard buttons, file dialogs) when the distribution ships them.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
}

} // namespace segmenta::ui
