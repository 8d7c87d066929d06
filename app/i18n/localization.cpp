#include "localization.h"

#include "core/languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

Localization::Localization() = default;

Localization::~Localization()
{
    for (const auto &[language, translators] : m_translators) {
        QCoreApplication::removeTranslator(translators.app.get());
        if (translators.qt)
            QCoreApplication::removeTranslator(translators.qt.get());
    }
}

bool Localization::setLanguage(const QString &language)
{
    if (!Languages::isSupported(language))
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
    return true;
}
