#pragma once

#include "core/entrykey.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class Catalog;
class QAction;
class QTextBrowser;
class QTextDocument;
class QTimer;
class QToolButton;

// Everything about one entry (a code, a warn-code, a cause), one class, one registry, or one code
// the catalog does not know: its CodeSheet as rich text, with a Copy button at the top right.
// Links to other entries come out as entryLinkActivated(); links to RFC pages open in the
// browser; nothing else is followed.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    // What the pane shows; all empty for nothing.
    struct Subject
    {
        std::optional<EntryKey> entry;
        int classDigit = 0;                // a response class
        std::optional<EntryKind> registry; // a registry, or with classIndex one of its classes
        int classIndex = -1;
        int unknownCode = 0; // takes precedence: the search asked about a code nobody registered

        friend bool operator==(const Subject &, const Subject &) = default;
    };

    // `catalog` must outlive the pane.
    explicit DetailPane(const Catalog *catalog, QWidget *parent = nullptr);
    ~DetailPane() override;

    // Shows `subject` in the model's language: now, or, when `deferred`, once the event loop is
    // idle, so that a run of keystrokes lays out only the last of its pages. A page already
    // shown is not laid out again. While the pane is hidden (before the window is first shown)
    // the page waits, and is laid out from the event loop once the pane is shown.
    void setSubject(const Subject &subject, bool deferred = false);
    void clear();

    void setTextFont(const QFont &font);
    // The Copy button: the first action is the button's own, the others in its menu.
    void setCopyActions(const QList<QAction *> &actions);
    // The language of the data shown; the labels follow the application's translators.
    void setLanguage(const QString &language);

    QTextBrowser *browser() const { return m_browser; }
    QToolButton *copyButton() const { return m_copyButton; }

signals:
    void entryLinkActivated(const EntryKey &entry);
    // The mouse's back and forward buttons, pressed over the page.
    void backRequested();
    void forwardRequested();
    // Where the link under the mouse leads, or empty when it left the link: for the status bar.
    void linkHovered(const QString &target);
    // Something the user should hear about, such as a link that no program could open.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void render();
    void showPage(const QString &html);
    void openLink(const QUrl &url);

    void retranslate();

    const Catalog *m_catalog;
    QString m_language;
    QTextBrowser *m_browser = nullptr;
    QToolButton *m_copyButton = nullptr;
    QTimer *m_renderTimer = nullptr;
    Subject m_subject;
    QString m_rendered; // what the page shows now, as subject and language
    std::unique_ptr<QTextDocument> m_page; // the browser shows it; null until the first page
};
