#pragma once

#include "catalog.h"
#include "codehistory.h"
#include "detailpane.h"
#include "settings.h"

#include <QMainWindow>
#include <QPersistentModelIndex>

#include <optional>

class CodeFilterProxy;
class CodeModel;
class Localization;
class QAction;
class QActionGroup;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTreeView;

// The browser: a search field over the code tree, and the detail pane beside it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `language` overrides the remembered language for this run only; empty means remembered,
    // or else the system's.
    explicit MainWindow(Catalog catalog, const QString &language = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Switches interface and data to `language` (en, zh_CN, zh_TW, nl) and remembers it.
    bool setLanguage(const QString &language);
    QString language() const;

    // Selects `code` in the tree (clearing a search that hides it) and shows it in the pane.
    bool selectCode(int code);
    int currentCode() const;

    // Walks the codes viewed before (Alt+Left, mouse back) and after (Alt+Right, mouse forward).
    void goBack();
    void goForward();

    // Text size of the tree and the pane, in points added to the system's size.
    void setTextSizeStep(int step);
    int textSizeStep() const { return m_textSizeStep; }

    enum class CopyFormat { TicketLine, Markdown, CodeAndPhrase, FullDescription };
    // Copies the selected rows (a class row with its visible codes) to the clipboard. An
    // unregistered code the search asked about is copied as itself, handled as its fallback.
    void copySelection(CopyFormat format);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createWidgets();
    void createActions();
    void applyLanguage(const QString &language);
    void retranslateUi();
    void applyQuery(const QString &text);
    // Makes `proxyIndex` the current and only selected row, whatever keys are held: a view's
    // own setCurrentIndex() reads the keyboard modifiers, and with Ctrl down would toggle.
    void selectRow(const QModelIndex &proxyIndex);
    // Whether `key` is one of the window's own shortcuts that a focused line edit would
    // otherwise keep (Ctrl+E, Ctrl+F, Ctrl+C with no text selected...).
    bool isWindowShortcut(const QKeyEvent *key) const;
    void saveSettings();
    void reportUnsavedSettings();
    void updateCopyActions();
    void updateHistoryActions();
    void showHistoryEntry(std::optional<int> code);
    void expandVisibleClasses();
    void showDetails(const QModelIndex &proxyIndex);
    DetailPane::Subject currentSubject() const;
    void updateMatchLine();
    void restoreSettings();
    void updateColumnWidths(bool keepWider);

    Localization *m_localization = nullptr;
    CodeModel *m_model = nullptr;
    CodeFilterProxy *m_proxy = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_matchLine = nullptr;
    QStackedWidget *m_resultStack = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_emptyResult = nullptr;
    DetailPane *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_sourceLabel = nullptr;
    Settings m_settings;
    bool m_unsavedSettingsReported = false;
    CodeHistory m_history;
    bool m_walkingHistory = false;
    int m_textSizeStep = 0;
    QString m_retranslatedFor; // the language the window's texts are in
    int m_unknownCode = 0;     // an unregistered code the search asked about, explained in the pane
    bool m_selectingFirstMatch = false;  // the search, not the user, is choosing the code
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_expandAllAction = nullptr;
    QAction *m_collapseAllAction = nullptr;
    QAction *m_largerAction = nullptr;
    QAction *m_smallerAction = nullptr;
    QAction *m_resetSizeAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_copyMarkdownAction = nullptr;
    QAction *m_copyPhraseAction = nullptr;
    QAction *m_copyDescriptionAction = nullptr;
};
