#pragma once

#include "core/catalogsearch.h"
#include "core/codehistory.h"
#include "core/ticketformatter.h"
#include "ui/detailpane.h"

#include <QWidget>

class CodeFilterProxy;
class CodeModel;
class QAction;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTreeView;

// The search field over the tree of every registry, with the line that counts the matches:
// everything about finding an entry. It searches on every keystroke, selects the first match, and says what the
// pane should show; the window decides what to do with that.
class CodeBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeBrowser)

public:
    explicit CodeBrowser(CodeModel *model, QWidget *parent = nullptr);
    ~CodeBrowser() override;

    QLineEdit *searchField() const { return m_searchField; }
    QTreeView *tree() const { return m_tree; }

    // The language search reads besides English; the current query is searched again.
    void setLanguage(const QString &language);

    // Selects the entry (clearing a search that hides it); false when the catalog lacks it.
    bool selectEntry(const EntryKey &entry);
    bool selectCode(int code) { return selectEntry({EntryKind::Response, code}); }
    // A link to another entry was followed: show it, and go on from the results.
    void followLink(const EntryKey &entry);
    // Walk the codes viewed before and after, as a web browser walks its pages. An unregistered
    // code is searched for again, so that it is explained as the search explained it.
    void goBack();
    void goForward();
    void selectFirstMatch();
    // The response code selected, or 0 (also while an entry of another registry is).
    int currentCode() const;
    std::optional<EntryKey> currentEntry() const;
    DetailPane::Subject currentSubject() const;
    // The selected rows as ticket entries (a class row brings its shown codes). An unregistered
    // code the search asked about stays itself while its fallback is what is selected.
    QList<TicketFormatter::Entry> selectedEntries() const;
    // Puts the selected entries on the clipboard in `format` and says so through message().
    void copy(TicketFormatter::Format format);
    void focusSearch();
    void setTextFont(const QFont &font);
    // The tree's columns, as the settings keep them; a state that would hide or squash a column
    // is refused and the current one kept.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

signals:
    // The pane should show `subject`; `deferred` while typing, so that a run of keystrokes lays
    // out only its last page.
    void subjectChanged(const DetailPane::Subject &subject, bool deferred);
    void historyChanged(bool canGoBack, bool canGoForward);
    // Text pasted into the search field held a trace, not a query.
    void tracePasted(const QString &text);
    void selectionChanged(bool any);
    // Something the status bar should say.
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyQuery();
    void selectRow(const QModelIndex &proxyIndex);
    void expandShownClasses();
    void updateMatchLine();
    void updateColumnWidths(bool keepWider);
    void retranslate();
    void currentRowChanged(const QModelIndex &current);
    bool isWindowShortcut(const QKeyEvent *key) const;
    void showHistoryEntry(std::optional<EntryKey> entry);
    // The search ended (the field was left, cleared or confirmed, or its match copied): its last
    // match is a lasting visit in the history.
    void endSearch() { m_history.settle(); }

    CodeModel *m_model;
    CatalogSearch m_search;
    CodeFilterProxy *m_proxy;
    QLineEdit *m_searchField;
    QAction *m_clearAction; // the field's clear button
    QLabel *m_matchLine;
    QStackedWidget *m_resultStack;
    QTreeView *m_tree;
    QLabel *m_emptyResult;
    bool m_includeDescriptionMatches = false;
    CodeHistory m_history;
    bool m_searching = false; // the search, not the user, is moving the current row
    bool m_walkingHistory = false;
    int m_unknownCode = 0;    // an unregistered code the search explains
    std::optional<EntryKey> m_lastEntry; // shown last, to come back to when a search is cleared
};
