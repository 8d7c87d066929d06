#pragma once

#include <QString>

#include <map>
#include <memory>

class QTranslator;

// The translators that serve the interface in one of Languages::supported(): the app's own,
// compiled into this library, and Qt's, from the system where it has them. Switching installs
// those of the new language, which sends QEvent::LanguageChange to the application.
class Localization final
{
    Q_DISABLE_COPY_MOVE(Localization)

public:
    Localization();
    ~Localization();

    QString language() const { return m_language; }
    // Installs the translators for `language`; unsupported languages are refused.
    bool setLanguage(const QString &language);

private:
    struct Translators
    {
        std::unique_ptr<QTranslator> app;
        std::unique_ptr<QTranslator> qt; // null where Qt has no translation for the language
    };

    QString m_language;
    std::map<QString, Translators> m_translators;
};
