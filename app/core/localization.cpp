#include "localization.h"

#include "settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

Localization::Localization(QObject *parent) : QObject(parent) {}

Localization::~Localization()
{
    for (const auto &[language, translators] : m_translators) {
        QCoreApplication::removeTranslator(translators.app.get());
        if (translators.qt)
            QCoreApplication::removeTranslator(translators.qt.get());
    }
}

QStringList Localization::supportedLanguages()
{
    return {u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"nl"_s};
}

bool Localization::isSupported(const QString &language)
{
    return supportedLanguages().contains(language);
}

QString Localization::nativeName(const QString &language)
{
    if (language == u"en")
        return u"English"_s;
    if (language == u"zh_CN")
        return u"简体中文"_s;
    if (language == u"zh_TW")
        return u"繁體中文"_s;
    if (language == u"nl")
        return u"Nederlands"_s;
    return language;
}

QString Localization::bestMatch(const QStringList &uiLanguages)
{
    for (const QString &entry : uiLanguages) {
        const QLocale locale(entry);
        switch (locale.language()) {
        case QLocale::English: return u"en"_s;
        case QLocale::Dutch: return u"nl"_s;
        case QLocale::Chinese:
            // Traditional script, or a region that writes it, gets 繁體中文; else 简体中文.
            if (locale.script() == QLocale::TraditionalChineseScript
                || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
                || locale.territory() == QLocale::Macao)
                return u"zh_TW"_s;
            return u"zh_CN"_s;
        default: break;
        }
    }
    return u"en"_s;
}

QString Localization::startupLanguage(const QString &override)
{
    if (isSupported(override))
        return override;
    // A value of the wrong type or an unknown language in the settings reads as none.
    if (const QString remembered = Settings().language(); !remembered.isEmpty())
        return remembered;
    return bestMatch(QLocale::system().uiLanguages());
}

bool Localization::setLanguage(const QString &language)
{
    if (!isSupported(language))
        return false;
    if (language == m_language)
        return true;

    // Loaded once per language and kept: switching back and forth reads no file again.
    Translators &next = m_translators[language];
    if (!next.app) {
        next.app = std::make_unique<QTranslator>();
        if (!next.app->load(u":/i18n/sipcodes_%1.qm"_s.arg(language)))
            qWarning("No interface translation for %s", qPrintable(language));
        // Qt's own strings (context menus, standard buttons); English needs none.
        auto qt = std::make_unique<QTranslator>();
        if (language != u"en"
            && qt->load(u"qtbase_%1"_s.arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            next.qt = std::move(qt);
    }

    if (const auto current = m_translators.find(m_language); current != m_translators.end()) {
        QCoreApplication::removeTranslator(current->second.app.get());
        if (current->second.qt)
            QCoreApplication::removeTranslator(current->second.qt.get());
    }
    if (next.qt)
        QCoreApplication::installTranslator(next.qt.get());
    QCoreApplication::installTranslator(next.app.get());
    m_language = language;
    emit languageChanged(language);
    return true;
}
