#pragma once

#include "core/catalog.h"
#include "core/settings.h"
#include "core/ticketformatter.h"
#include "ui/codebrowser.h"

#include <QMainWindow>

#include <memory>

class CodeModel;
class DetailPane;
class TraceView;
class Localization;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;

// The application's window: it composes the code browser and the detail pane, and holds what
// belongs to neither: the menus and their actions, the language, the history of codes viewed,
// copying, the text size, and the settings.
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
    std::optional<EntryKey> currentEntry() const;

    // Walks the codes viewed before (Alt+Left, mouse back) and after (Alt+Right, mouse forward).
    void goBack();
    void goForward();

    // Text size of the tree and the pane, in points added to the system's size.
    void setTextSizeStep(int step);
    int textSizeStep() const { return m_textSizeStep; }

    // Copies the selected rows (a class row with its shown codes) to the clipboard. An
    // unregistered code the search asked about is copied as itself, handled as its fallback.
    void copySelection(TicketFormatter::Format format);

    // Opens a trace or log in the Trace view (File › Open Trace, a dropped file).
    void openTrace(const QString &path);
    // The Trace view, made when a trace is first shown.
    TraceView *traceView();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyLanguage(const QString &language);
    void retranslate();
    void restoreSettings();
    void saveSettings();
    void reportUnsavedSettings();

    Catalog m_catalog;
    std::unique_ptr<Localization> m_localization;
    Settings m_settings;
    CodeModel *m_model;
    CodeBrowser *m_browser;
    DetailPane *m_details;
    QSplitter *m_splitter;
    QLabel *m_sourceLabel;
    QTimer *m_saveTimer; // saves the settings once a change has been drawn
    QActionGroup *m_languageGroup = nullptr;
    QList<QAction *> m_copyActions;
    TraceView *m_traceView = nullptr;
    int m_textSizeStep = 0;
    QString m_chosenLanguage; // chosen in the window, to be remembered; not one given by --lang
    bool m_unsavedSettingsReported = false;
};
