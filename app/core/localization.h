#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

class QTranslator;

// The languages the interface and the catalog come in, and the translators that serve them.
// Switching installs the application's and Qt's own translations for the new language, which
// posts QEvent::LanguageChange to every widget.
class Localization final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Localization)

public:
    explicit Localization(QObject *parent = nullptr);
    ~Localization() override;

    // Language codes as the catalog and the translation files name them: en, zh_CN, zh_TW, nl.
    static QStringList supportedLanguages();
    static bool isSupported(const QString &language);
    // The language's name in that language ("Nederlands", "简体中文").
    static QString nativeName(const QString &language);
    // The best supported language for a list such as QLocale::uiLanguages(), else English.
    static QString bestMatch(const QStringList &uiLanguages);
    // The language to start in: `override` (from --lang) if supported, else the remembered
    // choice, else the system's.
    static QString startupLanguage(const QString &override = {});

    QString language() const { return m_language; }
    // Installs the translators for `language`; unsupported languages are refused.
    bool setLanguage(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    struct Translators
    {
        std::unique_ptr<QTranslator> app;
        std::unique_ptr<QTranslator> qt; // null where Qt has no translation for the language
    };

    QString m_language;
    std::map<QString, Translators> m_translators;
};
