#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSettings>
#include <QString>

#include <optional>

// What the app remembers between runs, each value typed and checked on its own as it is read: a
// value of the wrong type, out of range or unknown reads as absent, so that its default applies
// and the other values stay as the user had them. QSettings writes the file atomically.
class Settings final
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    static constexpr int MaximumTextSizeStep = 12;

    Settings();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    QByteArray treeHeaderState() const;
    void setTreeHeaderState(const QByteArray &state);

    // The code last shown: 100 to 699, or nothing.
    std::optional<int> code() const;
    void setCode(int code);
    // Points added to the system's text size: -MaximumTextSizeStep to MaximumTextSizeStep.
    std::optional<int> textSizeStep() const;
    void setTextSizeStep(int step);
    // A supported language (Localization::isSupported()), or empty.
    QString language() const;
    void setLanguage(const QString &language);

    // Writes what was set. False when the file cannot be written: read-only, or a directory
    // where the file should be.
    bool save();
    // Whether saving can work at all, checked without writing.
    bool isWritable() const;
    QString fileName() const { return m_settings.fileName(); }
    // What to tell the user when saving fails.
    QString unwritableMessage() const;

private:
    std::optional<int> integer(const QString &key, int minimum, int maximum) const;

    QSettings m_settings;
};
