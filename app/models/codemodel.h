#pragma once

#include "core/catalog.h"
#include "core/ticketformatter.h"

#include <QAbstractItemModel>

#include <optional>
#include <vector>

// The catalog as a tree, in registry order: one row per response class (1xx to 6xx) with a child
// row per code, as always; then a row per other registry (warn-codes, causes), with a child row
// per class and a grandchild row per entry. It shows a catalog it does not own; search and looks
// live elsewhere (the filter proxy reads a SearchResult, the view's delegate picks bold and
// italic).
class CodeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeModel)

public:
    enum Column { CodeColumn, ReasonColumn, SummaryColumn, ColumnCount };

    enum Role {
        CodeRole = Qt::UserRole + 1, // int: the code, warn-code or cause; 0 on other rows
        RegisteredRole,              // bool: false for deprecated, unregistered and PBX-only entries
        KindRole,                    // int: the EntryKind of the row's registry
    };

    // Where a row stands: its level, registry, and indexes into the catalog (-1 where none).
    struct Node
    {
        enum class Level : quint8 { None, Registry, Class, Entry };
        Level level = Level::None;
        EntryKind kind = EntryKind::Response;
        int classIndex = -1;
        int entryIndex = -1;
    };

    explicit CodeModel(const Catalog *catalog, QObject *parent = nullptr);
    ~CodeModel() override;

    const Catalog &catalog() const { return *m_catalog; }

    // Language of the texts the model serves.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    Node nodeAt(const QModelIndex &index) const;
    // The node of row `row` under `parent`, without making its index: for the filter, per row.
    Node childNode(int row, const QModelIndex &parent) const;
    // The response code or response class of a row, or null.
    const SipCode *codeAt(const QModelIndex &index) const;
    const CodeClass *classAt(const QModelIndex &index) const;
    // The warn-code or cause of a row, and its class, or null.
    const VocabularyEntry *vocabularyEntryAt(const QModelIndex &index) const;
    const VocabularyClass *vocabularyClassAt(const QModelIndex &index) const;
    // The entry of a row, of any registry.
    std::optional<EntryKey> keyAt(const QModelIndex &index) const;
    QModelIndex indexOf(const EntryKey &key, int column = CodeColumn) const;
    QModelIndex indexOfCode(int code, int column = CodeColumn) const { return indexOf({EntryKind::Response, code}, column); }
    QModelIndex indexOfClass(int digit) const;
    QModelIndex indexOfRegistry(EntryKind kind) const;

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

    // Re-reads translated header labels and class texts after the application language changed;
    // nothing to do when setLanguage() already announced them with these translators installed.
    void retranslate();

private:
    QVariant classData(const CodeClass &codeClass, int column, int role) const;
    QVariant codeData(const SipCode &code, int column, int role) const;
    QVariant registryData(EntryKind kind, int column, int role) const;
    QVariant vocabularyClassData(EntryKind kind, const VocabularyClass &group, int column, int role) const;
    QVariant vocabularyEntryData(EntryKind kind, const VocabularyClass &group, const VocabularyEntry &entry,
                                 int column, int role) const;
    void announceChanged(const QModelIndex &parent);
    // The language and a translated label: what the texts last announced were made of.
    QString textsKey() const;
    // The registries shown after the response classes: those the catalog holds.
    const std::vector<EntryKind> &registries() const { return m_registries; }
    int registryRow(EntryKind kind) const;

    const Catalog *m_catalog;
    QString m_language;
    QString m_announced; // textsKey() at the last announceChanged()
    std::vector<EntryKind> m_registries;
};
