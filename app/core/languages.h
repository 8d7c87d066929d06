#pragma once

#include <QString>
#include <QStringList>

// The languages the interface and the catalog come in, named as the catalog and the translation
// files name them: en, zh_CN, zh_TW, nl.
namespace Languages {

QStringList supported();
bool isSupported(const QString &language);
// The language's name in that language ("Nederlands", "简体中文").
QString nativeName(const QString &language);
// The best supported language for a list such as QLocale::uiLanguages(), else English.
QString bestMatch(const QStringList &uiLanguages);
// The language to start in: `override` (from --lang) if supported, else the remembered choice,
// else the system's.
QString startupLanguage(const QString &override = {});

} // namespace Languages
