#pragma once

#include "core/ticketformatter.h"

#include "trace/trace.h"

#include <QDockWidget>
#include <QFuture>

#include <memory>
#include <optional>

class Catalog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeView;
class TraceModel;

// The Trace view: a trace or log read into calls and their messages, docked beside the
// reference. Files are read off the UI thread, with a progress bar and Cancel; pasted text at
// once. Selecting a response shows its sheet in the detail pane (codeSelected()); Copy gives the
// current call's story.
class TraceView final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TraceView)

public:
    // `catalog` must outlive the view.
    explicit TraceView(const Catalog *catalog, QWidget *parent = nullptr);
    ~TraceView() override;

    void setLanguage(const QString &language);
    // Reads `path` on a worker thread; the window stays responsive, and Cancel stops it.
    void openFile(const QString &path);
    void showText(const QString &text, const QString &name);
    // Whether the view has the keyboard, so that Copy means its call.
    bool hasKeyboard() const;
    void copy(TicketFormatter::Format format);
    QTreeView *tree() const { return m_tree; }
    TraceModel *model() const { return m_model.get(); }

    // True when `text` holds more than one SIP message: pasted, it is a trace, not a search.
    static bool looksLikeTrace(const QString &text);

signals:
    void codeSelected(int code);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(Trace trace, const QString &name);
    void retranslate();

    const Catalog *m_catalog;
    QString m_language;
    QString m_name; // of the file or text shown
    std::unique_ptr<TraceModel> m_model;
    QTreeView *m_tree;
    QLabel *m_title;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTimer *m_progressTimer;
    struct Loading;
    std::shared_ptr<Loading> m_loading; // shared with the worker thread while it reads
    QFuture<std::optional<Trace>> m_reading;
};
