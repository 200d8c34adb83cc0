// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>
#include <QPair>
#include <QString>

class QApplication;

namespace segmenta::ui {

// The QSettings key holding the chosen language: "" (follow the system), "en" or "de".
inline constexpr const char* kLanguageSettingKey = "ui/language";

// Loads Segmenta's translation (embedded as :/i18n/segmenta_<lang>.qm) and Qt's
// own one for standard dialogs, for `languageOverride` when it is not empty (e.g.
// from --language), else the saved setting, else the system's UI languages.
// English needs no file. Call once, before any window is created.
void installTranslations(QApplication& app, const QString& languageOverride = {});

// The language codes offered in a settings menu with their names in their own
// language: {"", "System language"}, {"en", "English"}, {"de", "Deutsch"}.
QList<QPair<QString, QString>> availableLanguages();

// The saved choice ("" = system) and saving a new one (takes effect at the next start).
QString languageSetting();
void setLanguageSetting(const QString& code);

} // namespace segmenta::ui
