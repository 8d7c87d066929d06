#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A catalog text in several languages. English is the reference: every text has it, and a
// language without its own translation falls back to it.
class LocalizedText final
{
public:
    static constexpr QStringView english() { return u"en"; }

    void set(const QString &language, const QString &text);

    // The text in `language`, or the English text where that language has none.
    QString text(const QString &language) const;
    QString englishText() const;
    bool has(const QString &language) const;
    bool isEmpty() const { return m_texts.isEmpty(); }
    // In order of the language codes.
    QStringList languages() const;

private:
    struct Translation
    {
        QString language;
        QString text;
    };
    const Translation *find(QStringView language) const;

    // A few languages, kept in order: a list scans them faster than a map finds them, and costs
    // one allocation instead of one for each language, for each of the catalog's thousand texts.
    QList<Translation> m_texts;
};
