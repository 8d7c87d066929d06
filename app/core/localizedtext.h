#pragma once

#include <QMap>
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
    QStringList languages() const { return m_texts.keys(); }

private:
    QMap<QString, QString> m_texts;
};
