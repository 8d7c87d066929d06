#pragma once

#include "core/catalog.h"
#include "core/ticketformatter.h"

#include <QAbstractItemModel>

// The catalog as a two-level tree: one row per class (1xx to 6xx), one child row per code, in
// catalog order. It shows a catalog it does not own; search and looks live elsewhere (the
// filter proxy reads a SearchResult, the view's delegate picks bold and italic).
class CodeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeModel)

public:
    enum Column { CodeColumn, ReasonColumn, SummaryColumn, ColumnCount };

    enum Role {
        CodeRole = Qt::UserRole + 1, // int: the code, or 0 on a class row
        RegisteredRole,              // bool: false for deprecated and unregistered codes
    };

    explicit CodeModel(const Catalog *catalog, QObject *parent = nullptr);
    ~CodeModel() override;

    const Catalog &catalog() const { return *m_catalog; }

    // Language of the texts the model serves.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    const SipCode *codeAt(const QModelIndex &index) const;
    const CodeClass *classAt(const QModelIndex &index) const;
    QModelIndex indexOfCode(int code, int column = CodeColumn) const;
    QModelIndex indexOfClass(int digit) const;

    // The rows behind `indexes` as ticket entries: one per row, in catalog order, a class
    // before its codes.
    QList<TicketFormatter::Entry> entriesFor(const QModelIndexList &indexes) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Dragging rows out drops the same ticket text as a copy.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    // "77 codes", or with `shown` "2 of 77 codes": how the tree and the match line count codes.
    static QString countText(int total, int shown = -1);

    // Re-reads translated header labels and class texts after the application language changed.
    void retranslate();

private:
    QVariant classData(const CodeClass &codeClass, int column, int role) const;
    QVariant codeData(const SipCode &code, int column, int role) const;
    void announceAllChanged();

    const Catalog *m_catalog;
    QString m_language;
};
