#include "traceview.h"

#include "core/catalog.h"
#include "models/tracemodel.h"
#include "trace/traceparser.h"
#include "trace/tracestory.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::StringLiterals;

// What the worker thread and the window share while a file is read.
struct TraceView::Loading
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{-1};
    std::atomic<bool> cancelled{false};
};

TraceView::TraceView(const Catalog *catalog, QWidget *parent)
    : QDockWidget(parent),
      m_catalog(catalog),
      m_language(LocalizedText::english().toString()),
      m_tree(new QTreeView),
      m_title(new QLabel),
      m_progress(new QProgressBar),
      m_cancel(new QPushButton),
      m_progressTimer(new QTimer(this))
{
    setObjectName(u"traceView"_s);
    m_model = std::make_unique<TraceModel>(
        [this](const TraceCall &call) { return TraceStory(m_model->trace(), *m_catalog, m_language).callSummary(call); },
        [this](const TraceMessage &message) {
            return TraceStory(m_model->trace(), *m_catalog, m_language).reasonsText(message);
        });
    m_tree->setObjectName(u"traceTree"_s);
    m_tree->setModel(m_model.get());
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (const int code = index.data(TraceModel::CodeRole).toInt(); code != 0)
            emit codeSelected(code);
    });
    m_title->setObjectName(u"traceTitle"_s);
    m_progress->setObjectName(u"traceProgress"_s);
    m_cancel->setObjectName(u"traceCancel"_s);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_loading)
            m_loading->cancelled = true;
    });
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (!m_loading)
            return;
        const qint64 total = m_loading->total;
        m_progress->setRange(0, total > 0 ? 1000 : 0); // busy indicator without a size
        if (total > 0)
            m_progress->setValue(int(m_loading->done * 1000 / total));
    });
    m_progress->hide();
    m_cancel->hide();

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 0, 6, 6);
    auto *status = new QHBoxLayout;
    status->addWidget(m_title, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);
    layout->addLayout(status);
    layout->addWidget(m_tree, 1);
    setWidget(content);
    retranslate();
}

TraceView::~TraceView()
{
    // The worker reads the catalog: stop it, and wait the moment until its next step, before the
    // catalog can go.
    if (m_loading)
        m_loading->cancelled = true;
    m_reading.waitForFinished();
}

bool TraceView::looksLikeTrace(const QString &text)
{
    // Two start lines at least: one line of a trace is a search.
    return TraceParser::parse(text.toUtf8()).messages.size() >= 2;
}

void TraceView::setLanguage(const QString &language)
{
    m_language = language;
    m_model->retranslate();
}

void TraceView::openFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (info.isFile() && info.size() > TraceParser::MaximumInputSize) {
        emit message(tr("%1 is larger than %2 MiB; cut out the calls you need")
                         .arg(info.absoluteFilePath()).arg(TraceParser::MaximumInputSize / (1024 * 1024)));
        return;
    }
    if (m_loading) {
        m_loading->cancelled = true; // the file read before gives way; it stops within a step
        m_reading.waitForFinished();
    }
    auto loading = std::make_shared<Loading>();
    m_loading = loading;
    TraceParser::Options options = TraceStory::parserOptions(*m_catalog);
    options.progress = [loading](qint64 done, qint64 total) {
        loading->done = done;
        loading->total = total;
        return !loading->cancelled.load();
    };
    auto *watcher = new QFutureWatcher<std::optional<Trace>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, loading, name, path] {
        watcher->deleteLater();
        if (m_loading != loading)
            return; // another file was opened meanwhile
        m_loading.reset();
        m_progressTimer->stop();
        m_progress->hide();
        m_cancel->hide();
        std::optional<Trace> trace = watcher->result();
        if (!trace)
            emit message(tr("%1 cannot be read").arg(QFileInfo(path).absoluteFilePath()));
        else if (trace->cancelled)
            emit message(tr("Reading %1 was cancelled").arg(name));
        else
            show(std::move(*trace), name);
    });
    // The QFile lives and dies on the worker thread, which the application object already runs.
    m_reading = QtConcurrent::run([path, options] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || QFileInfo(path).isDir())
            return std::optional<Trace>();
        return std::optional<Trace>(TraceParser::parse(file, options));
    });
    watcher->setFuture(m_reading);
    m_title->setText(tr("Reading %1…").arg(name));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_progressTimer->start();
    QDockWidget::show();
}

void TraceView::showText(const QString &text, const QString &name)
{
    show(TraceParser::parse(text.toUtf8(), TraceStory::parserOptions(*m_catalog)), name);
}

void TraceView::show(Trace trace, const QString &name)
{
    m_name = name;
    m_model->setTrace(std::move(trace));
    m_tree->expandAll();
    for (int column = 0; column < TraceModel::WhatColumn; ++column)
        m_tree->resizeColumnToContents(column);
    if (m_model->rowCount() > 0)
        m_tree->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    retranslate();
    QDockWidget::show();
    raise();
    m_tree->setFocus(Qt::OtherFocusReason);
}

bool TraceView::hasKeyboard() const
{
    return isVisible() && m_tree->hasFocus();
}

void TraceView::copy(TicketFormatter::Format format)
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        emit message(TicketFormatter::nothingSelectedText());
        return;
    }
    const Trace &trace = m_model->trace();
    const TraceCall &call = trace.calls.at(current.data(TraceModel::CallRole).toInt());
    const TraceStory story(trace, *m_catalog, m_language);
    auto data = std::make_unique<QMimeData>();
    switch (format) {
    case TicketFormatter::Format::TicketLine:
        data->setText(story.callText(call));
        data->setHtml(story.callHtml(call));
        break;
    case TicketFormatter::Format::Markdown: data->setText(story.callMarkdown(call)); break;
    case TicketFormatter::Format::CodeAndPhrase: data->setText(story.callSummary(call)); break;
    case TicketFormatter::Format::FullDescription: data->setText(story.callText(call)); break;
    }
    QGuiApplication::clipboard()->setMimeData(data.release()); // the clipboard owns it now
    emit message(tr("Copied the story of call %1 as %2").arg(call.callId, TicketFormatter::formatName(format)));
}

void TraceView::retranslate()
{
    setWindowTitle(tr("Trace"));
    m_cancel->setText(tr("Cancel"));
    const Trace &trace = m_model->trace();
    if (!m_name.isEmpty() && !m_loading)
        m_title->setText(tr("%1: %n call(s)", nullptr, int(trace.calls.size())).arg(m_name)
                         + tr(", %n message(s)", nullptr, int(trace.messages.size())));
    m_tree->setAccessibleName(tr("Calls of the trace"));
}

void TraceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QDockWidget::changeEvent(event);
}
